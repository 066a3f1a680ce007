// Images for the booklets: every picture is read once (local export file or Sanity CDN), cropped as
// the editor cropped it, resized to at most 1200 px and re-encoded as baseline JPEG with sharp, so
// the EPUB and the PDF embed the same small files. An image that cannot be read or decoded resolves
// to null (the renderer shows its caption instead) and a warning names it; nothing here throws.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { AssetLocation } from '../content/backend.ts';
import { fetchAssetBytes, RemoteAssetTooLarge } from '../content/remote-asset.ts';
import { inspectImages, MAX_IMAGE_PIXELS } from '../images/inspect.ts';
import type { BookletWarning } from './errors.ts';

export interface ImageField {
  _type?: string;
  alt?: string | null;
  caption?: string | null;
  credit?: string | null;
  crop?: { top?: number; bottom?: number; left?: number; right?: number } | null;
  asset?: { _ref?: string | null } | null;
}

export interface BookletImageFile {
  /** Path inside the book: `images/<hash>.jpg`. */
  path: string;
  bytes: Buffer;
  width: number;
  height: number;
  mediaType: 'image/jpeg';
}

export interface ImageStoreOptions {
  locate: (reference: string) => AssetLocation;
  publicationId: string;
  warn?: (warning: BookletWarning) => void;
  /** Longest side in pixels (default 1200). */
  maxSize?: number;
  quality?: number;
}

const clamp = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? Math.min(Math.max(n, 0), 1) : 0);

export class ImageStore {
  readonly #options: ImageStoreOptions;
  readonly #cache = new Map<string, Promise<BookletImageFile | null>>();
  readonly #files = new Map<string, BookletImageFile>();

  constructor(options: ImageStoreOptions) {
    this.#options = options;
  }

  /** Resolves an image field (cached by asset and crop). `documentId` is for the warning only. */
  get(image: ImageField | null | undefined, documentId: string): Promise<BookletImageFile | null> {
    const ref = image?.asset?._ref;
    if (!ref) return Promise.resolve(null);
    const crop = image?.crop ?? null;
    const key = JSON.stringify([ref, clamp(crop?.top), clamp(crop?.bottom), clamp(crop?.left), clamp(crop?.right)]);
    let pending = this.#cache.get(key);
    if (!pending) {
      pending = this.#load(ref, crop, key, documentId);
      this.#cache.set(key, pending);
    }
    return pending;
  }

  /** Every image resolved so far, in a stable order (by path). */
  files(): BookletImageFile[] {
    return [...this.#files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  async #load(ref: string, crop: ImageField['crop'], key: string, documentId: string): Promise<BookletImageFile | null> {
    const { maxSize = 1200, quality = 78 } = this.#options;
    let input: Buffer;
    try {
      input = await this.#read(ref);
    } catch (error) {
      if (error instanceof RefusedImage) {
        this.#warn('image-unreadable', documentId, `Ảnh ${ref} không dùng được: ${error.message} Ảnh được thay bằng chú thích.`);
      } else {
        this.#warn('image-missing', documentId, `Không đọc được tệp ảnh ${ref} (${describe(error)}); ảnh được thay bằng chú thích.`);
      }
      return null;
    }
    try {
      // The site's pixel limit (images/inspect.ts): a decompression bomb is refused, not decoded.
      let pipeline = sharp(input, { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS }).rotate();
      const meta = await sharp(input, { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS }).metadata();
      const oriented = (meta.orientation ?? 1) >= 5;
      const width = (oriented ? meta.height : meta.width) ?? 0;
      const height = (oriented ? meta.width : meta.height) ?? 0;
      const left = Math.round(clamp(crop?.left) * width);
      const top = Math.round(clamp(crop?.top) * height);
      const cropWidth = width - left - Math.round(clamp(crop?.right) * width);
      const cropHeight = height - top - Math.round(clamp(crop?.bottom) * height);
      if (cropWidth > 0 && cropHeight > 0 && (cropWidth < width || cropHeight < height)) {
        // `rotate()` must run before `extract`, which a new pipeline guarantees.
        pipeline = sharp(await pipeline.toBuffer(), { limitInputPixels: MAX_IMAGE_PIXELS }).extract({ left, top, width: cropWidth, height: cropHeight });
      }
      const { data, info } = await pipeline
        .resize({ width: maxSize, height: maxSize, fit: 'inside', withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality, progressive: false, chromaSubsampling: '4:2:0' })
        .toBuffer({ resolveWithObject: true });
      const hash = createHash('sha1').update(key).digest('hex').slice(0, 16);
      const file: BookletImageFile = { path: `images/anh-${hash}.jpg`, bytes: data, width: info.width, height: info.height, mediaType: 'image/jpeg' };
      this.#files.set(file.path, file);
      return file;
    } catch (error) {
      this.#warn('image-unreadable', documentId, `Ảnh ${ref} không giải mã được (${describe(error)}); ảnh được thay bằng chú thích.`);
      return null;
    }
  }

  async #read(ref: string): Promise<Buffer> {
    const location = this.#options.locate(ref);
    if (location.kind === 'file') {
      // A local file passes the site's image inspection before sharp decodes it (SVG, disguised,
      // oversized or mis-sized files are refused; the reason becomes the warning).
      const inspection = (await inspectImages([ref], () => location.path)).get(ref);
      if (inspection && !inspection.ok) throw new RefusedImage(inspection.reason);
      return readFile(location.path);
    }
    try {
      return await fetchAssetBytes(location.url);
    } catch (error) {
      if (error instanceof RemoteAssetTooLarge) throw new RefusedImage(error.message);
      throw error;
    }
  }

  #warn(code: BookletWarning['code'], documentId: string, message: string): void {
    this.#options.warn?.({ code, publicationId: this.#options.publicationId, documentId, message: `${documentId}: ${message}` });
  }
}

/** The file exists but failed the image inspection. */
class RefusedImage extends Error {}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 160);
}
