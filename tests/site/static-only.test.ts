// The static-only gate: an unreferenced hydration runtime is removed, a page's own small script is
// allowed, and a page that loads a framework runtime fails the build (so the server never publishes it).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { staticOnlyIntegration } from '../../site/src/integrations/static-only.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'static-only-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const messages: string[] = [];
const logger = { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(m), error: (m: string) => messages.push(m) };

async function check(dir: string): Promise<void> {
  const hook = staticOnlyIntegration().hooks['astro:build:done'] as unknown as (options: { dir: URL; logger: typeof logger }) => Promise<void>;
  await hook({ dir: pathToFileURL(`${dir}/`), logger });
}

describe('static-only check', () => {
  it('removes an unused runtime and keeps a page script of our own', async () => {
    const dir = site({
      'index.html': '<html><script type="module" src="/_astro/search.A1.js"></script></html>',
      '_astro/search.A1.js': 'customElements.define("gs-search", class extends HTMLElement {});',
      '_astro/client.B2.js': 'import{hydrateRoot}from"./react-dom.js";customElements.define("astro-island",X)',
    });
    await check(dir);
    expect(existsSync(join(dir, '_astro/client.B2.js'))).toBe(false);
    expect(existsSync(join(dir, '_astro/search.A1.js'))).toBe(true);
  });

  it('fails the build when a page loads a framework runtime', async () => {
    const dir = site({
      'index.html': '<html><script type="module" src="/_astro/client.B2.js"></script></html>',
      '_astro/client.B2.js': 'customElements.define("astro-island",class extends HTMLElement{})',
    });
    await expect(check(dir)).rejects.toThrow(/không được nạp mã khung.*_astro\/client\.B2\.js/);
  });
});
