// Images that restored pages link but Astro did not emit (withastro/astro#17993) are copied from
// Astro's image cache; a link to a file found nowhere fails the build.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { restoredAssetsIntegration } from '../../site/src/integrations/restored-assets.ts';

const root = mkdtempSync(join(tmpdir(), 'restored-assets-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

async function run(outDir: string, cacheDir: string): Promise<void> {
  const hooks = restoredAssetsIntegration().hooks as unknown as Record<string, (options: Record<string, unknown>) => Promise<void> | void>;
  const logger = { info: () => {}, warn: () => {}, error: () => {} };
  await hooks['astro:config:done']!({ config: { cacheDir: pathToFileURL(`${cacheDir}/`) } });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${outDir}/`), logger });
}

describe('restored pages’ images', () => {
  it('copies a linked image missing from _astro/ out of the image cache', async () => {
    const out = join(root, 'a/dist');
    const cache = join(root, 'a/cache');
    write(join(out, 'bai-viet/x/index.html'), '<img src="/_astro/cover.AB12_Zx9.webp" srcset="/_astro/cover.AB12_Q1.avif 400w">');
    write(join(out, '_astro/cover.AB12_Q1.avif'), 'avif');
    write(join(cache, 'assets/cover.AB12_Zx9.webp'), 'webp bytes');
    await run(out, cache);
    expect(readFileSync(join(out, '_astro/cover.AB12_Zx9.webp'), 'utf8')).toBe('webp bytes');
  });

  it('fails the build when a linked image is nowhere', async () => {
    const out = join(root, 'b/dist');
    const cache = join(root, 'b/cache');
    write(join(out, 'index.html'), '<img src="/_astro/gone.CD34_Y7.webp">');
    mkdirSync(join(cache, 'assets'), { recursive: true });
    await expect(run(out, cache)).rejects.toThrow(/không có trong bản dựng.*gone\.CD34_Y7\.webp/);
    expect(existsSync(join(out, '_astro/gone.CD34_Y7.webp'))).toBe(false);
  });
});
