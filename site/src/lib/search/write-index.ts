// The Pagefind search index of a built site, written with Pagefind's Node API as two bundles
// (lib/search/bundles.ts): `<siteDir>/pagefind/` with every page that is not a story and the newest
// stories, `<siteDir>/pagefind-luu-tru/` with the older stories. A story is a page carrying
// `article:published_time` (its date decides its bundle). Only `[data-pagefind-body]` regions are
// indexed (Pagefind's rule once any page carries the attribute); the site is Vietnamese, so the
// language is forced to `vi`. Every error Pagefind reports becomes one Vietnamese `SearchIndexError`:
// a site whose search silently broke is worse than no deploy. Honours, which have no page of their
// own, are added as custom records (lib/search/honour-records.ts).
//
// Memory stays flat as the site grows: pages are listed without their HTML (site-pages.ts) and read
// again one batch at a time for Pagefind, and only one Pagefind index is alive at once (each one
// is deleted from Pagefind's service once written); the archive is written in parts of bounded size
// (bundles.ts), because Pagefind holds a whole bundle in memory while writing it. Given the previous index (`previous`: a site
// folder holding its bundles), the line between the bundles is kept while it fits (chooseSplit) and
// each part of the archive (bundles.ts) is hard-linked instead of indexed when nothing in it changed
// (archive-reuse.ts).
//
// Used by the build (integrations/pagefind.ts, no previous index) and, when the site server defers
// the index until after a release is live, by `site/scripts/search-index.mjs`.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { archiveFingerprint, bundleVersion, partName, readSplit, reuseArchivePart } from './archive-reuse.ts';
import { ARCHIVE_BUNDLE, archivePartSize, archiveParts, BUNDLE_DIRS, chooseSplit, recentStoryCount, SPLIT_FILE, type ArchivePart, type SearchSplit } from './bundles.ts';
import { HONOUR_OPEN_DATA_FILE, honourSearchRecords } from './honour-records.ts';
import { listSitePages, readSitePage, type SitePage } from './site-pages.ts';

export class SearchIndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchIndexError';
    this.stack = '';
  }
}

/**
 * Pagefind's index chunk size (its `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, read by the indexing binary
 * Pagefind 1.6.0 spawns). Smaller chunks mean fewer bytes per query word and a slightly larger
 * `pf_meta` (one entry per chunk). Measured on the 10,000-story bench site (scripts/bench/
 * search-transfer.ts): the default (322 chunks) gives 242 kB for the typical query, 10,000 gives
 * 228 kB (510 chunks, same results for every measured query); 2,500 gave 224 kB but changed one
 * query's result count (prefix matches across chunk edges), so it is not used. An explicit
 * environment value wins, for measuring.
 */
export const INDEX_CHUNK_SIZE = 10_000;

