// Open Graph images reach the output as hard links of their cache files (the site server publishes
// ~11,000 of them per 10,000-story build), and a later build writing into the same place never
// changes a cache file, which older releases share.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateOgImages, type OgInput } from '../../site/src/lib/og/generate.ts';

describe('Open Graph output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gs-og-links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const card = (slug: string, title: string): OgInput => ({ slug, title, siteName: 'Gương sáng', format: null, column: null, cover: null });
  const cacheDir = join(dir, 'cache');
  const outDir = join(dir, 'out');
  const cacheFiles = () => readdirSync(cacheDir).filter((name) => name.endsWith('.jpg')).map((name) => join(cacheDir, name));

  it('links each image to its cache file (same inode), in the output folder', async () => {
    await generateOgImages([card('mot', 'Bài một'), card('hai', 'Bài hai')], { outDir, cacheDir, workers: 1 });
    const cached = new Map(cacheFiles().map((file) => [statSync(file).ino, file]));
    expect(cached.size).toBe(2);
    for (const slug of ['mot', 'hai']) expect(cached.has(statSync(join(outDir, 'og', `${slug}.jpg`)).ino), slug).toBe(true);
  });

  it('replaces an output file instead of writing into it, so the cache file it linked stays as it was', async () => {
    const before = new Map(cacheFiles().map((file) => [file, readFileSync(file).toString('base64')]));
    // The same folder again, with "mot" now a different card: its old output file is a link to a cache file.
    await generateOgImages([card('mot', 'Bài một, tiêu đề mới'), card('hai', 'Bài hai')], { outDir, cacheDir, workers: 1 });
    for (const [file, bytes] of before) expect(readFileSync(file).toString('base64'), file).toBe(bytes);
    expect(cacheFiles()).toHaveLength(3);
    const mot = statSync(join(outDir, 'og', 'mot.jpg')).ino;
    expect([...before.keys()].map((file) => statSync(file).ino)).not.toContain(mot);
    // Even a file someone left there is replaced, not written through.
    rmSync(join(outDir, 'og', 'hai.jpg'));
    writeFileSync(join(outDir, 'og', 'hai.jpg'), 'không phải ảnh');
    await generateOgImages([card('hai', 'Bài hai')], { outDir, cacheDir, workers: 1 });
    expect(readFileSync(join(outDir, 'og', 'hai.jpg')).subarray(0, 2).toString('hex')).toBe('ffd8');
  });
});
