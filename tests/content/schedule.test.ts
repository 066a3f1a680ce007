// Scheduled stories: a published story dated after the build's clock is nowhere in what pages query
// (the story list, a booklet's chapters, an exemplar's stories) until the clock reaches it; the next
// clock boundary is the soonest of what changes the site's text. Expectations are computed here from
// the dataset and written by hand, not by the code under test.
import { afterAll, describe, expect, it } from 'vitest';
import { prepareContent } from '../../site/src/lib/content/index.ts';
import { storiesQuery, publicationsQuery } from '../../site/src/lib/content/queries.ts';
import { nextClockBoundary, nextVietnamMidnight } from '../../site/src/lib/build/boundaries.ts';
import { parseBuildTime } from '../../site/src/lib/build/clock.ts';
import { ContentConfigError } from '../../site/src/lib/content/errors.ts';
import { copyDataset, readDocs, writeDocs } from './helpers/sample.ts';
import { removeScratch } from './helpers/scratch.ts';

afterAll(removeScratch);

const NOW = new Date('2026-12-02T01:00:00Z');
const LATER = '2026-12-05T02:30:00Z';

describe('scheduled stories', () => {
  const dir = copyDataset('scheduled');
  const docs = readDocs(dir);
  // A published story that some booklet uses as a chapter, so the test can see it leave the booklet too.
  const bookletStoryIds = new Set(
    docs.filter((d) => d._type === 'publication').flatMap((d) => JSON.stringify(d).match(/"_ref":"([^"]+)"/g) ?? []).map((m) => m.slice(8, -1)),
  );
  const target = docs.find((d) => d._type === 'story' && !d._id.startsWith('drafts.') && bookletStoryIds.has(d._id));
  if (!target) throw new Error('the sample has no story used by a booklet');
  target.publishedAt = LATER;
  delete target.updatedAt; // an update before the new publication date would be a real error
  writeDocs(dir, docs);
  const env = { CONTENT_DATASET: dir };

  it('is hidden from every query before its time', async () => {
    const prepared = await prepareContent({ env, argv: [], now: NOW, validationCacheFile: '' });
    expect(prepared.scheduled).toEqual([{ id: target._id, type: 'story', publishedAt: LATER }]);
    const stories = (await prepared.source.fetch(storiesQuery)) ?? [];
    expect(stories.some((s) => s._id === target._id)).toBe(false);
    const publications = JSON.stringify(await prepared.source.fetch(publicationsQuery));
    expect(publications.includes(target._id)).toBe(false);
    // Not an error: a scheduled story is not broken.
    expect(prepared.problems.filter((p) => p.documentId === target._id && p.level === 'error')).toEqual([]);
  });

  it('is public once the clock reaches it', async () => {
    const prepared = await prepareContent({ env, argv: [], now: new Date(LATER), validationCacheFile: '' });
    expect(prepared.scheduled).toEqual([]);
    const stories = (await prepared.source.fetch(storiesQuery)) ?? [];
    expect(stories.some((s) => s._id === target._id)).toBe(true);
  });
});

describe('clock boundaries', () => {
  it('the next midnight in Vietnam (UTC+7)', () => {
    // 01:00Z is 08:00 in Vietnam on 2 Dec; the next midnight there is 3 Dec 00:00 +07:00 = 2 Dec 17:00Z.
    expect(nextVietnamMidnight(NOW).toISOString()).toBe('2026-12-02T17:00:00.000Z');
    // 17:30Z on 2 Dec is 00:30 on 3 Dec in Vietnam: the next one is 3 Dec 17:00Z.
    expect(nextVietnamMidnight(new Date('2026-12-02T17:30:00Z')).toISOString()).toBe('2026-12-03T17:00:00.000Z');
  });

  it('is the soonest future instant among scheduled stories, contest dates and event dates', () => {
    const inputs = {
      scheduled: [{ publishedAt: '2026-12-02T09:00:00Z' }],
      contests: [{ opensAt: '2026-11-01T00:00:00Z', closesAt: '2026-12-02T05:00:00Z', resultsAt: null }],
      events: [{ startsAt: '2026-12-02T03:00:00+07:00', endsAt: null }],
    };
    // The event started at 03:00 in Vietnam (1 Dec 20:00Z): already past, so not a boundary.
    expect(nextClockBoundary(inputs, NOW).toISOString()).toBe('2026-12-02T05:00:00.000Z');
    expect(nextClockBoundary({ ...inputs, contests: [] }, NOW).toISOString()).toBe('2026-12-02T09:00:00.000Z');
    // Nothing dated ahead: the next midnight in Vietnam (labels are at day resolution).
    expect(nextClockBoundary({ scheduled: [], contests: [], events: [] }, NOW).toISOString()).toBe('2026-12-02T17:00:00.000Z');
    // Results shown on the home page for 60 days: that end is a boundary too.
    const results = { scheduled: [], contests: [{ resultsAt: '2026-10-10T00:00:00Z' }], events: [] };
    const sixtyDaysLater = new Date(Date.parse('2026-10-10T00:00:00Z') + 60 * 86_400_000);
    expect(nextClockBoundary(results, new Date('2026-12-08T20:00:00Z')).toISOString()).toBe(sixtyDaysLater.toISOString());
  });
});

describe('BUILD_TIME', () => {
  it('reads an instant with an offset', () => {
    expect(parseBuildTime('2026-12-02T08:00:00+07:00')?.toISOString()).toBe('2026-12-02T01:00:00.000Z');
    expect(parseBuildTime(undefined)).toBeUndefined();
    expect(parseBuildTime('  ')).toBeUndefined();
  });

  it.each(['2026-12-02', '2026-12-02T08:00:00', 'tomorrow', '2026-13-45T99:00:00Z'])('refuses %j in one Vietnamese sentence naming the variable', (value) => {
    let error: unknown;
    try {
      parseBuildTime(value);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentConfigError);
    expect((error as ContentConfigError).variable).toBe('BUILD_TIME');
    expect((error as Error).message).toMatch(/^BUILD_TIME không hợp lệ .*múi giờ/);
  });
});
