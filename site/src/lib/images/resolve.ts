// Astro side (pages): resolve every image a page shows, up front and async, into a plain map that
// synchronous renderers (the React Portable Text tree) read from. Alt, caption and credit stay on
// the field itself (the same picture may be described differently in two places).
//   local dataset → astro:assets getImage() on the pre-imported (pre-cropped) file: AVIF + WebP
//                   srcsets, average colour as the placeholder
//   real Sanity    → @sanity/image-url (crop applied by Sanity's CDN), no local processing
import { getImage } from 'astro:assets';
import datasetImages, { colours } from 'virtual:guong-sang/images';
import { cropRect, imageKey, imageSource, type ImageField } from './geometry.ts';
import { AVIF_QUALITY, IMAGE_QUALITY, PRESETS, widthsFor, type ImagePreset } from './presets.ts';
import { sanityImage, type SanityProject } from './sanity-url.ts';
import { mapKey, type ImageMap, type ResolvedImage } from './map.ts';
import type { ImageRequest } from './requests.ts';
import { logSafe } from '../content/integrity/log-safe.ts';

export type { SanityProject };

export { lookupImage, mapKey, type ImageMap, type ResolvedImage } from './map.ts';

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
    const remote = sanityImage(image, preset, sanity);
    return remote && { ...remote, position: base.position };
  }

  const key = imageKey(image);
  const meta = key ? datasetImages.get(key) : undefined;
  if (!meta) {
    console.warn(`[ảnh] Ảnh ${logSafe(src.ref)} chưa được chuẩn bị cho bản dựng — bỏ qua.`);
    return undefined;
  }
  const [webp, avif] = await Promise.all([
    getImage({ src: meta, width: largest, widths, format: 'webp', quality: IMAGE_QUALITY }),
    getImage({ src: meta, width: largest, widths, format: 'avif', quality: AVIF_QUALITY }),
  ]);
  return { ...base, src: webp.src, srcset: webp.srcSet.attribute, avifSrcset: avif.srcSet.attribute, color: key ? colours.get(key) : undefined };
}

/** Resolve many `[image, preset]` pairs; duplicates are resolved once. */
export async function resolveImages(
  requests: readonly ImageRequest[],
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
      const resolved = await resolveMemo(key, image, preset, sanity);
      if (resolved) map.set(key, resolved);
    }),
  );
  return map;
}

// The same cover or portrait appears on many pages (cards, related stories, profiles): resolve each
// (image, crop, preset, hotspot) once per build instead of once per page — 10.000 story pages made
// ~100.000 getImage() calls otherwise. Results are pure functions of those inputs.
const resolved = new Map<string, Promise<ResolvedImage | undefined>>();

function resolveMemo(key: string, image: ImageField, preset: ImagePreset, sanity: SanityProject | undefined): Promise<ResolvedImage | undefined> {
  if (sanity) return resolveOne(image, preset, sanity); // URL building only: nothing worth keeping
  const memoKey = `${key}|${position(image) ?? ''}`;
  let result = resolved.get(memoKey);
  if (!result) {
    result = resolveOne(image, preset, sanity);
    resolved.set(memoKey, result);
  }
  return result;
}