/** The options every index is created with (part of the archive's fingerprint). */
const PAGEFIND_CONFIG = { forceLanguage: 'vi' } as const;

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Adds pages to an index, 16 at a time (each is one message to Pagefind's process), reading each file just before. */
async function addPages(index: PagefindIndex, siteDir: string, pages: readonly SitePage[], problems: string[]): Promise<void> {
  for (let i = 0; i < pages.length; i += 16) {
    await Promise.all(
      pages.slice(i, i + 16).map(async (page) => {
        const added = await index.addHTMLFile({ sourcePath: page.path, content: await readSitePage(siteDir, page) });
        problems.push(...added.errors.map((e) => `${page.path}: ${e}`));
      }),
    );
  }
}

async function newIndex(problems: string[]): Promise<PagefindIndex> {
  const created = await pagefind.createIndex({ ...PAGEFIND_CONFIG });
  problems.push(...created.errors);
  if (!created.index) throw new SearchIndexError(`Pagefind không tạo được chỉ mục: ${problems.join('; ') || 'không rõ lý do'}.`);
  return created.index;
}

/** Writes an index's bundle, then frees it in Pagefind's process (so the next index is alone there). */
async function writeAndDelete(index: PagefindIndex, outputPath: string, problems: string[]): Promise<void> {
  problems.push(...(await index.writeFiles({ outputPath })).errors);
  await index.deleteIndex();
}

/** Adds the honours' custom records to `index`; resolves with how many. */
async function addHonours(index: PagefindIndex, siteDir: string, problems: string[]): Promise<number> {
  const honoursFile = join(siteDir, HONOUR_OPEN_DATA_FILE);
  if (!existsSync(honoursFile)) return 0;
  let openData: unknown;
  try {
    openData = JSON.parse(readFileSync(honoursFile, 'utf8'));
  } catch {
    problems.push(`không đọc được ${HONOUR_OPEN_DATA_FILE} (dữ liệu khen thưởng) để lập chỉ mục`);
  }
  let records = 0;
  for (const record of honourSearchRecords(openData)) {
    const result = await index.addCustomRecord({ ...record, filters: record.filters as Record<string, string[]> });
    problems.push(...result.errors.map((e) => `khen thưởng ${record.url}: ${e}`));
    records++;
  }
  return records;
}

export interface SearchIndexOptions {
  /**
   * A site folder holding the previous index (its `pagefind/` with the split file, and
   * `pagefind-luu-tru/`): its line is kept when it fits and its archive reused when unchanged. It
   * must not be `siteDir`, whose bundles are removed first.
   */
  previous?: string;
}

export interface SearchIndexResult {
  /** Pages and honour records in the index (both bundles). */
  indexed: number;
  /** The archive's story pages hard-linked from the previous index and indexed anew, in how many parts; null without an archive. */
  archive: { reused: number; built: number; parts: number } | null;
}

/** The one line the indexer prints, in Vietnamese. */
export function describeSearchIndex(result: SearchIndexResult): string {
  const a = result.archive;
  const counts = a && [a.reused ? `dùng lại ${a.reused} trang` : '', a.built ? `lập mới ${a.built} trang` : ''].filter(Boolean).join(', ');
  const archive = a ? ` (kho lưu trữ: ${counts}; ${a.parts} phần)` : '';
  return `Đã lập chỉ mục tìm kiếm cho ${result.indexed} trang${archive}.`;
}

/**
 * Indexes `siteDir` and writes its two bundles (the archive only when some stories are older than
 * the line) and the split file.
 */
export async function writeSearchIndex(
  siteDir: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
  options: SearchIndexOptions = {},
): Promise<SearchIndexResult> {
  const problems: string[] = [];
  let recent: number;
  let partSize: number;
  try {
    recent = recentStoryCount(env);
    partSize = archivePartSize(env);
  } catch (error) {
    throw new SearchIndexError((error as Error).message);
  }
  const previous = options.previous;
  if (previous !== undefined && resolve(previous) === resolve(siteDir)) {
    throw new SearchIndexError('Thư mục chứa chỉ mục trước phải khác thư mục trang cần lập chỉ mục.');
  }
  const previousSplit = previous === undefined ? null : readSplit(previous);
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  // A bundle from an earlier run (the split may have moved, or no archive is needed any more) must
  // not survive next to the new one. Removed, never rewritten: it may share inodes with a release.
  for (const dir of BUNDLE_DIRS) rmSync(join(siteDir, dir), { recursive: true, force: true });
  try {
    const pages = await listSitePages(siteDir);
    if (pages.length === 0) problems.push('không có trang nào có vùng [data-pagefind-body] để lập chỉ mục');
    const stories = pages.filter((p): p is SitePage & { publishedAt: string } => p.publishedAt !== undefined);
    const split = chooseSplit(stories, recent, previousSplit?.before);

    const main = await newIndex(problems);
    await addPages(main, siteDir, [...pages.filter((p) => p.publishedAt === undefined), ...split.main], problems);
    const records = await addHonours(main, siteDir, problems);
    const mainDir = join(siteDir, BUNDLE_DIRS[0]);
    await writeAndDelete(main, mainDir, problems);

    // The archive, part by part (bundles.ts): a part whose fingerprint names a folder of the previous
    // index is hard-linked from there; the others are indexed, one Pagefind index alive at a time.
    // The binary that just wrote the main bundle is the one that would write the parts.
    const version = bundleVersion(mainDir);
    const parts: ArchivePart[] = [];
    const archive = { reused: 0, built: 0 };
    for (const partPages of archiveParts(split.archive, partSize)) {
      const name = partName(archiveFingerprint(partPages, { pagefindVersion: version ?? 'không rõ', config: PAGEFIND_CONFIG, env: process.env }));
      const reused = previous !== undefined && version !== null && (await reuseArchivePart(previous, name, siteDir));
      if (!reused) {
        const index = await newIndex(problems);
        await addPages(index, siteDir, partPages, problems);
        await writeAndDelete(index, join(siteDir, BUNDLE_DIRS[1], name), problems);
      }
      archive[reused ? 'reused' : 'built'] += partPages.length;
      parts.push({ path: `${ARCHIVE_BUNDLE}${name}/`, stories: partPages.length });
    }
    if (problems.length) throw new SearchIndexError(`Pagefind báo lỗi khi lập chỉ mục tìm kiếm: ${problems.join('; ')}.`);

    const manifest: SearchSplit = {
      archive: parts.length ? ARCHIVE_BUNDLE : null,
      before: split.before,
      recentStories: split.main.length,
      archivedStories: split.archive.length,
      archiveParts: parts,
    };
    writeFileSync(join(mainDir, SPLIT_FILE), `${JSON.stringify(manifest)}\n`);
    return { indexed: pages.length + records, archive: parts.length ? { ...archive, parts: parts.length } : null };
  } finally {
    await pagefind.close();
  }
}

/** `SEARCH_INDEX=defer`: the build leaves the index to `site/scripts/search-index.mjs` (the site server does this). */
export function searchIndexDeferred(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env.SEARCH_INDEX?.trim().toLowerCase() === 'defer';
}
