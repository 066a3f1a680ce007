// Real Sanity projects: images are served (cropped, resized, WebP) by Sanity's image CDN; nothing is
// processed locally. Pure: no Astro imports, so it is unit-testable.
import { createImageUrlBuilder } from '@sanity/image-url';
import { cropRect, imageSource, type ImageField } from './geometry.ts';
import { IMAGE_QUALITY, PRESETS, widthsFor, type ImagePreset } from './presets.ts';

export interface SanityProject {
  projectId: string;
  dataset: string;
  /** Image CDN origin instead of https://cdn.sanity.io (`SANITY_API_HOST`). */
  baseUrl?: string;
}

export interface UrlImage {
  src: string;
  srcset: string;
  sizes: string;
  /** Dimensions after Sanity's crop. */
  width: number;
  height: number;
}

export function sanityImage(image: ImageField, preset: ImagePreset, project: SanityProject): UrlImage | undefined {
  const src = imageSource(image);
  if (!src) return undefined;
  const rect = cropRect(src.width, src.height, image.crop);
  const widths = widthsFor(preset, rect.width);
  const builder = createImageUrlBuilder(project);
  // @sanity/image-url applies `crop` (as `rect=`) and `hotspot` from the image object itself.
  const url = (w: number) => builder.image(image as never).width(w).format('webp').quality(IMAGE_QUALITY).url();
  return {
    src: url(Math.max(...widths)),
    srcset: widths.map((w) => `${url(w)} ${w}w`).join(', '),
    sizes: PRESETS[preset].sizes,
    width: rect.width,
    height: rect.height,
  };
}
