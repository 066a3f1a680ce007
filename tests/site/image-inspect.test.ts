// Image inspection (site/src/lib/images/inspect.ts), the crop clamp and the local image preparation
// that relies on both. Fixture images are made with sharp in a temp folder; each test states what
// the file really is, so the expectations do not come from the code under test.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clampRect, prepareLocalImages } from '../../site/src/lib/images/crop-cache.ts';
import { inspectImageFile, inspectImages, MAX_IMAGE_PIXELS } from '../../site/src/lib/images/inspect.ts';

const dir = mkdtempSync(join(tmpdir(), 'gs-inspect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#336699' } });

/** `images/<sha>-<w>x<h>.<ext>` as an export names it; returns the asset id claiming that size. */
function place(bytes: Buffer | string, sha: string, width: number, height: number, ext: string): string {
  mkdirSync(join(dir, 'images'), { recursive: true });
  writeFileSync(join(dir, 'images', `${sha}-${width}x${height}.${ext}`), bytes);
  return `image-${sha}-${width}x${height}-${ext}`;
}
const locate = (ref: string) => {
  const [, sha, size, ext] = /^image-([a-f0-9]+)-(\d+x\d+)-(\w+)$/.exec(ref)!;
  return join(dir, 'images', `${sha}-${size}.${ext}`);
};

const refs: Record<string, string> = {};

beforeAll(async () => {
  refs.jpeg = place(await solid(40, 30).jpeg().toBuffer(), '1'.repeat(40), 40, 30, 'jpg');
  refs.webp = place(await solid(20, 10).webp().toBuffer(), '2'.repeat(40), 20, 10, 'webp');
  refs.gif = place(await solid(12, 8).gif().toBuffer(), '3'.repeat(40), 12, 8, 'gif');
  refs.avif = place(await solid(16, 16).avif().toBuffer(), '4'.repeat(40), 16, 16, 'avif');
  // A 100×50 PNG whose name claims 1600×1067.
  refs.lyingSize = place(await solid(100, 50).png().toBuffer(), '5'.repeat(40), 1600, 1067, 'png');
  refs.textAsJpeg = place('Xin chào, tôi không phải là ảnh.\n', '6'.repeat(40), 10, 10, 'jpg');
  refs.svg = place('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>', '7'.repeat(40), 10, 10, 'svg');
  refs.svgAsPng = place('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', '8'.repeat(40), 10, 10, 'png');
  // 8,000 × 8,000 = 64 MP of one colour: a few kilobytes on disk.
  refs.bomb = place(await solid(8000, 8000).png({ compressionLevel: 9 }).toBuffer(), '9'.repeat(40), 8000, 8000, 'png');
  refs.pngAsJpeg = place(await solid(10, 10).png().toBuffer(), 'b'.repeat(40), 10, 10, 'jpg');
});

