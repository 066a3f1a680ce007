// Build-time publishing of every booklet (src/integrations/booklets.ts): EPUB + PDF per published
// publication, with ONE Chromium for all PDFs, and a cache so an unchanged booklet is never rebuilt.
//
// Cache: <cacheDir>/<slug>-<key>.{epub,pdf,json}. The key hashes everything that goes in: the loaded
// model (publication + resolved chapter documents: text, crops, credits, publisher, dates), the
// bytes of every image file it points at (or the CDN URL, content-addressed by Sanity), the page
// size, the site URL (links out of the book), and the engine itself (the source of lib/booklet/ and
// the versions of the packages that render: pagedjs, sharp, yazl, playwright-core, fonts). The JSON
// sidecar lists the files and the warnings of the run that made them, re-printed on reuse. Files
// are written to a temporary name and renamed, so concurrent builds never see half a file.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isRecord } from '@guong-sang/schemas/util/is-record.ts';
import type { PreparedContent } from '../content/integrity/prepare.ts';
import { packageEpub } from './epub.ts';
import type { BookletWarning } from './errors.ts';
import type { BookletModel } from './model.ts';
import { launchPdfRenderer, renderPdf, type PdfRenderer } from './pdf.ts';
import { prepareBooklet } from './render.ts';
import { bookletFileHref, type BookletDownload, type BookletDownloads, type DownloadFormat, type SiteBooklet } from './site-data.ts';

/** Bump to invalidate every cached booklet (e.g. a change outside lib/booklet/ that alters output). */
const CACHE_VERSION = 1;
const FORMATS: readonly DownloadFormat[] = ['epub', 'pdf'];
const ENGINE_PACKAGES = ['pagedjs', 'sharp', 'yazl', 'playwright-core', '@fontsource/noto-sans', '@fontsource/noto-serif'];
/** Cache entries of a slug that were not used for this long are removed when it is rebuilt. */
const STALE_MS = 24 * 60 * 60 * 1000;

export interface PublishLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface PublishOptions {
  booklets: readonly SiteBooklet[];
  prepared: Pick<PreparedContent, 'locateAsset'>;
  cacheDir: string;
  /** The site directory (config.root): engine source in src/lib/booklet/, versions in package.json. */
  siteDir: string;
  siteUrl: string;
  log: PublishLog;
  /** Tests: replaces the shared Chromium. */
  launchRenderer?: () => Promise<PdfRenderer>;
}

export interface PublishResult extends BookletDownloads {
  generated: string[];
  reused: string[];
  /** Publications with no usable chapter: not published. */
  empty: string[];
}

interface CacheMeta {
  key: string;
  files: Array<{ format: DownloadFormat; bytes: number }>;
  warnings: BookletWarning[];
}

const sha = () => createHash('sha256');

/** Hash of the engine: its source files and the versions of the packages it renders with. */
export async function engineHash(siteDir: string): Promise<string> {
  const hash = sha().update(`cache:${CACHE_VERSION}\n`);
  const engineDir = join(siteDir, 'src/lib/booklet');
  for (const name of (await readdir(engineDir)).sort()) {
    if (!name.endsWith('.ts') || name === 'publish.ts' || name === 'site-data.ts') continue;
    hash.update(`${name}\n`).update(await readFile(join(engineDir, name))).update('\n');
  }
  try {
    const pkg = JSON.parse(await readFile(join(siteDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const name of ENGINE_PACKAGES) hash.update(`${name}@${pkg.dependencies?.[name] ?? '?'}\n`);
  } catch {
    hash.update('no package.json\n');
  }
  return hash.digest('hex');
}

function assetRefs(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) assetRefs(item, out);
  else if (isRecord(value)) {
    const asset = value.asset as { _ref?: unknown } | undefined;
    if (asset && typeof asset._ref === 'string') out.add(asset._ref);
    for (const inner of Object.values(value)) assetRefs(inner, out);
  }
  return out;
}

/** The cache key of one booklet. */
export async function bookletKey(
  model: BookletModel,
  context: { engine: string; siteUrl: string; locate: PreparedContent['locateAsset']; readBytes?: (path: string) => Promise<Buffer> },
): Promise<string> {
  const read = context.readBytes ?? ((path: string) => readFile(path));
  const hash = sha()
    .update(`engine:${context.engine}\nsite:${context.siteUrl}\npage:${model.pageSize}\n`)
    .update(JSON.stringify(model, (_key, value: unknown) => (value instanceof Map ? [...value] : value)));
  for (const ref of [...assetRefs(model)].sort()) {
    hash.update(`\nasset:${ref}:`);
    try {
      const location = context.locate(ref);
      if (location.kind === 'url') hash.update(`url:${location.url}`);
      else hash.update(sha().update(await read(location.path)).digest('hex'));
    } catch {
      hash.update('unreadable');
    }
  }
  return hash.digest('hex').slice(0, 24);
}

async function writeAtomic(path: string, bytes: Buffer | string): Promise<void> {
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temp, bytes);
  await rename(temp, path);
}

