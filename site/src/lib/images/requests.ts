// Which images a page shows, and at which preset — fed to resolveImages() before rendering.
import type { ImageField } from './geometry.ts';
import type { ImagePreset } from './presets.ts';
import type { PortableTextValue } from '../routes/types.ts';

export type ImageRequest = readonly [ImageField | null | undefined, ImagePreset];

/** Images inside a Portable Text body, matching what PortableTextBody renders. */
export function bodyImageRequests(body: PortableTextValue | null | undefined, { largeGallery = false }: { largeGallery?: boolean } = {}): ImageRequest[] {
  const out: ImageRequest[] = [];
  for (const block of body ?? []) {
    if (!block || typeof block !== 'object') continue;
    if (block._type === 'accessibleImage') out.push([block, 'body']);
    else if (block._type === 'gallery') {
      for (const image of block.images ?? []) out.push([image, largeGallery ? 'body' : 'card']);
    } else if (block._type === 'exemplarCard') {
      out.push([block.exemplar?.portrait, 'thumb']);
    }
  }
  return out;
}
