// Node side, build time: turn each (local asset, crop) pair into a file Astro's image pipeline can
// import. Uncropped images are used in place; cropped ones are cut once with sharp into a cache
// (keyed by asset id + rectangle, so reruns are free) and the cut file is what Astro resizes.
import { mkdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { cropRect, imageKey, imageSource, isWhole, type ImageField } from './geometry.ts';

export interface LocalImageFile {
  key: string;
  /** Absolute path of the file to import (original or pre-cropped). */
  file: string;
  width: number;
  height: number;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export async function prepareLocalImages(
  images: ImageField[],
  assetPath: (sanityAsset: string) => string,
  cacheDir: string,
  warn: (message: string) => void,
): Promise<Map<string, LocalImageFile>> {
  const out = new Map<string, LocalImageFile>();
  await mkdir(cacheDir, { recursive: true });
  for (const image of images) {
    const src = imageSource(image);
    const key = imageKey(image);
    if (!src || !key || out.has(key)) continue;
    let original: string;
    try {
      original = assetPath(src.ref);
    } catch (error) {
      warn(`Ảnh ${src.ref}: ${error instanceof Error ? error.message : String(error)} Ảnh này bị bỏ qua.`);
      continue;
    }
    if (!(await exists(original))) {
      warn(`Không tìm thấy tệp ảnh ${src.ref} — ảnh này bị bỏ qua.`);
      continue;
    }
    const rect = cropRect(src.width, src.height, image.crop);
    if (isWhole(rect, src.width, src.height)) {
      out.set(key, { key, file: original, width: src.width, height: src.height });
      continue;
    }
    const file = join(cacheDir, `${src.id}-${rect.left}-${rect.top}-${rect.width}x${rect.height}.${src.format === 'png' ? 'png' : 'jpg'}`);
    if (!(await exists(file))) {
      const tmp = `${file}.${process.pid}.tmp`;
      const pipeline = sharp(original).extract(rect);
      await (src.format === 'png' ? pipeline.png() : pipeline.jpeg({ quality: 92 })).toFile(tmp);
      await rename(tmp, file);
    }
    out.set(key, { key, file, width: rect.width, height: rect.height });
  }
  return out;
}
