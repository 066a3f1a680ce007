// The OG drawing pool: images drawn in worker threads are byte for byte those drawn in this thread
// (same input, same JPEG), a cover that cannot be drawn rejects that one image with its message and
// the pool goes on drawing, and a closed pool draws nothing more.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createDrawPool } from '../../site/src/lib/og/draw-pool.ts';
import { generateOgImages, ogCacheKey, startOgPrefetch } from '../../site/src/lib/og/generate.ts';
import { renderOgImage, type OgInput } from '../../site/src/lib/og/draw.ts';

describe('Open Graph drawing pool', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gs-og-pool-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws in workers exactly what one thread draws, shared covers included', async () => {
    const photo = join(dir, 'photo.jpg');
    // A gradient, so every crop of it differs.
    const width = 900;
    const height = 600;
    const raw = Buffer.alloc(width * height * 3);
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set([x % 256, y % 256, (x + y) % 256], (y * width + x) * 3);
    await sharp(raw, { raw: { width, height, channels: 3 } }).jpeg().toFile(photo);
    const cover = { file: photo, width, height };
    const inputs: OgInput[] = [
      { slug: 'a', title: 'Cô giáo bản Đôn', siteName: 'Gương sáng', format: 'Phóng sự', column: null, cover },
      { slug: 'b', title: 'Thầy giáo trường làng', siteName: 'Gương sáng', format: null, column: 'Người tốt', cover },
      { slug: 'c', title: 'Cô giáo bản Đôn', siteName: 'Gương sáng', format: 'Phóng sự', column: null, cover: { ...cover, crop: { left: 0.3, top: 0.1 }, hotspot: { x: 0.8, y: 0.5 } } },
      { slug: 'd', title: 'Chỉ có chữ', siteName: 'Gương sáng', format: null, column: null, cover: null },
    ];
    const pool = createDrawPool(2);
    let pooled: Buffer[];
    try {
      pooled = await Promise.all(inputs.map((input) => pool.draw(input)));
    } finally {
      await pool.close();
    }
    for (const [i, input] of inputs.entries()) {
      expect(pooled[i]!.equals(await renderOgImage(input)), input.slug).toBe(true);
    }
    // Same photo, different crop: a different picture (the shared cut is not reused across crops).
    const pixels = async (jpeg: Buffer) => (await sharp(jpeg).extract({ left: 0, top: 0, width: 40, height: 40 }).raw().toBuffer()).toString('base64');
    expect(await pixels(pooled[2]!)).not.toBe(await pixels(pooled[0]!));
  });

  it('rejects the image whose cover fails with its message, keeps drawing, and stops when closed', async () => {
    const pool = createDrawPool(1);
    const base = { title: 'Tiêu đề', siteName: 'Gương sáng', format: null, column: null };
    try {
      const missing = pool.draw({ ...base, slug: 'mat', cover: { file: join(dir, 'khong-co.jpg'), width: 400, height: 300 } });
      await expect(missing).rejects.toThrow(/khong-co\.jpg|missing|exist/i);
      const text = await pool.draw({ ...base, slug: 'chu', cover: null });
      expect((await sharp(text).metadata()).format).toBe('jpeg');
    } finally {
      await pool.close();
    }
    await expect(pool.draw({ ...base, slug: 'sau', cover: null })).rejects.toThrow('Bộ vẽ ảnh chia sẻ đã đóng.');
  });

  it('prefetches missing images into the cache only, and the build then counts them as drawn', async () => {
    const cacheDir = join(dir, 'prefetch-cache');
    const outDir = join(dir, 'prefetch-out');
    const base = { siteName: 'Gương sáng', format: null, column: null, cover: null };
    const inputs: OgInput[] = ['Một', 'Hai', 'Ba'].map((title, i) => ({ ...base, slug: `bai-${i}`, title }));
    const prefetch = startOgPrefetch(Promise.resolve(inputs), { cacheDir });
    // Wait until the background worker has stored every image, then stop it.
    const stored = () => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((name) => name.endsWith('.jpg')).length : 0);
    for (let tries = 0; stored() < 3 && tries < 600; tries++) {
      await new Promise((done) => setTimeout(done, 100));
    }
    const drawn = await prefetch.stop();
    const keys = await Promise.all(inputs.map((input) => ogCacheKey(input)));
    expect([...drawn].sort()).toEqual([...keys].sort());
    expect(existsSync(outDir)).toBe(false);
    const result = await generateOgImages(inputs, { outDir, cacheDir, drawnEarlier: drawn });
    expect(result.generated.sort()).toEqual(['bai-0', 'bai-1', 'bai-2']);
    expect(result.reused).toEqual([]);
    for (const input of inputs) {
      expect(readFileSync(join(outDir, 'og', `${input.slug}.jpg`)).equals(await renderOgImage(input))).toBe(true);
    }
    // Without the prefetch's record, the same cache answers as reused.
    const again = await generateOgImages(inputs, { outDir, cacheDir });
    expect(again.reused.sort()).toEqual(['bai-0', 'bai-1', 'bai-2']);
  });
});
