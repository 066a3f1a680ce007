// The small picture a search result shows: one WebP, 160 px wide (a 5-rem slot at 2×), no AVIF and
// no srcset — the result list loads up to ten of them on a phone, so each stays a few kilobytes.
// Local dataset → astro:assets getImage (cached across builds like every other image);
// real Sanity → the image CDN's URL.
import { getImage } from 'astro:assets';
import datasetImages from 'virtual:guong-sang/images';
import { cropRect, imageKey, imageSource, type ImageField } from '../images/geometry.ts';
import { IMAGE_QUALITY } from '../images/presets.ts';
import { sanityImage, type SanityProject } from '../images/sanity-url.ts';

export const SEARCH_THUMB_WIDTH = 160;

export async function searchThumb(image: ImageField | null | undefined, sanity?: SanityProject): Promise<string | undefined> {
  const src = imageSource(image);
  if (!image || !src) return undefined;
  if (sanity) {
    const remote = sanityImage(image, 'thumb', sanity);
    return remote?.src;
  }
  const key = imageKey(image);
  const meta = key ? datasetImages.get(key) : undefined;
  if (!meta) return undefined;
  // The width comes from the crop arithmetic, not from `meta.width`: reading any property of
  // Astro's image object marks the original file as used and copies it into dist.
  const { width } = cropRect(src.width, src.height, image.crop);
  const webp = await getImage({ src: meta, width: Math.min(SEARCH_THUMB_WIDTH, width), format: 'webp', quality: IMAGE_QUALITY });
  return webp.src;
}
