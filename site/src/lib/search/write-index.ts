// The Pagefind search index of a built site, written with Pagefind's Node API as two bundles
// (lib/search/bundles.ts): `<siteDir>/pagefind/` with every page that is not a story and the newest
// stories, `<siteDir>/pagefind-luu-tru/` with the older stories. A story is a page carrying
// `article:published_time` (its date decides its bundle). Only `[data-pagefind-body]` regions are indexed (Pagefind's rule once any page carries the
// attribute); the site is Vietnamese, so the language is forced to `vi`. Every error Pagefind
// reports becomes one Vietnamese `SearchIndexError`: a site whose search silently broke is worse
// than no deploy. Honours, which have no page of their own, are added as custom records
// (lib/search/honour-records.ts). Used by the build (integrations/pagefind.ts) and, when the site server defers the
// index until after a release is live, by `site/scripts/search-index.mjs`.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { ARCHIVE_BUNDLE, BUNDLE_DIRS, recentStoryCount, SPLIT_FILE, splitStories, type SearchSplit } from './bundles.ts';
import { HONOUR_OPEN_DATA_FILE, honourSearchRecords } from './honour-records.ts';

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

interface BuiltPage {
  /** Path under the site, with forward slashes (bai-viet/x/index.html): Pagefind makes the URL from it. */
  path: string;
  content: string;
  /** Its `article:published_time`, for stories. */
  publishedAt?: string;
}

const PUBLISHED = /<meta\s[^>]*property="article:published_time"[^>]*>/;
const CONTENT = /\scontent="([^"]*)"/;

/** The pages Pagefind would index: HTML files with a [data-pagefind-body] region, outside the bundles. */
async function builtPages(siteDir: string): Promise<BuiltPage[]> {
  const files = (await readdir(siteDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !BUNDLE_DIRS.some((dir) => path.startsWith(`${dir}/`)))
    .sort();
  const pages: BuiltPage[] = [];
  for (const path of files) {
    const content = await readFile(join(siteDir, path), 'utf8');
    if (!content.includes('data-pagefind-body')) continue;
    const published = CONTENT.exec(PUBLISHED.exec(content)?.[0] ?? '')?.[1];
    const valid = published && !Number.isNaN(Date.parse(published)) ? published : undefined;
    pages.push({ path, content, ...(valid ? { publishedAt: valid } : {}) });
  }
  return pages;
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Adds pages to an index, a few at a time (each is one message to Pagefind's process). */
async function addPages(index: PagefindIndex, pages: readonly BuiltPage[], problems: string[]): Promise<void> {
  for (let i = 0; i < pages.length; i += 16) {
    await Promise.all(
      pages.slice(i, i + 16).map(async (page) => {
        const added = await index.addHTMLFile({ sourcePath: page.path, content: page.content });
        problems.push(...added.errors.map((e) => `${page.path}: ${e}`));
      }),
    );
  }
}

async function newIndex(problems: string[]): Promise<PagefindIndex> {
  const created = await pagefind.createIndex({ forceLanguage: 'vi' });
  problems.push(...created.errors);
  if (!created.index) throw new SearchIndexError(`Pagefind không tạo được chỉ mục: ${problems.join('; ') || 'không rõ lý do'}.`);
  return created.index;
}

/**
 * Indexes `siteDir` and writes its two bundles (the archive only when some stories are older than
 * the newest `SEARCH_RECENT_STORIES`) and the split file; resolves with the number of pages and
 * records indexed.
 */
export async function writeSearchIndex(siteDir: string, env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  const problems: string[] = [];
  let recent: number;
  try {
    recent = recentStoryCount(env);
  } catch (error) {
    throw new SearchIndexError((error as Error).message);
  }
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  // A bundle from an earlier run (the split may have moved, or no archive is needed any more) must
  // not survive next to the new one.
  for (const dir of BUNDLE_DIRS) rmSync(join(siteDir, dir), { recursive: true, force: true });
  try {
    const pages = await builtPages(siteDir);
    if (pages.length === 0) problems.push('không có trang nào có vùng [data-pagefind-body] để lập chỉ mục');
    const stories = pages.filter((p): p is BuiltPage & { publishedAt: string } => p.publishedAt !== undefined);
    const split = splitStories(stories, recent);

    const main = await newIndex(problems);
    await addPages(main, [...pages.filter((p) => p.publishedAt === undefined), ...split.main], problems);

    let records = 0;
    const honoursFile = join(siteDir, HONOUR_OPEN_DATA_FILE);
    if (existsSync(honoursFile)) {
      let openData: unknown;
      try {
        openData = JSON.parse(readFileSync(honoursFile, 'utf8'));
      } catch {
        problems.push(`không đọc được ${HONOUR_OPEN_DATA_FILE} (dữ liệu khen thưởng) để lập chỉ mục`);
      }
      for (const record of honourSearchRecords(openData)) {
        const result = await main.addCustomRecord({ ...record, filters: record.filters as Record<string, string[]> });
        problems.push(...result.errors.map((e) => `khen thưởng ${record.url}: ${e}`));
        records++;
      }
    }
    problems.push(...(await main.writeFiles({ outputPath: join(siteDir, BUNDLE_DIRS[0]) })).errors);

    if (split.archive.length) {
      const archive = await newIndex(problems);
      await addPages(archive, split.archive, problems);
      problems.push(...(await archive.writeFiles({ outputPath: join(siteDir, BUNDLE_DIRS[1]) })).errors);
    }
    if (problems.length) throw new SearchIndexError(`Pagefind báo lỗi khi lập chỉ mục tìm kiếm: ${problems.join('; ')}.`);

    const manifest: SearchSplit = {
      archive: split.archive.length ? ARCHIVE_BUNDLE : null,
      before: split.before,
      recentStories: split.main.length,
      archivedStories: split.archive.length,
    };
    writeFileSync(join(siteDir, BUNDLE_DIRS[0], SPLIT_FILE), `${JSON.stringify(manifest)}\n`);
    return pages.length + records;
  } finally {
    await pagefind.close();
  }
}

/** `SEARCH_INDEX=defer`: the build leaves the index to `site/scripts/search-index.mjs` (the site server does this). */
export function searchIndexDeferred(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env.SEARCH_INDEX?.trim().toLowerCase() === 'defer';
}
