import { describe, expect, it } from 'vitest';
import { collectImages, cropRect, imageKey, imageSource } from '../../site/src/lib/images/geometry.ts';
import { widthsFor } from '../../site/src/lib/images/presets.ts';
import { sanityImage } from '../../site/src/lib/images/sanity-url.ts';

const ref = 'image-0123456789abcdef0123456789abcdef01234567-1600x1000-jpg';

describe('image geometry', () => {
  it('reads the source size from an asset id or an export _sanityAsset', () => {
    expect(imageSource({ asset: { _ref: ref } })).toMatchObject({ width: 1600, height: 1000, format: 'jpg', id: '0123456789abcdef0123456789abcdef01234567' });
    expect(imageSource({ _sanityAsset: 'image@file://./images/abc123-640x480.png' })).toMatchObject({ width: 640, height: 480, format: 'png' });
    expect(imageSource({ asset: { _ref: 'file-abc-mp3' } })).toBeNull();
    expect(imageSource(null)).toBeNull();
  });

  it('applies Sanity crop fractions to the source size', () => {
    expect(cropRect(1600, 1000, { left: 0.1, right: 0, top: 0, bottom: 0.25 })).toEqual({ left: 160, top: 0, width: 1440, height: 750 });
    expect(cropRect(1200, 1600, { top: 0.1, bottom: 0.2, left: 0.05, right: 0.15 })).toEqual({ left: 60, top: 160, width: 960, height: 1120 });
    expect(cropRect(800, 600, undefined)).toEqual({ left: 0, top: 0, width: 800, height: 600 });
    // Nonsense crops fall back to the whole image instead of a zero-size one.
    expect(cropRect(800, 600, { left: 0.7, right: 0.7 })).toEqual({ left: 0, top: 0, width: 800, height: 600 });
  });

  it('keys an image by asset and crop, so differently cropped uses differ', () => {
    const a = imageKey({ asset: { _ref: ref } });
    const b = imageKey({ asset: { _ref: ref }, crop: { left: 0.1 } });
    expect(a).not.toBe(b);
    expect(imageKey({ asset: { _ref: ref }, alt: 'x' })).toBe(a);
  });

  it('collects every image object inside nested content', () => {
    const found = collectImages({ cover: { asset: { _ref: ref } }, body: [{ _type: 'gallery', images: [{ asset: { _ref: ref }, crop: { top: 0.5 } }] }], other: { asset: { _ref: 'file-x-mp3' } } });
    expect(found).toHaveLength(2);
  });

  it('never upscales: srcset widths stop at the cropped width', () => {
    expect(widthsFor('body', 800)).toEqual([400, 720, 800]);
    expect(widthsFor('cover', 3000)).toEqual([400, 720, 1080, 1440]);
    expect(widthsFor('thumb', 100)).toEqual([100]);
  });
});

describe('Sanity CDN images', () => {
  it('builds WebP URLs with the crop rectangle and reports the cropped size', () => {
    const image = sanityImage({ asset: { _ref: ref }, crop: { left: 0.1, right: 0, top: 0, bottom: 0.25 } }, 'body', { projectId: 'abc123', dataset: 'production' })!;
    expect(image.width).toBe(1440);
    expect(image.height).toBe(750);
    expect(image.src).toMatch(/^https:\/\/cdn\.sanity\.io\/images\/abc123\/production\/0123456789abcdef0123456789abcdef01234567-1600x1000\.jpg\?/);
    expect(image.src).toContain('rect=160,0,1440,750');
    expect(image.src).toContain('fm=webp');
    expect(image.srcset.split(', ').map((c) => c.split(' ')[1])).toEqual(['400w', '720w', '1080w']);
  });
});
