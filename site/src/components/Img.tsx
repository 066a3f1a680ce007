// One <img> for every picture on the site: WebP srcset, width/height = size after Sanity's crop
// (so the browser reserves the box before the bytes arrive), lazy unless told otherwise.
import type { ImageField } from '../lib/images/geometry.ts';
import { lookupImage, type ImageMap } from '../lib/images/map.ts';
import type { ImagePreset } from '../lib/images/presets.ts';

export interface ImgProps {
  image: ImageField | null | undefined;
  images: ImageMap;
  preset: ImagePreset;
  eager?: boolean;
  className?: string;
}

export function Img({ image, images, preset, eager = false, className }: ImgProps) {
  const resolved = lookupImage(images, image, preset);
  if (!resolved || !image) return null;
  return (
    <img
      src={resolved.src}
      srcSet={resolved.srcset}
      sizes={resolved.sizes}
      width={resolved.width}
      height={resolved.height}
      alt={image.alt ?? ''}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      fetchPriority={eager ? 'high' : undefined}
      className={className}
      style={resolved.position ? { objectPosition: resolved.position } : undefined}
    />
  );
}

/** A figure with the caption and credit of the field (credit marked up as such). */
export function Figure({ image, images, preset, eager, className }: ImgProps) {
  if (!lookupImage(images, image, preset) || !image) return null;
  const caption = image.caption?.trim();
  const credit = image.credit?.trim();
  return (
    <figure className={className ?? 'figure'}>
      <Img image={image} images={images} preset={preset} eager={eager} />
      {caption || credit ? (
        <figcaption>
          {caption}
          {caption && credit ? ' ' : null}
          {credit ? <span className="credit">Ảnh: {credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
