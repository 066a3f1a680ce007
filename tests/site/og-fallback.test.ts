// Every story page's og:image must exist: a cover that cannot be drawn (not an image, a size that
// differs from its name, a file that vanished) gives the text-only card, per story, and the others
// still get their cover.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { generateOgImages, type OgInput } from '../../site/src/lib/og/generate.ts';

describe('Open Graph fallback', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gs-og-fallback-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws the text-only card for a story whose cover fails, and says so', async () => {
    const good = join(dir, 'good.jpg');
    await sharp({ create: { width: 400, height: 300, channels: 3, background: '#2a6f97' } }).jpeg().toFile(good);
    const text = join(dir, 'text.jpg');
    writeFileSync(text, 'không phải ảnh');
    const small = join(dir, 'small.png');
    // 100×50 on disk, 1600×1067 claimed: the crop rectangle lies outside the picture.
    await sharp({ create: { width: 100, height: 50, channels: 3, background: '#000000' } }).png().toFile(small);
    const base = { title: 'Tiêu đề', siteName: 'Gương sáng', format: null, column: null };
    const inputs: OgInput[] = [
      { ...base, slug: 'tot', cover: { file: good, width: 400, height: 300 } },
      { ...base, slug: 'chu', cover: { file: text, width: 400, height: 300 } },
      { ...base, slug: 'nho', cover: { file: small, width: 1600, height: 1067, crop: { left: 0.5 } } },
      { ...base, slug: 'mat', cover: { file: join(dir, 'missing.jpg'), width: 400, height: 300 } },
    ];
    const outDir = join(dir, 'out');
    const result = await generateOgImages(inputs, { outDir, cacheDir: join(dir, 'cache'), concurrency: 2 });
    expect(result.failed).toEqual([]);
    expect(result.fallbacks.map((f) => f.slug).sort()).toEqual(['chu', 'mat', 'nho']);
    for (const slug of ['tot', 'chu', 'nho', 'mat']) {
      const file = join(outDir, 'og', `${slug}.jpg`);
      expect(existsSync(file)).toBe(true);
      const info = await sharp(file).metadata();
      expect([info.format, info.width, info.height]).toEqual(['jpeg', 1200, 630]);
    }
    // The three fallbacks show the same text, so they are the same text-only card.
    const bytes = async (slug: string) => (await sharp(join(outDir, 'og', `${slug}.jpg`)).raw().toBuffer()).toString('base64');
    expect(await bytes('chu')).toBe(await bytes('nho'));
    expect(await bytes('chu')).not.toBe(await bytes('tot'));
  });
});
