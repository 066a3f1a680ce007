/**
 * Loads a dataset in Sanity's export layout — a folder or a `.tar.gz` holding `data.ndjson`,
 * `assets.json`, `images/` and `files/` — and presents it the way Sanity holds it after
 * `sanity dataset import`: image and file fields carry `asset: { _ref }` references to
 * `sanity.imageAsset` / `sanity.fileAsset` documents instead of the export's `_sanityAsset` strings.
 * That keeps every GROQ query (`cover.asset->metadata.dimensions`, …) meaning the same thing against
 * the local source and against Sanity.
 *
 * Drafts are kept: this is the *raw* dataset. Perspectives are applied by the sources.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { x as extractTar } from 'tar';
import { isRecord } from '@guong-sang/schemas/util/is-record.ts';
import { ndjsonLines } from '@guong-sang/schemas/util/ndjson.ts';
import { DatasetError } from './errors.ts';

export interface DatasetDocument {
  _id: string;
  _type: string;
  [field: string]: unknown;
}

export interface LoadedDataset {
  /** Absolute path of the folder holding `data.ndjson` (the extraction folder for tarballs). */
  root: string;
  /** Every document, drafts and versions included, plus one asset document per referenced file. */
  documents: DatasetDocument[];
  /**
   * Absolute path of an asset's file. Accepts the export's `_sanityAsset` string
   * (`image@file://./images/<sha1>-<w>x<h>.jpg`) or an asset id / `_ref` (`image-<sha1>-<w>x<h>-jpg`).
   * Throws `DatasetError` for anything whose real path (symlinks followed) is outside the dataset's
   * `images/` and `files/` folders, and for anything that is not a regular file.
   */
  assetPath(reference: string): string;
}

export interface LoadDatasetOptions {
  /** Where tarballs are extracted; one sub-folder per tarball content hash. */
  cacheDir?: string;
}

const DEFAULT_CACHE_DIR = join(tmpdir(), 'guong-sang-datasets');

export async function loadDataset(location: string, options: LoadDatasetOptions = {}): Promise<LoadedDataset> {
  const absolute = resolve(location);
  if (!existsSync(absolute)) throw new DatasetError(`Không tìm thấy dataset ở ${absolute}.`);
  const root = statSync(absolute).isDirectory()
    ? absolute
    : await extractTarball(absolute, options.cacheDir ?? DEFAULT_CACHE_DIR);

  const dataFile = join(root, 'data.ndjson');
  if (!existsSync(dataFile)) throw new DatasetError(`Dataset ở ${root} thiếu tệp data.ndjson.`);
  assertInsideDataset(root, dataFile);

  const exported = readDataFile(dataFile);
  const assetMeta = readAssetsJson(root);
  const assets = new Map<string, DatasetDocument>();
  const locate = (reference: string) => resolveAssetPath(root, reference);
  const documents = exported.map((doc) => materialiseAssets(doc, locate, assetMeta, assets) as DatasetDocument);
  // An export that already carries asset documents wins over our synthesised ones.
  const ids = new Set(documents.map((doc) => doc._id));
  const synthesised = [...assets.values()].filter((asset) => !ids.has(asset._id));
  return {
    root,
    documents: [...documents, ...synthesised],
    assetPath: locate,
  };
}

// ---------------------------------------------------------------------------------------------------
// Tarballs

async function extractTarball(file: string, cacheDir: string): Promise<string> {
  if (!/\.(tar\.gz|tgz)$/i.test(file)) {
    throw new DatasetError(`${file} không phải thư mục hay tệp .tar.gz xuất từ Sanity.`);
  }
  // Keyed by content, not name or mtime: a re-exported tarball with the same name must not reuse
  // a stale extraction, and an unchanged one is extracted only once.
  const hash = await sha256(file);
  const target = join(cacheDir, hash);
  if (!existsSync(target)) {
    // Extract beside the target and rename, so a crash or a parallel build never sees half a dataset.
    const staging = `${target}.tmp-${process.pid}-${Date.now()}`;
    await mkdir(staging, { recursive: true });
    try {
      await extractTar({
        file,
        cwd: staging,
        strict: true,
        // Only plain files and folders: an export has nothing else, and links could point outside.
        filter: (_path, entry) => 'type' in entry && (entry.type === 'File' || entry.type === 'Directory'),
      });
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      throw new DatasetError(`Không giải nén được ${file}: ${describe(error)}.`);
    }
    try {
      await rename(staging, target);
    } catch {
      // Another process finished first; its copy is identical (same hash).
      await rm(staging, { recursive: true, force: true });
    }
  }
  return findExportRoot(target, file);
}

/** Sanity's tarballs wrap everything in one top-level folder; accept a flat tarball too. */
async function findExportRoot(dir: string, file: string): Promise<string> {
  if (existsSync(join(dir, 'data.ndjson'))) return dir;
  const entries = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory());
  const only = entries.length === 1 ? entries[0] : undefined;
  if (only !== undefined && existsSync(join(dir, only.name, 'data.ndjson'))) return join(dir, only.name);
  throw new DatasetError(`Tệp ${file} không chứa data.ndjson (ở gốc hoặc trong một thư mục cấp đầu).`);
}

