// The site's Content-Security-Policy, written by Astro (`security.csp` in astro.config.mjs) as a
// `<meta http-equiv="content-security-policy">` in every page: Astro hashes the scripts and styles it
// bundles or inlines; the two inline scripts we write ourselves (the theme script, the embed facade)
// and the cascade-layer order <style> add their own hashes with `Astro.csp.insertScriptHash/StyleHash`
// (see cspHash), and src/middleware.ts adds hashes for the page's `style="…"` attributes (picture
// colour and hotspot), which no component can know before the <head> is written. No 'unsafe-inline'.
//
// Astro writes the meta tag in <head> after the layer-order <style> and the theme <script> (which a
// policy cannot reach back to) but before the page's stylesheet and everything in <body>.
//
// What a meta tag cannot carry (frame-ancestors, and the reporting directives) is sent by nginx:
// deploy/nginx/guong-sang.conf. Keep both in step.
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';

type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** The players the embed facades (components/pt/embeds.ts) load in an iframe after a click. */
export const EMBED_FRAME_ORIGINS = [
  'https://www.youtube-nocookie.com',
  'https://player.vimeo.com',
  'https://www.facebook.com',
  'https://www.tiktok.com',
  'https://w.soundcloud.com',
  'https://open.spotify.com',
] as const;

/**
 * Where images and audio may come from besides the site: nothing for a local export (its files are
 * copied next to the pages), Sanity's asset CDN for a Sanity project, or SANITY_API_HOST when it is
 * set (lib/content/backend.ts then serves every asset from it, and the build never names sanity.io).
 */
export function assetOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const host = env.SANITY_API_HOST?.trim();
  if (host && URL.canParse(host)) return [new URL(host).origin];
  return env.SANITY_PROJECT_ID?.trim() ? ['https://cdn.sanity.io'] : [];
}

/** The `security.csp` option of astro.config.mjs. */
export function cspConfig(env: Record<string, string | undefined> = process.env): CspOptions {
  const assets = assetOrigins(env).map((origin) => ` ${origin}`).join('');
  return {
    algorithm: 'SHA-256',
    directives: [
      "default-src 'self'",
      `img-src 'self' data:${assets}`,
      `media-src 'self'${assets}`,
      "font-src 'self'",
      // Pagefind on /tim-kiem/ fetches its index and fragments from /pagefind/.
      "connect-src 'self'",
      "worker-src 'self'",
      `frame-src ${EMBED_FRAME_ORIGINS.join(' ')}`,
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ],
    // Pagefind compiles its WebAssembly search engine: 'wasm-unsafe-eval' allows WebAssembly only,
    // not eval() of JavaScript.
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    styleDirective: { resources: ["'self'"] },
  };
}

type CspHash = `sha256-${string}`;

/** The CSP source of an inline script's or style's exact text. */
export function cspHash(text: string): CspHash {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decodeAttribute(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ENTITIES[name?.toLowerCase() ?? ''] ?? whole;
  });
}

const STYLE_ATTRIBUTE = /<[a-z][^>]*?\sstyle=(?:"([^"]*)"|'([^']*)')/gi;
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/**
 * The page with `style-src-attr 'unsafe-hashes' <hash of each style="…" value>` added to its CSP meta
 * tag ('unsafe-hashes' allows exactly those attribute values, and nothing that is not an attribute).
 * A page without style attributes or without a CSP meta tag is returned unchanged.
 */
export function withStyleAttributeHashes(html: string): string {
  const hashes = new Set<string>();
  for (const m of html.matchAll(STYLE_ATTRIBUTE)) hashes.add(`'${cspHash(decodeAttribute(m[1] ?? m[2] ?? ''))}'`);
  if (hashes.size === 0) return html;
  return html.replace(CSP_META, (_whole, start: string, content: string, end: string) => {
    const policy = content.trim().replace(/;?$/, ';');
    return `${start}${policy} style-src-attr 'unsafe-hashes' ${[...hashes].join(' ')};${end}`;
  });
}
