// The CSP helpers the build uses: hashes of exact text, and style="…" attribute hashes added to the
// meta tag Astro wrote.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assetOrigins, cspConfig, cspHash, withStyleAttributeHashes } from '../../site/src/lib/security/csp.ts';

describe('cspHash', () => {
  it('is the base64 SHA-256 of the exact UTF-8 text', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(cspHash('đ')).toBe(`sha256-${createHash('sha256').update(Buffer.from([0xc4, 0x91])).digest('base64')}`);
  });
});

describe('withStyleAttributeHashes', () => {
  const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-x=';">`;
  it('adds one hash per distinct decoded style attribute value', () => {
    const html = `<html><head>${meta}</head><body><img style="background-color:#aa8877"><p style="a:1" title='style="no"'></p><img style="background-color:#aa8877"><i style='font-family:&quot;X&quot;'></i><p>style="text"</p></body></html>`;
    const out = withStyleAttributeHashes(html);
    const policy = /content="([^"]*)"/.exec(out)?.[1];
    const expected = ['background-color:#aa8877', 'a:1', 'font-family:"X"'].map((v) => `'${cspHash(v)}'`);
    expect(policy).toBe(`default-src 'self'; style-src 'self' 'sha256-x='; style-src-attr 'unsafe-hashes' ${expected.join(' ')};`);
    expect(out.replace(policy ?? '', '')).toBe(html.replace(/content="[^"]*"/, 'content=""'));
  });
  it('leaves a page without style attributes, or without the meta tag, unchanged', () => {
    const plain = `<html><head>${meta}</head><body><p>x</p></body></html>`;
    expect(withStyleAttributeHashes(plain)).toBe(plain);
    const noMeta = '<html><body><p style="a:1">x</p></body></html>';
    expect(withStyleAttributeHashes(noMeta)).toBe(noMeta);
  });
});

describe('cspConfig', () => {
  it('allows Sanity assets from the SANITY_API_HOST stand-in and never unsafe-inline', () => {
    expect(assetOrigins({})).toEqual([]);
    expect(assetOrigins({ SANITY_PROJECT_ID: 'abc123' })).toEqual(['https://cdn.sanity.io']);
    expect(assetOrigins({ SANITY_PROJECT_ID: 'abc123', SANITY_API_HOST: 'http://127.0.0.1:9999/x' })).toEqual(['http://127.0.0.1:9999']);
    const config = JSON.stringify(cspConfig({}));
    expect(config).not.toContain('unsafe-inline');
    expect(config).toContain("'wasm-unsafe-eval'");
  });
});
