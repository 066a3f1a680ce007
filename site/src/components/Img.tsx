// One <picture> for every picture on the site: an AVIF <source> and a WebP <img> (srcset + sizes),
// width/height = size after Sanity's crop (so the browser reserves the box before the bytes
// arrive), the picture's average colour painted behind it while it loads, lazy unless told otherwise
// (the cover is eager with fetchpriority="high").
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
  const style: Record<string, string> = {};
  if (resolved.position) style.objectPosition = resolved.position;
  if (resolved.color) style.backgroundColor = resolved.color;
  const img = (
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
      style={Object.keys(style).length ? style : undefined}
    />
  );
  if (!resolved.avifSrcset) return img;
  return (
    <picture>
      <source type="image/avif" srcSet={resolved.avifSrcset} sizes={resolved.sizes} />
      {img}
    </picture>
  );
}

/**
 * A credit line as printed under a picture: "Ảnh: <credit>", unless the editor already wrote the
 * label ("Ảnh: …", "Đồ họa: …", "Ảnh cắt từ video: …") — never "Ảnh: Ảnh: …".
 */
export function creditText(credit: string): string {
  return /^[\p{L}\p{M} ]{1,32}:\s*\S/u.test(credit) ? credit : `Ảnh: ${credit}`;
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
          {credit ? <span className="credit">{creditText(credit)}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
