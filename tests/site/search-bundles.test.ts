// The rule that splits the search index in two bundles (lib/search/bundles.ts): the newest N stories
// (and those published at the same instant as the Nth) stay in the main bundle; the previous run's
// line is kept while the main bundle stays within 25% of N; a year filter goes straight to the
// archive for an old year and never for a newer one; the archive is cut into parts from its oldest story. The e2e side is tests/e2e/search-split.test.ts.
import { describe, expect, it } from 'vitest';
import { archiveForYear, archivePartSize, archiveParts, chooseSplit, recentStoryCount, splitStories, type SearchSplit } from '../../site/src/lib/search/bundles.ts';

const page = (path: string, publishedAt: string) => ({ path, publishedAt });

describe('splitStories', () => {
  const stories = [
    page('a', '2024-01-01T00:00:00Z'),
    page('b', '2025-06-01T00:00:00Z'),
    page('c', '2025-06-01T00:00:00Z'),
    page('d', '2026-02-01T00:00:00+07:00'),
    page('e', '2023-12-31T20:00:00Z'),
  ];

  it('keeps the newest N in the main bundle, with ties of the Nth, and names the line', () => {
    const split = splitStories(stories, 2);
    expect(split.main.map((p) => p.path)).toEqual(['d', 'b', 'c']);
    expect(split.archive.map((p) => p.path)).toEqual(['a', 'e']);
    expect(split.before).toBe('2025-06-01T00:00:00.000Z');
  });

  it('needs no archive when every story fits, and archives everything with 0', () => {
    expect(splitStories(stories, 5)).toMatchObject({ archive: [], before: null });
    const none = splitStories(stories, 0);
    expect(none.main).toEqual([]);
    expect(none.archive).toHaveLength(5);
  });

  it('reads SEARCH_RECENT_STORIES, refusing what is not a count', () => {
    expect(recentStoryCount({})).toBe(1000);
    expect(recentStoryCount({ SEARCH_RECENT_STORIES: ' 20 ' })).toBe(20);
    expect(() => recentStoryCount({ SEARCH_RECENT_STORIES: '-1' })).toThrow(/SEARCH_RECENT_STORIES/);
    expect(() => recentStoryCount({ SEARCH_RECENT_STORIES: 'nhiều' })).toThrow(/số nguyên/);
  });
});

describe('chooseSplit', () => {
  // Eight stories a month apart, s1 oldest; 4 recent, so a kept line may leave 3 to 5 in the main bundle.
  const month = (m: number) => `2025-${String(m).padStart(2, '0')}-01T00:00:00.000Z`;
  const eight = [1, 2, 3, 4, 5, 6, 7, 8].map((m) => page(`s${m}`, month(m)));
  const newest = (n: number) => eight.slice(8 - n).map((p) => p.path).reverse();
  const table: Array<[string, string | null | undefined, number, string[], string | null]> = [
    // what, previous line, recent, expected main bundle, expected line
    ['no previous index: a fresh split', undefined, 4, newest(4), month(5)],
    ['no line before (nothing was archived): a fresh split', null, 4, newest(4), month(5)],
    ['the same line as a fresh split', month(5), 4, newest(4), month(5)],
    ['one story published since: kept (5 = 1.25 × 4)', month(4), 4, newest(5), month(4)],
    ['two published since: 6 > 5, a fresh split', month(3), 4, newest(4), month(5)],
    ['one taken down since: kept (3 = 0.75 × 4)', month(6), 4, newest(3), month(6)],
    ['two taken down since: 2 < 3, a fresh split', month(7), 4, newest(4), month(5)],
    ['a line between two dates is kept as it is', '2025-04-15T00:00:00.000Z', 4, newest(4), '2025-04-15T00:00:00.000Z'],
    ['a line older than every story would leave no archive: a fresh split (no archive needed)', month(1).replace('2025', '2024'), 8, newest(8), null],
    ['a line that is not a date: a fresh split', 'hôm qua', 4, newest(4), month(5)],
  ];
  it.each(table)('%s', (_what, previous, recent, main, before) => {
    const split = chooseSplit(eight, recent, previous);
    expect(split.main.map((p) => p.path)).toEqual(main);
    expect(split.archive.map((p) => p.path)).toEqual(eight.map((p) => p.path).filter((p) => !main.includes(p)).reverse());
    expect(split.before).toBe(before);
  });
});

describe('archiveParts', () => {
  // Seven archived stories, one a day, given in no particular order.
  const day = (n: number) => page(`s${n}`, `2020-01-0${n}T00:00:00Z`);
  const archive = [day(4), day(1), day(7), day(3), day(6), day(2), day(5)];
  const paths = (parts: Array<Array<{ path: string }>>) => parts.map((part) => part.map((p) => p.path));

  it.each([
    [3, [['s1', 's2', 's3'], ['s4', 's5', 's6'], ['s7']]],
    [7, [['s1', 's2', 's3', 's4', 's5', 's6', 's7']]],
    [100, [['s1', 's2', 's3', 's4', 's5', 's6', 's7']]],
    [1, [['s1'], ['s2'], ['s3'], ['s4'], ['s5'], ['s6'], ['s7']]],
  ])('parts of %i, counted from the oldest story', (size, expected) => {
    expect(paths(archiveParts(archive, size))).toEqual(expected);
  });

  it('a story reaching the archive at its newest end changes only the newest part', () => {
    const before = paths(archiveParts(archive, 3));
    const after = paths(archiveParts([...archive, page('s8', '2020-01-08T00:00:00Z')], 3));
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after[2]).toEqual(['s7', 's8']);
  });

  it('has no part without an archive', () => {
    expect(archiveParts([], 3)).toEqual([]);
  });

  it('takes its size from SEARCH_ARCHIVE_PART_STORIES, refusing anything but a positive whole number', () => {
    expect(archivePartSize({})).toBe(2_500);
    expect(archivePartSize({ SEARCH_ARCHIVE_PART_STORIES: ' 8 ' })).toBe(8);
    for (const bad of ['0', '-1', '2.5', 'tám']) expect(() => archivePartSize({ SEARCH_ARCHIVE_PART_STORIES: bad }), bad).toThrow(/SEARCH_ARCHIVE_PART_STORIES/);
  });
});

describe('archiveForYear', () => {
  // 31 Dec 2024 20:00 UTC is already 1 Jan 2025 in Vietnam: the line falls in 2025.
  const split: SearchSplit = { archive: '/pagefind-luu-tru/', before: '2024-12-31T20:00:00.000Z', recentStories: 1, archivedStories: 1, archiveParts: [{ path: '/pagefind-luu-tru/pf/', stories: 1 }] };
  it('goes to the archive at once for the line year and older, never for a newer year', () => {
    expect(archiveForYear('2023', split)).toBe('now');
    expect(archiveForYear('2025', split)).toBe('now');
    expect(archiveForYear('2026', split)).toBe('never');
  });
  it('never without an archive', () => {
    expect(archiveForYear('2020', { archive: null, before: null, recentStories: 3, archivedStories: 0, archiveParts: [] })).toBe('never');
  });
});
