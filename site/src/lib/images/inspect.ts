// Node side, build time: every image file is checked here before any encoder (sharp in crop-cache,
// Astro's image service, the OG and booklet renderers) sees it. Only the header is read — magic
// bytes first, then sharp's metadata() (which parses headers, never pixels) — so a decompression
// bomb or a disguised file is refused for the price of a few kilobytes of I/O per image.
import { open, stat } from 'node:fs/promises';
import sharp, { type Metadata } from 'sharp';
import { imageSource } from './geometry.ts';

/**
 * Largest picture accepted, in pixels (width × height). 50 megapixels is well above any camera or
 * scan an editor uploads (a 45 MP full-frame photo fits), yet decoding it needs ~200 MB of RAM; a
 * "30,000 × 30,000" PNG of a few kilobytes would need 3.6 GB. Bigger files are refused, not shrunk.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** The formats the site publishes from. SVG is not among them: it can carry scripts. */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';

/** `width`/`height`: the picture as displayed, EXIF rotation applied. */
export type ImageInspection = { ok: true; width: number; height: number; format: ImageFormat } | { ok: false; reason: string };

/** What the document (asset id or file name) says about the file. */
export interface ClaimedImage {
  width: number;
  height: number;
  /** The file extension / the asset id's last part (`jpg`, `png`…). */
  extension: string;
}

const EXTENSIONS: Readonly<Record<string, ImageFormat>> = { jpg: 'jpeg', jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'avif', gif: 'gif' };
const LABEL: Readonly<Record<ImageFormat, string>> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', avif: 'AVIF', gif: 'GIF' };
const ALLOWED = 'JPEG, PNG, WebP, AVIF hoặc GIF';

/** The format the first bytes announce, 'svg' for markup, or undefined for anything else. */
export function sniffFormat(head: Uint8Array): ImageFormat | 'svg' | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp') {
    // ISO-BMFF: major brand, minor version, then compatible brands up to the box's end.
    const size = ((head[0]! << 24) | (head[1]! << 16) | (head[2]! << 8) | head[3]!) >>> 0;
    const end = Math.min(size, head.length);
    for (let at = 8; at + 4 <= end; at += at === 8 ? 8 : 4) {
      const brand = ascii(at, at + 4);
      if (brand === 'avif' || brand === 'avis') return 'avif';
    }
    return undefined;
  }
  // Markup (after an optional BOM and white space) is treated as SVG: refused either way, but the
  // editor gets the more useful reason.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\uFEFF/, '').trimStart();
  if (/^<(\?xml|svg|!DOCTYPE svg|!--)/i.test(text)) return 'svg';
  return undefined;
}

const HEAD_BYTES = 64;

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 160);

