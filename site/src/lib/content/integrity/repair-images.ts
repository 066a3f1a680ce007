/**
 * Image repair: an image whose file is unusable (refused by `assetPath` or by the header inspection
 * in `images/inspect.ts`, or named by an export path the loader could not read) is dropped from its field instead of crashing an encoder or excluding the
 * whole document, and every crop is clamped to the picture. One pass per document (`RepairPass`);
 * which assets are unusable is decided once for the dataset by `findUnusableImages`.
 *
 * What "dropped" means depends on where the image sits:
 * - a Portable Text image block becomes a normal paragraph holding its caption (dropped without one);
 * - an item of an image list (`gallery.images`, an event's `gallery`) is removed; a Portable Text
 *   gallery left with one picture becomes that picture, with none its caption paragraph (or nothing),
 *   because a gallery needs two pictures to validate;
 * - any other image field (cover, portrait…) is removed.
 * A file upload (an audio embed's `file`) whose file `assetPath` refuses is removed the same way: the
 * embed keeps its title, link and transcript.
 */
import { isRecord } from '@guong-sang/schemas/util/is-record.ts';
import type { LoadedDataset } from '../dataset.ts';
import { inspectImages } from '../../images/inspect.ts';
import type { RepairNote, RepairPass } from './repair-pass.ts';

const IMAGE_ID = /^image-[a-f0-9]+-\d+x\d+-[a-z0-9]+$/i;
const SANITY_ASSET = /^image@file:\/\/\.\/images\/([a-f0-9]+)-(\d+x\d+)\.([a-z0-9]+)$/i;
const FILE_ID = /^file-[a-f0-9]+-[a-z0-9]+$/i;
const SANITY_FILE = /^file@file:\/\/\.\/files\/([a-f0-9]+)\.([a-z0-9]+)$/i;
/** An export asset string the loader could not read as one of the two forms above (e.g. `../` paths). */
const UNREADABLE_ASSET = 'đường dẫn tệp không hợp lệ hoặc ra ngoài thư mục dataset';

/** Fields that hold a plain list of images (not Portable Text). */
const IMAGE_LISTS = new Set(['images', 'gallery']);

/**
 * The asset id an image object points at (`image-<sha1>-<w>x<h>-<ext>`), from either shape: Sanity's
 * `asset._ref` or an export's `_sanityAsset`. Undefined when the value is not an image object.
 */
export function imageAssetId(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const asset = value.asset;
  if (isRecord(asset) && typeof asset._ref === 'string' && IMAGE_ID.test(asset._ref)) return asset._ref;
  if (typeof value._sanityAsset === 'string') {
    const match = SANITY_ASSET.exec(value._sanityAsset);
    if (match) return `image-${match[1]}-${match[2]}-${match[3]}`;
  }
  return undefined;
}

/** The asset id a file object (an audio upload…) points at (`file-<sha1>-<ext>`), from either shape. */
export function fileAssetId(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const asset = value.asset;
  if (isRecord(asset) && typeof asset._ref === 'string' && FILE_ID.test(asset._ref)) return asset._ref;
  if (typeof value._sanityAsset === 'string') {
    const match = SANITY_FILE.exec(value._sanityAsset);
    if (match) return `file-${match[1]}-${match[2]}`;
  }
  return undefined;
}

/** Every image and file reference inside a value, as `assetPath` accepts it. */
function collectAssetRefs(value: unknown, images: Set<string>, files: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) collectAssetRefs(item, images, files);
  else if (isRecord(value)) {
    const image = imageAssetId(value);
    if (image) images.add(image);
    const file = fileAssetId(value);
    if (file) files.add(file);
    for (const inner of Object.values(value)) collectAssetRefs(inner, images, files);
  }
}

/**
 * Asset id → Vietnamese reason for every image the documents reference whose file is refused: not
 * in the dataset, a link out of it, not a regular file, or failing the header inspection.
 */
export async function findUnusableImages(
  documents: Iterable<Record<string, unknown>>,
  dataset: Pick<LoadedDataset, 'assetPath'>,
): Promise<Map<string, string>> {
  const refs = new Set<string>();
  const files = new Set<string>();
  for (const doc of documents) collectAssetRefs(doc, refs, files);
  const inspected = await inspectImages(refs, dataset.assetPath);
  const unusable = new Map<string, string>();
  for (const [ref, result] of inspected) if (!result.ok) unusable.set(ref, result.reason);
  // Other files (audio uploads) are not decoded here, but must pass the same real-path rule.
  for (const ref of files) {
    try {
      dataset.assetPath(ref);
    } catch (error) {
      unusable.set(ref, error instanceof Error ? error.message : String(error));
    }
  }
  return unusable;
}

// ---------------------------------------------------------------------------------------------------

const fieldPath = (parent: string, key: string) => (parent ? `${parent}.${key}` : key);

const CROP_SIDES = ['top', 'bottom', 'left', 'right'] as const;

/**
 * Sanity's crop cuts fractions off each side. Each fraction is clamped into 0..1 (a non-number
 * counts as 0); a crop that still leaves nothing (left + right ≥ 1 or top + bottom ≥ 1) is removed.
 */