function sha256(file: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolvePromise(hash.digest('hex')));
  });
}

// ---------------------------------------------------------------------------------------------------
// data.ndjson

function readDataFile(file: string): DatasetDocument[] {
  const documents: DatasetDocument[] = [];
  const seen = new Map<string, number>();
  for (const { lineNumber, text } of ndjsonLines(readFileSync(file, 'utf8'))) {
    const where = `dòng ${lineNumber} của ${file}`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new DatasetError(`Lỗi ở ${where}: không phải JSON hợp lệ (${describe(error)}).`);
    }
    if (!isRecord(value) || typeof value._id !== 'string' || typeof value._type !== 'string') {
      throw new DatasetError(`Lỗi ở ${where}: mỗi dòng phải là một tài liệu có _id và _type dạng chuỗi.`);
    }
    const earlier = seen.get(value._id);
    if (earlier !== undefined) {
      // Sanity's importer rejects duplicates too; failing here names both lines.
      throw new DatasetError(`Lỗi ở ${where}: _id ${JSON.stringify(value._id)} đã xuất hiện ở dòng ${earlier}.`);
    }
    seen.set(value._id, lineNumber);
    // Kept as exported: text is repaired (NFC and more) by the integrity layer's passes, which report
    // each repair, for a local export and a Sanity project alike.
    documents.push(value as DatasetDocument);
  }
  return documents;
}

// ---------------------------------------------------------------------------------------------------
// Assets

type AssetMeta = Map<string, Record<string, unknown>>;

/** `assets.json` keeps metadata (original file name, …) keyed by asset id or by file. */
function readAssetsJson(root: string): AssetMeta {
  const file = join(root, 'assets.json');
  const meta: AssetMeta = new Map();
  if (!existsSync(file)) return meta;
  assertInsideDataset(root, file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DatasetError(`Tệp ${file} không phải JSON hợp lệ (${describe(error)}).`);
  }
  if (isRecord(parsed)) {
    for (const [key, value] of Object.entries(parsed)) if (isRecord(value)) meta.set(key, value);
  }
  return meta;
}

interface AssetFile {
  kind: 'image' | 'file';
  /** `images/<name>` or `files/<name>`. */
  relativePath: string;
  id: string;
  sha1: string;
  extension: string;
  width?: number;
  height?: number;
}

const SANITY_ASSET = /^(image|file)@file:\/\/\.\/(images|files)\/([A-Za-z0-9._-]+)$/;
const IMAGE_NAME = /^([a-f0-9]+)-(\d+)x(\d+)\.([a-z0-9]+)$/i;
const FILE_NAME = /^([a-f0-9]+)\.([a-z0-9]+)$/i;
const IMAGE_ID = /^image-([a-f0-9]+)-(\d+)x(\d+)-([a-z0-9]+)$/i;
const FILE_ID = /^file-([a-f0-9]+)-([a-z0-9]+)$/i;

function parseSanityAsset(reference: string): AssetFile | undefined {
  const match = SANITY_ASSET.exec(reference);
  if (!match) return undefined;
  const [, kind, folder, name] = match as unknown as [string, 'image' | 'file', string, string];
  if (kind === 'image' && folder === 'images') {
    const parts = IMAGE_NAME.exec(name);
    if (!parts) return undefined;
    const [, sha1, w, h, ext] = parts as unknown as [string, string, string, string, string];
    return imageFile(sha1, Number(w), Number(h), ext);
  }
  if (kind === 'file' && folder === 'files') {
    const parts = FILE_NAME.exec(name);
    if (!parts) return undefined;
    const [, sha1, ext] = parts as unknown as [string, string, string];
    return fileFile(sha1, ext);
  }
  return undefined;
}

function parseAssetId(id: string): AssetFile | undefined {
  const image = IMAGE_ID.exec(id);
  if (image) {
    const [, sha1, w, h, ext] = image as unknown as [string, string, string, string, string];
    return imageFile(sha1, Number(w), Number(h), ext);
  }
  const file = FILE_ID.exec(id);
  if (file) {
    const [, sha1, ext] = file as unknown as [string, string, string];
    return fileFile(sha1, ext);
  }
  return undefined;
}

function imageFile(sha1: string, width: number, height: number, extension: string): AssetFile {
  return {
    kind: 'image',
    relativePath: `images/${sha1}-${width}x${height}.${extension}`,
    id: `image-${sha1}-${width}x${height}-${extension}`,
    sha1,
    extension,
    width,
    height,
  };
}

function fileFile(sha1: string, extension: string): AssetFile {
  return { kind: 'file', relativePath: `files/${sha1}.${extension}`, id: `file-${sha1}-${extension}`, sha1, extension };
}

/** data.ndjson and assets.json follow the asset rule: a regular file whose real path is in the dataset. */
function assertInsideDataset(root: string, file: string): void {
  const name = basename(file);
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    throw new DatasetError(`Không đọc được tệp ${name} của dataset ở ${root}.`);
  }
  if (!real.startsWith(realpathSync(root) + sep) || !statSync(real).isFile()) {
    throw new DatasetError(`Tệp ${name} của dataset ở ${root} là liên kết trỏ ra ngoài dataset hoặc không phải tệp thông thường nên không được đọc.`);
  }
}

