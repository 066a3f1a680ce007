// The search index is written as two Pagefind bundles, so a typical query downloads an index whose
// size does not grow with the whole archive (Pagefind's pf_meta carries ~16 incompressible bytes per
// page, and every query loads all of it):
//   /pagefind/           every page that is not a story (profiles, contests, events, e-publications,
//                        honours) and the newest stories (RECENT_STORIES of them);
//   /pagefind-luu-tru/   the older stories, searched only when a reader needs them.
// The indexer (write-index.ts) writes SPLIT_FILE into the main bundle to tell the search page where
// the line falls, and the next run where it fell: the line is kept while the main bundle stays near
// RECENT_STORIES (chooseSplit), so a new story does not push one old story into the archive and force
// the archive's rebuild (it is reused when nothing in it changed: archive-reuse.ts).
// No imports: the search page's browser code reads this module too.

/** The main bundle's folder (a URL path under the site root). */
export const MAIN_BUNDLE = '/pagefind/';
/** The archive bundle's folder: stories older than the newest RECENT_STORIES. */
export const ARCHIVE_BUNDLE = '/pagefind-luu-tru/';
/** The folders as written under the built site, for the indexer and the site server. */
export const BUNDLE_DIRS = [MAIN_BUNDLE.slice(1, -1), ARCHIVE_BUNDLE.slice(1, -1)] as const;
/** Written into the main bundle: where the line between the bundles falls (a SearchSplit). */
export const SPLIT_FILE = 'guong-sang-split.json';

/**
 * How many of the newest stories the main bundle holds. On the 10,000-story bench site (~220 stories
 * a month, ~1,500 profiles, honours and other pages) 1,000 keeps the main bundle at 2,500 pages and
 * the typical query at ~131 kB (1,500 gave 3,000 pages and ~135 kB, with a 189 kB worst query); at
 * the sample's pace (about one story a month) it is decades of stories. A count, not an age, so the
 * main bundle's size does not depend on how fast editors publish. `SEARCH_RECENT_STORIES` overrides
 * it (the tests split the small sample site with it).
 */
export const RECENT_STORIES = 1_000;

/** What the search page needs to know about the split (SPLIT_FILE). */
export interface SearchSplit {
  /** The archive's folder (URL path), or null when every story fits in the main bundle. */
  archive: string | null;
  /** Stories published before this instant (ISO 8601) are in the archive; null without one. */
  before: string | null;
  /** Story pages in each bundle. */
  recentStories: number;
  archivedStories: number;
  /**
   * The archive's parts, oldest stories first: each a Pagefind bundle of its own under `archive`,
   * which the search page loads as one index (the first, with the others merged into it). Empty
   * without an archive. An index written before parts existed has none: `archive` is then the bundle.
   */
  archiveParts: ArchivePart[];
}

/** One Pagefind bundle of the archive. */
export interface ArchivePart {
  /** Its URL path (under the archive folder), named after its fingerprint (archive-reuse.ts). */
  path: string;
  stories: number;
}

/**
 * Most stories in one part of the archive. Pagefind holds a whole bundle in memory while writing it
 * (~0.25 MB a story page on the 10,000-story bench site: 9,000 archived stories peaked at 1.96 GB,
 * 3,000 at 0.78 GB), so parts bound the search step's memory, and an edit rewrites one part, not
 * the archive. `SEARCH_ARCHIVE_PART_STORIES` overrides it (the tests split the sample's archive).
 */
export const ARCHIVE_PART_STORIES = 2_500;

export function archivePartSize(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env.SEARCH_ARCHIVE_PART_STORIES?.trim();
  if (!raw) return ARCHIVE_PART_STORIES;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`SEARCH_ARCHIVE_PART_STORIES phải là số nguyên dương (nhận được ${JSON.stringify(raw)}).`);
  return value;
}

/**
 * The archive's stories cut into parts of `size`, counted from the oldest: new stories reach the
 * archive at its newest end (when the line moves), so only the newest part changes then; an edited
 * old story changes only its own part.
 */
