// The rule that splits the search index in two bundles (lib/search/bundles.ts): the newest N stories
// (and those published at the same instant as the Nth) stay in the main bundle; a year filter goes
// straight to the archive for an old year and never for a newer one. The e2e side is
// tests/e2e/search-split.test.ts.
import { describe, expect, it } from 'vitest';
import { archiveForYear, recentStoryCount, splitStories, type SearchSplit } from '../../site/src/lib/search/bundles.ts';

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

describe('archiveForYear', () => {
  // 31 Dec 2024 20:00 UTC is already 1 Jan 2025 in Vietnam: the line falls in 2025.
  const split: SearchSplit = { archive: '/pagefind-luu-tru/', before: '2024-12-31T20:00:00.000Z', recentStories: 1, archivedStories: 1 };
  it('goes to the archive at once for the line year and older, never for a newer year', () => {
    expect(archiveForYear('2023', split)).toBe('now');
    expect(archiveForYear('2025', split)).toBe('now');
    expect(archiveForYear('2026', split)).toBe('never');
  });
  it('never without an archive', () => {
    expect(archiveForYear('2020', { archive: null, before: null, recentStories: 3, archivedStories: 0 })).toBe('never');
  });
});