/**
 * The real path of an asset's file, or a `DatasetError`. Tarball extraction drops every link; a
 * folder dataset may hold links (or be one), so the file's real path is what is checked: it must be
 * a regular file inside the dataset's own real `images/` or `files/` folder. Otherwise a link in a
 * folder export would publish whatever it points at (an audio "file" linking to a secret).
 */
export function resolveAssetPath(root: string, reference: string): string {
  const asset = parseSanityAsset(reference) ?? parseAssetId(reference);
  if (!asset) throw new DatasetError(`Tham chiếu tệp ${JSON.stringify(reference)} không đúng dạng của Sanity.`);
  const path = resolve(root, asset.relativePath);
  // The patterns above already forbid `..` and separators; this is the belt to those braces.
  if (relative(root, path).startsWith('..') || !path.startsWith(root + sep)) {
    throw new DatasetError(`Tham chiếu tệp ${JSON.stringify(reference)} trỏ ra ngoài dataset.`);
  }
  if (!existsSync(path)) throw new DatasetError(`Dataset thiếu tệp ${asset.relativePath} (từ ${reference}).`);
  let real: string;
  let folder: string;
  try {
    real = realpathSync(path);
    folder = realpathSync(join(root, asset.kind === 'image' ? 'images' : 'files'));
  } catch {
    throw new DatasetError(`Không đọc được tệp ${asset.relativePath} của dataset (từ ${reference}).`);
  }
  if (!real.startsWith(folder + sep)) {
    throw new DatasetError(`Tệp ${asset.relativePath} (từ ${reference}) là liên kết trỏ ra ngoài thư mục ${asset.kind === 'image' ? 'images' : 'files'}/ của dataset nên không được dùng.`);
  }
  if (!statSync(real).isFile()) {
    throw new DatasetError(`${asset.relativePath} (từ ${reference}) không phải tệp thông thường nên không được dùng.`);
  }
  return real;
}

/** Media types of the asset files a Sanity export holds, by extension (as Sanity records them). */
export const ASSET_MIME_TYPES: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  wav: 'audio/wav',
  pdf: 'application/pdf',
  mp4: 'video/mp4',
};

const COPIED_META = ['originalFilename', 'title', 'description', 'altText', 'creditLine'] as const;

/** The asset document Sanity creates on import, minus what only its CDN knows (url, lqip, palette). */
function assetDocument(asset: AssetFile, locate: (reference: string) => string, meta: AssetMeta): DatasetDocument | undefined {
  // A missing file (or one refused: a link out of the dataset, not a regular file) means no asset
  // document; the reference then dangles and the content check reports the document, exactly as a
  // failed upload would.
  let path: string;
  try {
    path = locate(asset.id);
  } catch {
    return undefined;
  }
  // Exporters key this file differently (full asset id, `image-<sha1>`, or the file path); accept each.
  const extra =
    meta.get(asset.id) ??
    meta.get(`${asset.kind}-${asset.sha1}`) ??
    meta.get(asset.relativePath) ??
    meta.get(basename(asset.relativePath)) ??
    {};
  const copied = Object.fromEntries(
    COPIED_META.filter((key) => typeof extra[key] === 'string').map((key) => [key, (extra[key] as string).normalize('NFC')]),
  );
  const mimeType = ASSET_MIME_TYPES[asset.extension.toLowerCase()] ?? 'application/octet-stream';
  const common = {
    _id: asset.id,
    assetId: asset.sha1,
    sha1hash: asset.sha1,
    extension: asset.extension,
    mimeType,
    size: statSync(path).size,
    path: asset.relativePath,
    ...copied,
  };
  if (asset.kind === 'file') return { ...common, _type: 'sanity.fileAsset' };
  const width = asset.width ?? 0;
  const height = asset.height ?? 0;
  return {
    ...common,
    _type: 'sanity.imageAsset',
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: height === 0 ? 0 : width / height },
    },
  };
}

/** Replaces every `_sanityAsset` string with the `asset` reference Sanity's importer would write. */
function materialiseAssets(
  value: unknown,
  locate: (reference: string) => string,
  meta: AssetMeta,
  assets: Map<string, DatasetDocument>,
): unknown {
  if (Array.isArray(value)) return value.map((item) => materialiseAssets(item, locate, meta, assets));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === '_sanityAsset' && typeof inner === 'string') {
      const asset = parseSanityAsset(inner);
      if (!asset) {
        // Unknown form: keep it so validation can point at the field instead of silently losing it.
        out[key] = inner;
        continue;
      }
      if (!assets.has(asset.id)) {
        const doc = assetDocument(asset, locate, meta);
        if (doc) assets.set(asset.id, doc);
      }
      out.asset = { _type: 'reference', _ref: asset.id };
      continue;
    }
    out[key] = materialiseAssets(inner, locate, meta, assets);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
