// A body picture as the story's layout draws it: the figure of Img.tsx, plus
//  - `zoom` (photo essays, infographics): the picture is a link to its full-size file, which the
//    <gs-lightbox> enhancement (scripts/lightbox.ts) opens in a <dialog>; without JavaScript the
//    link simply opens the file;
//  - the image's text alternative (`longDescription`, written for infographics and charts), shown in
//    a <details> under the caption on every layout, so the content of the picture is never image-only.
import type { ImageField } from '../../lib/images/geometry.ts';
import { largestSource, lookupImage, type ImageMap } from '../../lib/images/map.ts';
import type { ImagePreset } from '../../lib/images/presets.ts';
import { LIGHTBOX_ITEM } from '../../scripts/ids.ts';
import { creditText, Img } from '../Img.tsx';

export interface ZoomFigureProps {
  image: (ImageField & { longDescription?: string | null }) | null | undefined;
  images: ImageMap;
  preset: ImagePreset;
  zoom?: boolean;
}

export function ZoomFigure({ image, images, preset, zoom = false }: ZoomFigureProps) {
  const resolved = lookupImage(images, image, preset);
  if (!resolved || !image) return null;
  const caption = image.caption?.trim();
  const credit = image.credit?.trim();
  const long = image.longDescription?.trim();
  const picture = <Img image={image} images={images} preset={preset} />;
  return (
    <figure className={zoom ? 'figure figure--zoom' : 'figure'}>
      {zoom ? (
        <a className="figure__zoom" href={largestSource(resolved)} {...{ [LIGHTBOX_ITEM]: '' }}>
          {picture}
          <span className="figure__zoom-hint">Phóng to ảnh</span>
        </a>
      ) : (
        picture
      )}
      {caption || credit || long ? (
        <figcaption>
          {caption}
          {caption && credit ? ' ' : null}
          {credit ? <span className="credit">{creditText(credit)}</span> : null}
          {long ? (
            <details className="long-description">
              <summary>Nội dung ảnh dạng chữ</summary>
              <p>{long}</p>
            </details>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
