// Pure image geometry shared by the build (Node) and the pages: where an image comes from, its
// source size (read from the file name / asset id, as Sanity encodes it) and the rectangle left
// after Sanity's crop. No I/O here.

export interface SanityCrop {
  top?: number;
  bottom?: number;
  left?: number;
  right?: number;
}

export interface SanityHotspot {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

/** An `accessibleImage` as the queries project it. */
export interface ImageField {
  _type?: string;
  _key?: string | null;
  alt?: string | null;
  caption?: string | null;
  credit?: string | null;
  crop?: SanityCrop | null;
  hotspot?: SanityHotspot | null;
  /** Sanity export layout: `image@file://./images/<sha1>-<w>x<h>.jpg`. */
  _sanityAsset?: string | null;
  /** A real Sanity project: `{ _ref: "image-<sha1>-<w>x<h>-jpg" }`. */
  asset?: { _ref?: string | null } | null;
}

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface ImageSource {
  /** What the dataset's `assetPath()` accepts: the asset id (`image-<sha1>-<w>x<h>-jpg`) or `_sanityAsset`. */
  ref: string;
  /** The asset's sha1, for cache names. */
  id: string;
  width: number;
  height: number;
  format: string;
}

const LOCAL_ASSET = /^image@file:\/\/\.\/images\/([a-f0-9]+)-(\d+)x(\d+)\.([a-z0-9]+)$/i;
const SANITY_ASSET = /^image-([a-f0-9]+)-(\d+)x(\d+)-([a-z0-9]+)$/i;

/**
 * Where an image field's pixels live, or null when the field has no usable asset. Both sources
 * present images as Sanity does (`asset._ref`); a raw export's `_sanityAsset` is accepted too.
 */
export function imageSource(image: ImageField | null | undefined): ImageSource | null {
  if (!image || typeof image !== 'object') return null;
  const ref = image.asset?._ref;
  if (typeof ref === 'string') {
    const m = SANITY_ASSET.exec(ref);
    if (m) return { ref, id: m[1]!, width: Number(m[2]), height: Number(m[3]), format: m[4]!.toLowerCase() };
  }
  if (typeof image._sanityAsset === 'string') {
    const m = LOCAL_ASSET.exec(image._sanityAsset);
    if (m) return { ref: image._sanityAsset, id: m[1]!, width: Number(m[2]), height: Number(m[3]), format: m[4]!.toLowerCase() };
  }
  return null;
}

const clamp01 = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) ? Math.min(Math.max(n, 0), 1) : 0);

/**
 * The rectangle kept by Sanity's crop (fractions cut from each side), in source pixels — the same
 * arithmetic @sanity/image-url uses, so local and CDN images come out the same size.
 */
export function cropRect(width: number, height: number, crop?: SanityCrop | null): Rect {
  const left = clamp01(crop?.left) * width;
  const top = clamp01(crop?.top) * height;
  const w = width - clamp01(crop?.right) * width - left;
  const h = height - clamp01(crop?.bottom) * height - top;
  const rect = { left: Math.round(left), top: Math.round(top), width: Math.round(w), height: Math.round(h) };
  if (rect.width < 1 || rect.height < 1) return { left: 0, top: 0, width, height };
  return rect;
}

export function isWhole(rect: Rect, width: number, height: number): boolean {
  return rect.left === 0 && rect.top === 0 && rect.width === width && rect.height === height;
}

/** Stable identity of "this asset with this crop": the key of every image map. */
export function imageKey(image: ImageField | null | undefined): string | null {
  const src = imageSource(image);
  if (!src) return null;
  const r = cropRect(src.width, src.height, image?.crop);
  return `${src.id}@${r.left},${r.top},${r.width}x${r.height}`;
}

/** Every image object (anything with `_sanityAsset` or an image asset ref) inside a value. */
export function collectImages(value: unknown, out: ImageField[] = [], seen = new Set<unknown>()): ImageField[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) collectImages(item, out, seen);
    return out;
  }
  const obj = value as Record<string, unknown>;
  if (imageSource(obj as ImageField)) out.push(obj as ImageField);
  for (const v of Object.values(obj)) collectImages(v, out, seen);
  return out;
}