/** Checks one file against what the document claims. Never throws. */
export async function inspectImageFile(file: string, claimed: ClaimedImage): Promise<ImageInspection> {
  const expected = EXTENSIONS[claimed.extension.toLowerCase()];
  if (!expected) return { ok: false, reason: `định dạng .${claimed.extension} không được dùng (chỉ nhận ${ALLOWED}).` };
  let head: Uint8Array;
  try {
    head = await readHead(file);
  } catch (error) {
    return { ok: false, reason: `không đọc được tệp ảnh (${describe(error)}).` };
  }
  const sniffed = sniffFormat(head);
  if (sniffed === 'svg') return { ok: false, reason: `tệp là ảnh SVG, không được dùng vì có thể chứa mã chạy được (chỉ nhận ${ALLOWED}).` };
  if (!sniffed) return { ok: false, reason: `tệp không phải ảnh ${ALLOWED}.` };
  if (sniffed !== expected) return { ok: false, reason: `tệp mang đuôi .${claimed.extension} nhưng nội dung là ảnh ${LABEL[sniffed]}.` };

  let meta: Metadata;
  try {
    // metadata() parses the header only, so no pixel limit is needed to read it safely; the limit is
    // checked by hand below, which names the size in the reason (sharp's own error does not).
    meta = await sharp(file, { limitInputPixels: false, failOn: 'error' }).metadata();
  } catch (error) {
    return { ok: false, reason: `đầu tệp ảnh ${LABEL[sniffed]} bị hỏng (${describe(error)}).` };
  }
  // libheif reports AVIF as 'heif' with AV1 compression (some sharp builds say 'avif').
  const reported = String(meta.format);
  const decoded = reported === 'heif' ? (meta.compression === 'av1' ? 'avif' : undefined) : reported === 'jpg' ? 'jpeg' : reported;
  if (decoded !== sniffed) return { ok: false, reason: `tệp mang đuôi .${claimed.extension} nhưng không giải mã được thành ảnh ${LABEL[sniffed]}.` };
  const width = meta.width;
  const height = meta.height;
  if (!width || !height) return { ok: false, reason: `không đọc được kích thước ảnh.` };
  if (width * height > MAX_IMAGE_PIXELS) {
    const mp = Math.round((width * height) / 1e6);
    return { ok: false, reason: `ảnh ${width}×${height} (${mp} triệu điểm ảnh) vượt giới hạn ${MAX_IMAGE_PIXELS / 1e6} triệu điểm ảnh.` };
  }
  // Stored sideways with an EXIF rotation (orientation 5–8): the document may name either order.
  const sideways = (meta.orientation ?? 1) >= 5;
  const matches = (width === claimed.width && height === claimed.height) || (sideways && width === claimed.height && height === claimed.width);
  if (!matches) {
    return { ok: false, reason: `kích thước thật ${width}×${height} khác kích thước ghi trong tên tệp ${claimed.width}×${claimed.height}.` };
  }
  // Width and height as displayed (EXIF rotation applied), the frame crops are measured in.
  return sideways ? { ok: true, width: height, height: width, format: sniffed } : { ok: true, width, height, format: sniffed };
}

/** What an image reference (asset id or `_sanityAsset`) claims, or undefined when it is not an image reference. */
export function claimedImage(ref: string): ClaimedImage | undefined {
  const src = imageSource(ref.startsWith('image@') ? { _sanityAsset: ref } : { asset: { _ref: ref } });
  return src ? { width: src.width, height: src.height, extension: src.format } : undefined;
}

// One inspection per file version per process: many documents share a picture, and the content
// step, the image pipeline and the OG step all ask. Keyed by path + size + mtime rather than by a
// content hash, because hashing would read every byte while the inspection reads only the header.
const memo = new Map<string, Promise<ImageInspection>>();

async function inspectCached(file: string, claimed: ClaimedImage): Promise<ImageInspection> {
  let key: string;
  try {
    const info = await stat(file);
    key = JSON.stringify([file, info.size, info.mtimeMs, claimed]);
  } catch (error) {
    return { ok: false, reason: `không đọc được tệp ảnh (${describe(error)}).` };
  }
  let result = memo.get(key);
  if (!result) {
    result = inspectImageFile(file, claimed);
    memo.set(key, result);
  }
  return result;
}

/**
 * Inspects every referenced image once. `locate` is the dataset's `assetPath` (it throws for a
 * missing file or one outside the dataset; that becomes the reason). Linear in the number of refs,
 * a few at a time so a large dataset does not open thousands of files at once.
 */
export async function inspectImages(
  refs: Iterable<string>,
  locate: (ref: string) => string,
  concurrency = 8,
): Promise<Map<string, ImageInspection>> {
  const unique = [...new Set(refs)];
  const out = new Map<string, ImageInspection>();
  let next = 0;
  const worker = async () => {
    while (next < unique.length) {
      const ref = unique[next++]!;
      const claimed = claimedImage(ref);
      if (!claimed) {
        out.set(ref, { ok: false, reason: `tham chiếu ảnh ${JSON.stringify(ref)} không đúng dạng của Sanity.` });
        continue;
      }
      let file: string;
      try {
        file = locate(ref);
      } catch (error) {
        out.set(ref, { ok: false, reason: describe(error) });
        continue;
      }
      out.set(ref, await inspectCached(file, claimed));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, unique.length)) }, worker));
  return out;
}
