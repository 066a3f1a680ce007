// How big each kind of image is drawn. Widths are the srcset candidates (capped at the cropped
// source width); `sizes` tells the browser how wide the slot is so phones fetch the small ones.
export type ImagePreset = 'cover' | 'body' | 'card' | 'portrait' | 'thumb';

export const PRESETS: Record<ImagePreset, { widths: number[]; sizes: string }> = {
  cover: { widths: [400, 720, 1080, 1440], sizes: '(min-width: 48rem) 46rem, 100vw' },
  body: { widths: [400, 720, 1080], sizes: '(min-width: 46rem) 42rem, 100vw' },
  card: { widths: [320, 480, 720], sizes: '(min-width: 48rem) 22rem, 100vw' },
  portrait: { widths: [240, 480], sizes: '15rem' },
  thumb: { widths: [120, 240], sizes: '6rem' },
};

/** WebP quality (the <img> fallback every browser gets). */
export const IMAGE_QUALITY = 72;

/**
 * AVIF, offered first through <picture>. sharp's default AVIF effort (4) takes ~3 s for one
 * 1080-px image on these 2-core machines; effort 1 takes ~0.1 s (faster than WebP) and, at quality
 * 45, is ~30 % smaller than WebP q72 at the same look. The effort is set on Astro's sharp service
 * (astro.config.mjs, `AVIF_ENCODER`), the quality per image here.
 */
export const AVIF_QUALITY = 45;
export const AVIF_ENCODER = { effort: 1 } as const;

/** Srcset widths for a source this wide: presets never upscale, and the source width closes the set. */
export function widthsFor(preset: ImagePreset, sourceWidth: number): number[] {
  const ws = PRESETS[preset].widths.filter((w) => w < sourceWidth);
  const max = Math.max(...PRESETS[preset].widths);
  if (sourceWidth <= max) ws.push(sourceWidth);
  return ws.length ? ws : [Math.min(sourceWidth, max)];
}