export function archiveParts<P extends DatedPage>(archive: readonly P[], size: number): P[][] {
  const oldestFirst = [...newestFirst(archive)].reverse();
  const parts: P[][] = [];
  for (let i = 0; i < oldestFirst.length; i += size) parts.push(oldestFirst.slice(i, i + size));
  return parts;
}

export function recentStoryCount(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env.SEARCH_RECENT_STORIES?.trim();
  if (!raw) return RECENT_STORIES;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`SEARCH_RECENT_STORIES phải là số nguyên không âm (nhận được ${JSON.stringify(raw)}).`);
  return value;
}

export interface DatedPage {
  /** Its path in the built site, e.g. bai-viet/x/index.html. */
  path: string;
  /** When it was published (ISO 8601). */
  publishedAt: string;
}

export interface StorySplit<P extends DatedPage> {
  /** Newest first, in each bundle. */
  main: P[];
  archive: P[];
  /** The line (SearchSplit.before), or null when every story is in the main bundle. */
  before: string | null;
}

const time = (p: DatedPage) => Date.parse(p.publishedAt);

function newestFirst<P extends DatedPage>(stories: readonly P[]): P[] {
  return [...stories].sort((a, b) => time(b) - time(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Splits the stories: the newest `recent` go to the main bundle, the rest to the archive. Stories
 * published at the same instant as the last recent one stay with it, so the line is one instant
 * (`before`) and a story's bundle follows from its date alone.
 */
export function splitStories<P extends DatedPage>(stories: readonly P[], recent: number): StorySplit<P> {
  const sorted = newestFirst(stories);
  if (sorted.length <= recent) return { main: sorted, archive: [], before: null };
  if (recent === 0) return { main: [], archive: sorted, before: new Date(time(sorted[0]!) + 1).toISOString() };
  const line = time(sorted[recent - 1]!);
  const main = sorted.filter((p) => time(p) >= line);
  const archive = sorted.filter((p) => time(p) < line);
  return { main, archive, before: archive.length ? new Date(line).toISOString() : null };
}

/** How far the main bundle may drift from `recent` stories (either way) before a kept line moves. */
export const KEPT_LINE_SLACK = 0.25;

/**
 * The split of this run: the previous run's line (`previousBefore`, from its SPLIT_FILE) when keeping
 * it leaves the main bundle between (1 − KEPT_LINE_SLACK) and (1 + KEPT_LINE_SLACK) × `recent`
 * stories and the archive not empty; otherwise a fresh split (splitStories). Keeping the line is what
 * lets a run that published one new story reuse the archive: a fresh split would move the
 * oldest recent story into the archive every time. Either way a story's bundle follows from its date
 * and `before` alone, which is all the search page assumes (archiveForYear).
 */
export function chooseSplit<P extends DatedPage>(stories: readonly P[], recent: number, previousBefore: string | null | undefined): StorySplit<P> {
  const line = previousBefore ? Date.parse(previousBefore) : Number.NaN;
  if (!Number.isNaN(line)) {
    const sorted = newestFirst(stories);
    const main = sorted.filter((p) => time(p) >= line);
    const archive = sorted.filter((p) => time(p) < line);
    const fits = main.length >= (1 - KEPT_LINE_SLACK) * recent && main.length <= (1 + KEPT_LINE_SLACK) * recent;
    if (fits && archive.length) return { main, archive, before: new Date(line).toISOString() };
  }
  return splitStories(stories, recent);
}

/**
 * What a year filter means for the archive: an old year (or the year the line falls in) goes
 * straight to it, searched together with the main bundle (which holds that year's contests, events
 * and e-publications): 'now'; a newer year cannot be in it: 'never'. `year` is a calendar year as
 * the year filter holds it; `before` is read in Vietnam's time zone (UTC+7, no daylight saving).
 */
export function archiveForYear(year: string, split: SearchSplit): 'now' | 'never' {
  if (!split.archive || !split.before) return 'never';
  const lineYear = new Date(Date.parse(split.before) + 7 * 3600_000).getUTCFullYear();
  return /^\d{4}$/.test(year) && Number(year) > lineYear ? 'never' : 'now';
}
