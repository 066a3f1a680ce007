// What the contest page tells the entry form (issue 11): `submission`, computed at the build clock
// from the contest's dates and limits. Expectations come from the sample dataset's raw values and
// plain literals (the limits' defaults are the documented ones: every file kind, 20 MB).
import { describe, expect, it } from 'vitest';
import { contestSubmission } from '../../site/src/lib/routes/pages/participation.ts';
import { readNdjson, sampleDatasetDir } from './helpers/build.ts';

type ContestArg = Parameters<typeof contestSubmission>[0];
const contests = readNdjson(sampleDatasetDir).filter((d) => d._type === 'contest' && !d._id.startsWith('drafts.'));
const asRouteContest = (doc: Record<string, unknown>) => doc as unknown as ContestArg;

describe('contest submission props', () => {
  it('the open sample contest accepts entries at a clock inside its dates, with its own limits', () => {
    const open = contests.find((c) => c.acceptsOnlineEntries === true && (c.limits as { fileKinds?: unknown }).fileKinds)!;
    const inside = new Date((Date.parse(String(open.opensAt)) + Date.parse(String(open.closesAt))) / 2);
    const limits = open.limits as { maxWords: number; fileKinds: string[]; maxFileMegabytes: number };
    expect(contestSubmission(asRouteContest(open), inside)).toEqual({
      contestId: open._id,
      open: true,
      opensAt: open.opensAt,
      closesAt: open.closesAt,
      maxWords: limits.maxWords,
      fileKinds: limits.fileKinds,
      maxFileMegabytes: limits.maxFileMegabytes,
      acceptsOnlineEntries: true,
    });
  });

  it('is closed before the opening instant and from the closing instant on', () => {
    for (const contest of contests) {
      const opens = Date.parse(String(contest.opensAt));
      const closes = Date.parse(String(contest.closesAt));
      expect(contestSubmission(asRouteContest(contest), new Date(opens - 1)).open, contest._id).toBe(false);
      expect(contestSubmission(asRouteContest(contest), new Date(opens)).open, contest._id).toBe(true);
      expect(contestSubmission(asRouteContest(contest), new Date(closes - 1)).open, contest._id).toBe(true);
      expect(contestSubmission(asRouteContest(contest), new Date(closes)).open, contest._id).toBe(false);
    }
  });

  it('defaults: every file kind, 20 MB, no word limit; online entries unless switched off; no dates, never open', () => {
    const bare = { _id: 'contest.x', opensAt: '2026-01-01T00:00:00Z', closesAt: '2027-01-01T00:00:00Z', limits: null } as Record<string, unknown>;
    expect(contestSubmission(asRouteContest(bare), new Date('2026-06-01T00:00:00Z'))).toMatchObject({
      open: true,
      maxWords: null,
      fileKinds: ['docx', 'pdf', 'audio', 'video'],
      maxFileMegabytes: 20,
      acceptsOnlineEntries: true,
    });
    expect(contestSubmission(asRouteContest({ ...bare, acceptsOnlineEntries: false }), new Date('2026-06-01T00:00:00Z')).acceptsOnlineEntries).toBe(false);
    // A kind outside the vocabulary (hand-edited data) is not offered.
    expect(contestSubmission(asRouteContest({ ...bare, limits: { fileKinds: ['pdf', 'exe'] } }), new Date('2026-06-01T00:00:00Z')).fileKinds).toEqual(['pdf']);
    expect(contestSubmission(asRouteContest({ _id: 'contest.y', limits: null }), new Date('2026-06-01T00:00:00Z')).open).toBe(false);
  });
});
