// The Pagefind search index of a built site, written into `<siteDir>/pagefind/` with Pagefind's Node
// API. Only `[data-pagefind-body]` regions are indexed (Pagefind's rule once any page carries the
// attribute); the site is Vietnamese, so the language is forced to `vi`. Every error Pagefind
// reports becomes one Vietnamese `SearchIndexError`: a site whose search silently broke is worse
// than no deploy. Honours, which have no page of their own, are added as custom records
// (lib/search/honour-records.ts). Used by the build (integrations/pagefind.ts) and, when the site server defers the
// index until after a release is live, by `site/scripts/search-index.mjs`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
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

/** Indexes `siteDir` and writes `siteDir/pagefind/`; resolves with the number of pages and records indexed. */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  const problems: string[] = [];
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'vi' });
    problems.push(...created.errors);
    const index = created.index;
    if (!index) throw new SearchIndexError(`Pagefind không tạo được chỉ mục: ${problems.join('; ') || 'không rõ lý do'}.`);

    const added = await index.addDirectory({ path: siteDir });
    problems.push(...added.errors);
    if (added.page_count === 0) problems.push('không có trang nào có vùng [data-pagefind-body] để lập chỉ mục');

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
        const result = await index.addCustomRecord({ ...record, filters: record.filters as Record<string, string[]> });
        problems.push(...result.errors.map((e) => `khen thưởng ${record.url}: ${e}`));
        records++;
      }
    }

    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    problems.push(...written.errors);
    if (problems.length) throw new SearchIndexError(`Pagefind báo lỗi khi lập chỉ mục tìm kiếm: ${problems.join('; ')}.`);
    return added.page_count + records;
  } finally {
    await pagefind.close();
  }
}

/** `SEARCH_INDEX=defer`: the build leaves the index to `site/scripts/search-index.mjs` (the site server does this). */
export function searchIndexDeferred(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env.SEARCH_INDEX?.trim().toLowerCase() === 'defer';
}
