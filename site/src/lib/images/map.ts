// The per-page image map: what synchronous renderers read. Pure (no Astro imports).
import { imageKey, type ImageField } from './geometry.ts';
import type { ImagePreset } from './presets.ts';

export interface ResolvedImage {
  /** WebP, the <img> fallback. */
  src: string;
  srcset: string;
  /** AVIF candidates for a <picture> <source>, when the pipeline made them. */
  avifSrcset?: string;
  /** Average colour `#rrggbb`, painted behind the picture until it has loaded. */
  color?: string;
  sizes: string;
  /** Dimensions after Sanity's crop. */
  width: number;
  height: number;
  /** CSS object-position from the hotspot, for slots that crop further. */
  position?: string;
}

/** `${imageKey}|${preset}` → resolved image. Alt, caption and credit stay on the field itself. */
export type ImageMap = ReadonlyMap<string, ResolvedImage>;

export const mapKey = (image: ImageField | null | undefined, preset: ImagePreset): string | null => {
  const key = imageKey(image);
  return key ? `${key}|${preset}` : null;
};

export function lookupImage(map: ImageMap, image: ImageField | null | undefined, preset: ImagePreset): ResolvedImage | undefined {
  const key = mapKey(image, preset);
  return key ? map.get(key) : undefined;
}

/** The widest candidate of a resolved image's srcset (presets close the set with the source width): what "full size" links to. */
export function largestSource(image: ResolvedImage): string {
  let best = { url: image.src, width: 0 };
  for (const candidate of image.srcset.split(',')) {
    const [url, descriptor] = candidate.trim().split(/\s+/);
    const width = Number.parseInt(descriptor ?? '', 10);
    if (url && Number.isFinite(width) && width > best.width) best = { url, width };
  }
  return best.url;
}
