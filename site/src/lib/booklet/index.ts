// The publishing engine's surface: one publication → EPUB 3 and/or print-ready PDF.
//
//   buildBooklet({ source, locate, slug, formats, outDir })   any ContentSource (tests, bench, build)
//   buildBookletFromContent({ slug, … })                      through the content seam (CLI)
//
// Chapters are resolved through the PUBLIC source; see model.ts for the bad-input rules.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AssetLocation } from '../content/backend.ts';
import { prepareContent } from '../content/index.ts';
import type { PreparedContent } from '../content/integrity/prepare.ts';
import type { ContentSource } from '../content/source.ts';
import { packageEpub } from './epub.ts';
import { BookletError, type BookletWarning } from './errors.ts';
import { loadBooklet, type BookletChapter, type BookletModel, type PageSize } from './model.ts';
import { renderPdf, type PdfRenderer } from './pdf.ts';
import { prepareBooklet } from './render.ts';

export { BookletError, type BookletWarning } from './errors.ts';
export { listBooklets, loadBooklet, publicationUuid, type BookletChapter, type BookletModel, type PageSize } from './model.ts';
export { launchPdfRenderer, type PdfRenderer } from './pdf.ts';
export { blockTexts } from './portable-text.ts';

export type BookletFormat = 'epub' | 'pdf';

export interface BuildBookletOptions {
  source: ContentSource;
  locate: (reference: string) => AssetLocation;
  slug: string;
  formats: readonly BookletFormat[];
  outDir: string;
  /** Overrides the publication's own `pageSize`. */
  pageSize?: PageSize;
  /** Fail instead of leaving chapters out / skipping an empty publication. */
  strict?: boolean;
  siteUrl?: string;
  onChapter?: (chapter: BookletChapter, total: number) => void;
  warn?: (warning: BookletWarning) => void;
  /** Reuse one Chromium across booklets. */
  pdfRenderer?: PdfRenderer;
}

export interface BookletFile {
  format: BookletFormat;
  path: string;
  bytes: number;
  ms: number;
}

export interface BuildBookletResult {
  /** False when no chapter was usable: nothing was written. */
  published: boolean;
  model: BookletModel;
  files: BookletFile[];
  warnings: BookletWarning[];
  /** Loading + images (ms). */
  prepareMs: number;
}

export async function buildBooklet(options: BuildBookletOptions): Promise<BuildBookletResult> {
  const warnings: BookletWarning[] = [];
  const warn = (warning: BookletWarning) => {
    warnings.push(warning);
    options.warn?.(warning);
  };
  const started = performance.now();
  const model = await loadBooklet(options.source, options.slug, { strict: options.strict, warn });
  if (model.chapters.length === 0) {
    const message = `Ấn phẩm ${model.id} không có chương nào dùng được nên không được phát hành.`;
    if (options.strict) throw new BookletError(`Chế độ nghiêm ngặt: ${message.charAt(0).toLowerCase()}${message.slice(1)}`);
    warn({ code: 'no-chapters', publicationId: model.id, message });
    return { published: false, model, files: [], warnings, prepareMs: performance.now() - started };
  }
  const book = await prepareBooklet(model, { locate: options.locate, warn, onChapter: options.onChapter, siteUrl: options.siteUrl });
  const prepareMs = performance.now() - started;

  const outDir = resolve(options.outDir);
  await mkdir(outDir, { recursive: true });
  const files: BookletFile[] = [];
  for (const format of ['epub', 'pdf'] as const) {
    if (!options.formats.includes(format)) continue;
    const t0 = performance.now();
    const bytes = format === 'epub' ? await packageEpub(book) : await renderPdf(book, options.pageSize ?? model.pageSize, options.pdfRenderer);
    const path = join(outDir, `${model.slug}.${format}`);
    await writeFile(path, bytes);
    files.push({ format, path, bytes: bytes.length, ms: performance.now() - t0 });
  }
  return { published: true, model, files, warnings, prepareMs };
}

export interface BuildFromContentOptions extends Omit<BuildBookletOptions, 'source' | 'locate' | 'strict'> {
  /** Defaults to `prepareContent()` (environment: CONTENT_DATASET, SANITY_*, STRICT). */
  prepared?: PreparedContent;
  /** Defaults to the content seam's strict flag (STRICT=1 / --strict). */
  strict?: boolean;
}

/** `buildBooklet` over the content seam's public source. */
export async function buildBookletFromContent(options: BuildFromContentOptions): Promise<BuildBookletResult> {
  const prepared = options.prepared ?? (await prepareContent());
  return buildBooklet({ ...options, source: prepared.source, locate: prepared.locateAsset, strict: options.strict ?? prepared.strict });
}