async function readMeta(path: string): Promise<CacheMeta | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as CacheMeta;
  } catch {
    return null;
  }
}

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch {
    return null;
  }
}

/** Removes the slug's other cache entries that no build used for a day. */
async function pruneStale(cacheDir: string, slug: string, keep: string): Promise<void> {
  const prefix = `${slug}-`;
  const now = Date.now();
  for (const name of await readdir(cacheDir).catch(() => [] as string[])) {
    if (!name.startsWith(prefix) || name.startsWith(`${slug}-${keep}.`)) continue;
    // `<slug>-<24 hex>.<ext>` only: another slug may start with this one.
    if (!/^[0-9a-f]{24}\.(epub|pdf|json)(\..*\.tmp)?$/.test(name.slice(prefix.length))) continue;
    const path = join(cacheDir, name);
    const s = await stat(path).catch(() => null);
    if (s && now - s.mtimeMs > STALE_MS) await rm(path, { force: true });
  }
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);

/**
 * Publishes every booklet (sequentially; PDFs through one shared Chromium, launched only if some
 * booklet has to be rendered). Never throws for one booklet's failure: it lands in `failures`.
 */
export async function publishBooklets(options: PublishOptions): Promise<PublishResult> {
  const { cacheDir, log } = options;
  await mkdir(cacheDir, { recursive: true });
  const engine = await engineHash(options.siteDir);
  const result: PublishResult = { files: new Map(), failures: [], generated: [], reused: [], empty: [] };
  let renderer: Promise<PdfRenderer> | undefined;
  const shared = () => (renderer ??= (options.launchRenderer ?? launchPdfRenderer)());

  try {
    for (const booklet of options.booklets) {
      const { model } = booklet;
      if (!model) continue;
      if (model.chapters.length === 0) {
        result.empty.push(booklet.slug);
        continue;
      }
      const name = `«${model.title}» (${model.id})`;
      const key = await bookletKey(model, { engine, siteUrl: options.siteUrl, locate: options.prepared.locateAsset });
      const base = join(cacheDir, `${model.slug}-${key}`);
      const fileOf = (format: DownloadFormat) => `${base}.${format}`;
      const download = (format: DownloadFormat, bytes: number): BookletDownload => ({
        format,
        href: bookletFileHref(model.slug, format),
        file: fileOf(format),
        bytes,
      });

      // Reuse: the sidecar and every file it lists, with the sizes it recorded.
      const meta = await readMeta(`${base}.json`);
      if (meta?.key === key && meta.files.length === FORMATS.length) {
        const sizes = await Promise.all(meta.files.map((f) => sizeOf(fileOf(f.format))));
        if (sizes.every((size, i) => size === meta.files[i]!.bytes)) {
          const now = new Date();
          await Promise.all([`${base}.json`, ...meta.files.map((f) => fileOf(f.format))].map((p) => utimes(p, now, now).catch(() => {})));
          for (const warning of meta.warnings) log.warn(warning.message);
          result.files.set(model.slug, meta.files.map((f) => download(f.format, f.bytes)));
          result.reused.push(model.slug);
          continue;
        }
      }

      // Build.
      const warnings: BookletWarning[] = [];
      const files: BookletDownload[] = [];
      let failed = false;
      try {
        const book = await prepareBooklet(model, {
          locate: options.prepared.locateAsset,
          siteUrl: options.siteUrl,
          warn: (warning) => {
            warnings.push(warning);
            log.warn(warning.message);
          },
        });
        for (const format of FORMATS) {
          try {
            const bytes = format === 'epub' ? await packageEpub(book) : await renderPdf(book, model.pageSize, await shared());
            await writeAtomic(fileOf(format), bytes);
            files.push(download(format, bytes.length));
          } catch (error) {
            failed = true;
            result.failures.push(`Không tạo được bản ${format.toUpperCase()} của ấn phẩm ${name}: ${describe(error)}`);
          }
        }
      } catch (error) {
        failed = true;
        result.failures.push(`Không dựng được ấn phẩm ${name}: ${describe(error)}`);
      }
      if (files.length > 0) result.files.set(model.slug, files);
      if (!failed) {
        const record: CacheMeta = { key, files: files.map((f) => ({ format: f.format, bytes: f.bytes })), warnings };
        await writeAtomic(`${base}.json`, JSON.stringify(record, null, 2));
        await pruneStale(cacheDir, model.slug, key);
        result.generated.push(model.slug);
      }
    }
  } finally {
    if (renderer) await renderer.then((r) => r.close()).catch(() => {});
  }
  return result;
}
