// Node side, build time: turn each (local asset, crop) pair into a file Astro's image pipeline can
// import. Uncropped images are used in place; cropped ones are cut once with sharp into a cache
// (keyed by asset id + rectangle, so reruns are free) and the cut file is what Astro resizes.
// Each image's average colour (the placeholder shown while it loads) is measured once and kept in
// the same cache (colours.json), so a warm build decodes no image for it.
// Only files that pass the header inspection (inspect.ts) are returned, hence imported by Astro: an
// SVG, a disguised or oversized file never reaches an encoder or dist/.
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { cropRect, imageKey, imageSource, isWhole, type ImageField, type Rect } from './geometry.ts';
import { inspectImages, MAX_IMAGE_PIXELS } from './inspect.ts';

export interface LocalImageFile {
  key: string;
  /** Absolute path of the file to import (original or pre-cropped). */
  file: string;
  width: number;
  height: number;
  /** Average colour of the (cropped) picture, `#rrggbb`: the background shown until it loads. */
  color?: string;
}

const hex = (n: number) => n.toString(16).padStart(2, '0');

/** The picture's average colour: sharp shrinks it to one pixel. */
export async function averageColor(file: string): Promise<string> {
  const { data } = await sharp(file, { limitInputPixels: MAX_IMAGE_PIXELS }).resize(1, 1, { fit: 'fill' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return `#${hex(data[0]!)}${hex(data[1]!)}${hex(data[2]!)}`;
}

async function readColours(file: string): Promise<Record<string, string>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * The crop rectangle, made to fit the real picture. The rectangle comes from the size the document
 * claims; inspection refuses a file whose size differs, but sharp's `extract` must never be handed
 * a rectangle outside the image whatever the caller did, so it is clamped here too.
 */
export function clampRect(rect: Rect, width: number, height: number): Rect {
  const left = Math.min(Math.max(0, Math.round(rect.left)), Math.max(0, width - 1));
  const top = Math.min(Math.max(0, Math.round(rect.top)), Math.max(0, height - 1));
  return {
    left,
    top,
    width: Math.max(1, Math.min(Math.round(rect.width), width - left)),
    height: Math.max(1, Math.min(Math.round(rect.height), height - top)),
  };
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
  const coloursFile = join(cacheDir, 'colours.json');
  const colours = await readColours(coloursFile);
  let coloursChanged = false;
  const withColor = async (entry: LocalImageFile): Promise<LocalImageFile> => {
    let color = colours[entry.key];
    if (!color || !/^#[0-9a-f]{6}$/.test(color)) {
      try {
        color = await averageColor(entry.file);
        colours[entry.key] = color;
        coloursChanged = true;
      } catch {
        return entry;
      }
    }
    return { ...entry, color };
  };
  const refs = images.map((image) => imageSource(image)?.ref).filter((ref): ref is string => ref !== undefined);
  const inspected = await inspectImages(refs, assetPath);
  const refused = new Set<string>();
  for (const image of images) {
    const src = imageSource(image);
    const key = imageKey(image);
    if (!src || !key || out.has(key)) continue;
    const inspection = inspected.get(src.ref);
    if (!inspection?.ok) {
      // Once per file, however many crops of it the pages use.
      if (!refused.has(src.ref)) warn(`Ảnh ${src.ref}: ${inspection?.reason ?? 'chưa được kiểm tra.'} Ảnh này bị bỏ qua.`);
      refused.add(src.ref);
      continue;
    }
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
    const rect = clampRect(cropRect(src.width, src.height, image.crop), inspection.width, inspection.height);
    if (isWhole(rect, src.width, src.height)) {
      out.set(key, await withColor({ key, file: original, width: src.width, height: src.height }));
      continue;
    }
    const file = join(cacheDir, `${src.id}-${rect.left}-${rect.top}-${rect.width}x${rect.height}.${src.format === 'png' ? 'png' : 'jpg'}`);
    if (!(await exists(file))) {
      const tmp = `${file}.${process.pid}.tmp`;
      // rotate() first: the crop is measured on the picture as displayed (EXIF rotation applied).
      const pipeline = sharp(original, { limitInputPixels: MAX_IMAGE_PIXELS }).rotate().extract(rect);
      await (src.format === 'png' ? pipeline.png() : pipeline.jpeg({ quality: 92 })).toFile(tmp);
      await rename(tmp, file);
    }
    out.set(key, await withColor({ key, file, width: rect.width, height: rect.height }));
  }
  if (coloursChanged) {
    const tmp = `${coloursFile}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(colours));
    await rename(tmp, coloursFile);
  }
  return out;
}