describe('image inspection', () => {
  it('accepts JPEG, WebP, GIF and AVIF files whose size matches their name', async () => {
    const results = await inspectImages([refs.jpeg!, refs.webp!, refs.gif!, refs.avif!], locate);
    expect(results.get(refs.jpeg!)).toEqual({ ok: true, width: 40, height: 30, format: 'jpeg' });
    expect(results.get(refs.webp!)).toEqual({ ok: true, width: 20, height: 10, format: 'webp' });
    expect(results.get(refs.gif!)).toEqual({ ok: true, width: 12, height: 8, format: 'gif' });
    expect(results.get(refs.avif!)).toEqual({ ok: true, width: 16, height: 16, format: 'avif' });
  });

  it('refuses a picture whose real size differs from the size its name claims', async () => {
    const result = (await inspectImages([refs.lyingSize!], locate)).get(refs.lyingSize!);
    expect(result).toMatchObject({ ok: false });
    expect(result?.ok === false && result.reason).toContain('100×50');
    expect(result?.ok === false && result.reason).toContain('1600×1067');
  });

  it('refuses a text file named .jpg, a PNG named .jpg, and SVG under any name', async () => {
    const results = await inspectImages([refs.textAsJpeg!, refs.pngAsJpeg!, refs.svg!, refs.svgAsPng!], locate);
    for (const ref of [refs.textAsJpeg!, refs.pngAsJpeg!, refs.svg!, refs.svgAsPng!]) expect(results.get(ref)?.ok).toBe(false);
    const reason = (ref: string) => {
      const r = results.get(ref);
      return r && !r.ok ? r.reason : '';
    };
    expect(reason(refs.pngAsJpeg!)).toContain('PNG');
    expect(reason(refs.svg!)).toMatch(/\.svg/);
    expect(reason(refs.svgAsPng!)).toContain('SVG');
  });

  it('refuses more than 50 megapixels without decoding the picture', async () => {
    expect(MAX_IMAGE_PIXELS).toBe(50_000_000);
    const result = (await inspectImages([refs.bomb!], locate)).get(refs.bomb!);
    expect(result).toMatchObject({ ok: false });
    expect(result?.ok === false && result.reason).toContain('8000×8000');
  });

  it('turns a missing file or a malformed reference into a reason, never an exception', async () => {
    const missing = `image-${'c'.repeat(40)}-10x10-jpg`;
    const results = await inspectImages([missing, 'not-an-image-ref'], (ref) => {
      if (ref === missing) throw new Error('Dataset thiếu tệp.');
      return locate(ref);
    });
    expect(results.get(missing)).toEqual({ ok: false, reason: 'Dataset thiếu tệp.' });
    expect(results.get('not-an-image-ref')?.ok).toBe(false);
    expect((await inspectImageFile(join(dir, 'nowhere.png'), { width: 1, height: 1, extension: 'png' })).ok).toBe(false);
  });
});

describe('crop clamp', () => {
  it('keeps a rectangle inside the real picture', () => {
    expect(clampRect({ left: 10, top: 10, width: 50, height: 50 }, 100, 100)).toEqual({ left: 10, top: 10, width: 50, height: 50 });
    // Rectangle measured on a claimed 1600×1067 picture that is really 100×50.
    expect(clampRect({ left: 160, top: 0, width: 1440, height: 800 }, 100, 50)).toEqual({ left: 99, top: 0, width: 1, height: 50 });
    expect(clampRect({ left: 20, top: 5, width: 1000, height: 1000 }, 100, 50)).toEqual({ left: 20, top: 5, width: 80, height: 45 });
    expect(clampRect({ left: -5, top: -5, width: 10, height: 10 }, 100, 50)).toEqual({ left: 0, top: 0, width: 10, height: 10 });
  });

  it('prepares only inspected images: a lying, disguised or SVG file is skipped with a warning, a crop is cut', async () => {
    const cacheDir = join(dir, 'cache');
    const warnings: string[] = [];
    const field = (ref: string, crop?: Record<string, number>) => ({ _type: 'accessibleImage', asset: { _ref: ref }, ...(crop ? { crop } : {}) });
    const prepared = await prepareLocalImages(
      [field(refs.jpeg!, { left: 0.25, right: 0.25, top: 0, bottom: 0 }), field(refs.lyingSize!, { left: 0.1 }), field(refs.textAsJpeg!), field(refs.svg!), field(refs.bomb!)],
      locate,
      cacheDir,
      (message) => warnings.push(message),
    );
    expect(prepared.size).toBe(1);
    const [only] = [...prepared.values()];
    expect([only!.width, only!.height]).toEqual([20, 30]);
    const info = await sharp(only!.file).metadata();
    expect([info.width, info.height]).toEqual([20, 30]);
    expect(warnings).toHaveLength(4);
    // Nothing but the one crop was written to the cache (colours.json aside).
    expect(readdirSync(cacheDir).filter((name) => name !== 'colours.json')).toHaveLength(1);
  });
});
