// The booklets as the site's pages see them: each publication's chapter model (loaded once per
// build, kept in the build state) and the download files the build integration
// (src/integrations/booklets.ts) generated or took from its cache before the pages render.
//
// Light on purpose: pages import this module, so it must not pull in the engine (Chromium, sharp,
// Paged.js). The integration fills `state.downloads`; the pages only read it.
import { loadPreparedContent } from '../build/content.ts';
import { buildState } from '../build/state.ts';
import type { ContentSource } from '../content/source.ts';
import type { BookletWarning } from './errors.ts';
import { listBooklets, loadBooklet, type BookletModel } from './model.ts';

export type DownloadFormat = 'epub' | 'pdf';

export interface BookletDownload {
  format: DownloadFormat;
  /** Site URL of the file: `/an-pham/<slug>/<slug>.epub`. */
  href: string;
  /** Where the finished file is (the cache); copied into dist/ when the build is done. */
  file: string;
  bytes: number;
}

export interface SiteBooklet {
  id: string;
  slug: string;
  title: string;
  /** Null when the publication could not be loaded at all (the error says why). */
  model: BookletModel | null;
  warnings: BookletWarning[];
  error?: string;
}

export interface BookletDownloads {
  /** slug → the files that exist (a failed format has no entry). */
  files: Map<string, BookletDownload[]>;
  /** One Vietnamese sentence per booklet (or format) that could not be built. */
  failures: string[];
}

/** Site URL of a booklet file. */
export const bookletFileHref = (slug: string, format: DownloadFormat): string =>
  `/an-pham/${encodeURIComponent(slug)}/${encodeURIComponent(slug)}.${format}`;

/**
 * Every published publication's model, by slug, once per process. Loaded leniently: a chapter whose
 * story is missing is left out with a warning (the integration turns warnings into a strict failure).
 */
export function loadBookletModels(): Promise<Map<string, SiteBooklet>> {
  return (buildState.booklets ??= loadPreparedContent().then((prepared) => siteBooklets(prepared.source)));
}

/** Every published publication's model from a content source, by slug (not memoised). */
export async function siteBooklets(source: ContentSource): Promise<Map<string, SiteBooklet>> {
  const out = new Map<string, SiteBooklet>();
  for (const { id, slug, title } of await listBooklets(source)) {
    const warnings: BookletWarning[] = [];
    try {
      const model = await loadBooklet(source, slug, { warn: (w) => warnings.push(w) });
      out.set(slug, { id, slug, title, model, warnings });
    } catch (error) {
      out.set(slug, { id, slug, title, model: null, warnings, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return out;
}

/** Called by the build integration when it starts producing the files. */
export function setBookletDownloads(downloads: Promise<BookletDownloads>): void {
  buildState.bookletDownloads = downloads;
}

/** The files ready for one booklet; none when the build produced none (dev server, failure). */
export async function bookletDownloads(slug: string): Promise<BookletDownload[]> {
  if (!buildState.bookletDownloads) return [];
  return (await buildState.bookletDownloads).files.get(slug) ?? [];
}

/** The whole result (build:done copies it into dist/). */
export function allBookletDownloads(): Promise<BookletDownloads> | undefined {
  return buildState.bookletDownloads;
}