function repairCrop(image: Record<string, unknown>, path: string, note: RepairNote): Record<string, unknown> {
  const crop = image.crop;
  if (crop === undefined || crop === null) return image;
  const where = fieldPath(path, 'crop');
  if (!isRecord(crop)) {
    const { crop: _dropped, ...rest } = image;
    note(where, 'đã bỏ vùng cắt ảnh không hợp lệ');
    return rest;
  }
  const sides = Object.fromEntries(
    CROP_SIDES.map((side) => {
      const value = crop[side];
      return [side, typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0];
    }),
  ) as Record<(typeof CROP_SIDES)[number], number>;
  if (sides.left + sides.right >= 1 || sides.top + sides.bottom >= 1) {
    const { crop: _dropped, ...rest } = image;
    note(where, 'đã bỏ vùng cắt ảnh vì nó không để lại phần nào của ảnh');
    return rest;
  }
  const changed = CROP_SIDES.some((side) => crop[side] !== undefined && crop[side] !== sides[side]);
  if (!changed) return image;
  note(where, 'đã đưa vùng cắt ảnh về trong khung ảnh (mỗi cạnh từ 0 đến 1)');
  const clamped = { ...crop };
  for (const side of CROP_SIDES) if (crop[side] !== undefined) clamped[side] = sides[side];
  return { ...image, crop: clamped };
}

function captionOf(value: Record<string, unknown>): string | undefined {
  return typeof value.caption === 'string' && value.caption.trim() !== '' ? value.caption.trim() : undefined;
}

function captionParagraph(key: unknown, caption: string): Record<string, unknown> {
  const blockKey = typeof key === 'string' && key !== '' ? key : 'anh-da-bo';
  return {
    _type: 'block',
    _key: blockKey,
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: `${blockKey}-chu-thich`, text: caption, marks: [] }],
  };
}

const DROP = Symbol('drop');

export function imageRepairPass(unusable: ReadonlyMap<string, string>): RepairPass {
  const reasonFor = (value: unknown): string | undefined => {
    if (!isRecord(value)) return undefined;
    const id = imageAssetId(value) ?? fileAssetId(value);
    // The loader keeps an export asset string it cannot read (a `../` path…) so it can be reported here.
    if (id === undefined) return typeof value._sanityAsset === 'string' ? UNREADABLE_ASSET : undefined;
    return unusable.get(id) ?? (typeof value._sanityAsset === 'string' ? unusable.get(value._sanityAsset) : undefined);
  };
  /** "ảnh" for an image object, "tệp" for any other file (an audio upload). */
  const noun = (value: unknown) => (fileAssetId(value) !== undefined || (isRecord(value) && String(value._sanityAsset).startsWith('file@')) ? 'tệp' : 'ảnh');

  const walkArray = (items: unknown[], path: string, key: string, note: RepairNote): unknown[] => {
    const list = IMAGE_LISTS.has(key);
    const out: unknown[] = [];
    items.forEach((item, index) => {
      const where = `${path}[${index}]`;
      const reason = reasonFor(item);
      if (reason !== undefined && isRecord(item)) {
        const caption = list ? undefined : captionOf(item);
        if (caption !== undefined) {
          out.push(captionParagraph(item._key, caption));
          note(where, `đã thay ảnh bằng chú thích của nó vì tệp ảnh không dùng được: ${reason}`);
        } else {
          note(where, `đã bỏ ảnh vì tệp ảnh không dùng được: ${reason}`);
        }
        return;
      }
      const repaired = walk(item, where, String(index), note);
      if (repaired === DROP) return;
      if (!list && isRecord(item) && item._type === 'gallery' && isRecord(repaired)) {
        out.push(...shrunkGallery(item, repaired, where, note));
        return;
      }
      out.push(repaired);
    });
    return out;
  };

  /** A Portable Text gallery that lost pictures and has fewer than two left is replaced. */
  const shrunkGallery = (before: Record<string, unknown>, after: Record<string, unknown>, path: string, note: RepairNote): unknown[] => {
    const had = Array.isArray(before.images) ? before.images.length : 0;
    const left = Array.isArray(after.images) ? after.images : [];
    if (left.length >= 2 || left.length === had) return [after];
    const caption = captionOf(after);
    if (left.length === 1 && isRecord(left[0])) {
      const only = left[0];
      note(path, 'bộ ảnh chỉ còn một ảnh dùng được nên đã thành một ảnh đơn');
      return [{ ...only, _type: 'accessibleImage', _key: after._key ?? only._key, ...(captionOf(only) === undefined && caption !== undefined ? { caption } : {}) }];
    }
    if (caption !== undefined) {
      note(path, 'bộ ảnh không còn ảnh nào dùng được nên đã thay bằng chú thích chung của nó');
      return [captionParagraph(after._key, caption)];
    }
    note(path, 'đã bỏ bộ ảnh vì không còn ảnh nào dùng được');
    return [];
  };

  const walkRecord = (value: Record<string, unknown>, path: string, note: RepairNote): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      const where = fieldPath(path, key);
      const reason = Array.isArray(inner) ? undefined : reasonFor(inner);
      if (reason !== undefined) {
        note(where, noun(inner) === 'tệp' ? `đã bỏ tệp đính kèm vì không dùng được: ${reason}` : `đã bỏ ảnh vì tệp ảnh không dùng được: ${reason}`);
        continue;
      }
      const repaired = walk(inner, where, key, note);
      if (repaired !== DROP) out[key] = repaired;
    }
    return imageAssetId(out) === undefined ? out : repairCrop(out, path, note);
  };

  const walk = (value: unknown, path: string, key: string, note: RepairNote): unknown => {
    if (Array.isArray(value)) return walkArray(value, path, key, note);
    if (isRecord(value)) return walkRecord(value, path, note);
    return value;
  };

  return (doc, note) => {
    let changed = false;
    const counting: RepairNote = (path, message) => {
      changed = true;
      note(path, message);
    };
    const repaired = walkRecord(doc, '', counting);
    // Unchanged documents keep their identity, so callers can tell cheaply that nothing happened.
    return changed ? repaired : doc;
  };
}
