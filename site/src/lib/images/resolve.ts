// Astro side (pages): resolve every image a page shows, up front and async, into a plain map that
// synchronous renderers (the React Portable Text tree) read from. Alt, caption and credit stay on
// the field itself (the same picture may be described differently in two places).
//   local dataset → astro:assets getImage() on the pre-imported (pre-cropped) file: WebP + srcset
//   real Sanity    → @sanity/image-url (crop applied by Sanity's CDN), no local processing
import { getImage } from 'astro:assets';
import { createImageUrlBuilder } from '@sanity/image-url';
import datasetImages from 'virtual:guong-sang/images';
import { cropRect, imageKey, imageSource, type ImageField } from './geometry.ts';
import { IMAGE_QUALITY, PRESETS, widthsFor, type ImagePreset } from './presets.ts';

export interface ResolvedImage {
  src: string;
  srcset: string;
  sizes: string;
  /** Dimensions after Sanity's crop. */
  width: number;
  height: number;
  /** CSS object-position from the hotspot, for slots that crop further. */
  position?: string;
}

/** `${imageKey}|${preset}` → resolved image. */
export type ImageMap = ReadonlyMap<string, ResolvedImage>;

export interface SanityProject {
  projectId: string;
  dataset: string;
}

export const mapKey = (image: ImageField | null | undefined, preset: ImagePreset): string | null => {
  const key = imageKey(image);
  return key ? `${key}|${preset}` : null;
};

export function lookupImage(map: ImageMap, image: ImageField | null | undefined, preset: ImagePreset): ResolvedImage | undefined {
  const key = mapKey(image, preset);
  return key ? map.get(key) : undefined;
}

function position(image: ImageField): string | undefined {
  const h = image.hotspot;
  if (!h || typeof h.x !== 'number' || typeof h.y !== 'number') return undefined;
  return `${Math.round(h.x * 100)}% ${Math.round(h.y * 100)}%`;
}

async function resolveOne(image: ImageField, preset: ImagePreset, sanity: SanityProject | undefined): Promise<ResolvedImage | undefined> {
  const src = imageSource(image);
  if (!src) return undefined;
  const rect = cropRect(src.width, src.height, image.crop);
  const widths = widthsFor(preset, rect.width);
  const largest = Math.max(...widths);
  const base = {
    sizes: PRESETS[preset].sizes,
    width: rect.width,
    height: rect.height,
    position: position(image),
  };

  if (sanity) {
    const builder = createImageUrlBuilder(sanity);
    const url = (w: number) => builder.image(image as never).width(w).format('webp').quality(IMAGE_QUALITY).url();
    return { ...base, src: url(largest), srcset: widths.map((w) => `${url(w)} ${w}w`).join(', ') };
  }

  const key = imageKey(image);
  const meta = key ? datasetImages.get(key) : undefined;
  if (!meta) {
    console.warn(`[ảnh] Ảnh ${src.ref} chưa được chuẩn bị cho bản dựng — bỏ qua.`);
    return undefined;
  }
  const result = await getImage({ src: meta, width: largest, widths, format: 'webp', quality: IMAGE_QUALITY });
  return { ...base, src: result.src, srcset: result.srcSet.attribute };
}

/** Resolve many `[image, preset]` pairs; duplicates are resolved once. */
export async function resolveImages(
  requests: Array<[ImageField | null | undefined, ImagePreset]>,
  sanity?: SanityProject,
): Promise<ImageMap> {
  const map = new Map<string, ResolvedImage>();
  const pending = new Map<string, [ImageField, ImagePreset]>();
  for (const [image, preset] of requests) {
    const key = mapKey(image, preset);
    if (key && image && !pending.has(key)) pending.set(key, [image, preset]);
  }
  await Promise.all(
    [...pending].map(async ([key, [image, preset]]) => {
      const resolved = await resolveOne(image, preset, sanity);
      if (resolved) map.set(key, resolved);
    }),
  );
  return map;
}
