// A contest entry's link to "its" story (issue 10): the story must be the entry's — same author, published
// during the contest — or marked as a republication. Checked in the Studio (validateDataset runs the
// schema's rule) and repaired at build (the link is dropped with a Vietnamese warning naming the contest
// and the entry's id). Since issue 11 each entry is its own `contestEntry` document. Fixtures are the sample dataset with the link broken the way the old sample was
// (a prize-winning entry linking an older story by another author), and variants of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SanityDocument } from '@sanity/types';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../schemas/validation/validate-dataset.ts';
import { sameName } from '../../schemas/validation/contestEntries.ts';
import { checkDocuments } from '../../site/src/lib/content/integrity/check.ts';
import { contestEntryStoryPass, contestPeriods, linkedStoryFacts } from '../../site/src/lib/content/integrity/contest-entries.ts';
import { REPAIR_PASSES } from '../../site/src/lib/content/integrity/passes.ts';

type Doc = Record<string, unknown> & { _id: string; _type: string };
type Entry = Doc & { title: string; entrant: { name: string }; contest: { _ref: string }; story?: { _type: 'reference'; _ref: string } };

const SAMPLE = join(import.meta.dirname, '../../site/dataset/data.ndjson');
const CONTEST = 'contest.nguoi-thay-trong-toi-2025';
const OTHER_AUTHORS_STORY = 'story.chuyen-do-cua-thay-bien';

// Only what the check reads (the contest, the stories it may link, people, provinces): validating the
// whole sample takes ~4 s per run. References out of this set are reported elsewhere and filtered out.
const sample = (): Doc[] =>
  readFileSync(SAMPLE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Doc)
    .filter((d) => ['contest', 'contestEntry', 'person', 'province'].includes(d._type) || d._id === OTHER_AUTHORS_STORY);

const entriesOf = (docs: Doc[]) => docs.filter((d): d is Entry => d._type === 'contestEntry' && (d as Entry).contest._ref === CONTEST);
/** The prize-winning entry the old sample linked to someone else's story. */
const winnerOf = (docs: Doc[]) => entriesOf(docs).find((e) => e.title === 'Con thuyền của thầy')!;
const link = (id: string) => ({ _type: 'reference' as const, _ref: id });

/** A story of the entry's own: a copy of a sample story under a new id, credited to a new person. */
function withOwnStory(docs: Doc[], { name, publishedAt, republishedFrom }: { name: string; publishedAt: string; republishedFrom?: Record<string, string> }): Doc[] {
  const base = docs.find((d) => d._id === OTHER_AUTHORS_STORY)!;
  const { republishedFrom: _omit, ...rest } = base;
  const story: Doc = {
    ...structuredClone(rest),
    _id: 'story.con-thuyen-cua-thay',
    slug: { _type: 'slug', current: 'con-thuyen-cua-thay' },
    title: 'Con thuyền của thầy',
    publishedAt,
    credits: [{ _type: 'credit', _key: 'c1', person: link('person.tac-gia-du-thi'), role: 'tac-gia' }],
    ...(republishedFrom ? { republishedFrom } : {}),
  };
  const person: Doc = { _id: 'person.tac-gia-du-thi', _type: 'person', name, slug: { _type: 'slug', current: 'tac-gia-du-thi' } };
  winnerOf(docs).story = link(story._id);
  return [...docs, story, person];
}

/** The sample with the winner linked to an unrelated 2023 story by another author. */
function hostile(): Doc[] {
  const docs = sample();
  winnerOf(docs).story = link(OTHER_AUTHORS_STORY);
  return docs;
}

async function studioProblems(docs: Doc[]) {
  const problems = await validateDataset(docs as unknown as SanityDocument[]);
  const entryIds = new Set(entriesOf(docs).map((e) => e._id));
  return problems.filter((p) => entryIds.has(p.documentId) && p.path === 'story');
}

async function buildCheck(docs: Doc[]) {
  return checkDocuments(docs, { passes: [...REPAIR_PASSES, contestEntryStoryPass(linkedStoryFacts(docs), contestPeriods(docs))] });
}

/** Build problems about the contest's entries. */
const entryProblems = <P extends { documentId: string }>(docs: Doc[], problems: P[]): P[] => {
  const ids = new Set(entriesOf(docs).map((e) => e._id));
  return problems.filter((p) => ids.has(p.documentId));
};

describe('contest entries linked to a story', () => {
  it('compares names in NFC, ignoring case and spacing but not diacritics', () => {
    expect(sameName('Phạm Hải Yến', '  phạm   HẢI yến ')).toBe(true);
    expect(sameName('Pha\u0323m Ha\u0309i Yê\u0301n', 'Phạm Hải Yến')).toBe(true); // decomposed (NFD-ish) input
    expect(sameName('Phạm Hải Yến', 'Pham Hai Yen')).toBe(false);
    expect(sameName('Phạm Hải Yến', 'Phạm Hải Yên')).toBe(false);
    expect(sameName('', '')).toBe(false);
  });

  it('the sample as shipped has no mismatching link (every linked story is by the entry’s author, in the period)', async () => {
    const docs = sample();
    // Independent of the code under test: resolve each link in the raw data and compare plainly.
    const people = new Map(docs.filter((d) => d._type === 'person').map((d) => [d._id, String(d.name)]));
    for (const entry of entriesOf(docs).filter((e) => e.story)) {
      const story = docs.find((d) => d._id === entry.story!._ref)!;
      const authors = (story.credits as { role: string; person: { _ref: string } }[]).filter((c) => c.role === 'tac-gia').map((c) => people.get(c.person._ref));
      expect(authors, entry._id).toContain(entry.entrant.name);
    }
    expect(await studioProblems(docs)).toEqual([]);
    const check = await buildCheck(docs);
    expect(entryProblems(docs, check.problems)).toEqual([]);
  });

  it('Studio: a link to another author’s older story is an error naming the field and both authors', async () => {
    const problems = await studioProblems(hostile());
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem!.level).toBe('error');
    expect(problem!.message).toMatch(/^Bài đăng trên trang không khớp với tác phẩm dự thi: /);
    expect(problem!.message).toContain('Nguyễn Thu Hà'); // the story's author (people.yaml)
    expect(problem!.message).toContain('"Phạm Hải Yến"');
    // chuyen-do-cua-thay-bien is a republication, so only the author is wrong, not the date.
    expect(problem!.message).not.toContain('ngoài thời gian cuộc thi');
  });

  it('build: the mismatching link is dropped with a warning naming the contest and the entry; the entry stays', async () => {
    const docs = hostile();
    const id = winnerOf(docs)._id;
    const check = await buildCheck(docs);
    const warnings = entryProblems(docs, check.problems);
    expect(warnings).toEqual([expect.objectContaining({ documentId: id, level: 'warning', code: 'repair', path: 'story' })]);
    expect(warnings[0]!.message).toContain(id);
    expect(warnings[0]!.message).toContain(CONTEST);
    expect(warnings[0]!.message).toContain(`đã bỏ liên kết tới bài "${OTHER_AUTHORS_STORY}"`);
    const entries = entriesOf(check.documents as Doc[]);
    expect(entries).toHaveLength(entriesOf(docs).length);
    expect(entries.find((e) => e._id === id)).not.toHaveProperty('story');
    expect(entries.find((e) => e._id === id)!.title).toBe('Con thuyền của thầy');
    expect(check.excludedIds.has(id)).toBe(false);
  });

  it('accepts the entry’s own story published after the results (within the margin), whatever the spacing and case of the name', async () => {
    const docs = withOwnStory(sample(), { name: 'phạm  Hải Yến', publishedAt: '2025-11-20T01:00:00Z' });
    expect(await studioProblems(docs)).toEqual([]);
    const check = await buildCheck(docs);
    expect(entryProblems(docs, check.problems)).toEqual([]);
    expect(entriesOf(check.documents as Doc[]).find((e) => e.title === 'Con thuyền của thầy')!.story?._ref).toBe('story.con-thuyen-cua-thay');
  });

  it('rejects a name without its diacritics, and a story of the same author published before the contest opened', async () => {
    const unaccented = await studioProblems(withOwnStory(sample(), { name: 'Pham Hai Yen', publishedAt: '2025-11-20T01:00:00Z' }));
    expect(unaccented).toHaveLength(1);
    expect(unaccented[0]!.message).toContain('Pham Hai Yen');

    const early = withOwnStory(sample(), { name: 'Phạm Hải Yến', publishedAt: '2024-12-01T01:00:00Z' });
    const problems = await studioProblems(early);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('bài đăng ngày 01/12/2024, ngoài thời gian cuộc thi (từ 01/03/2025');
    const check = await buildCheck(early);
    expect(entryProblems(early, check.problems).map((p) => [p.documentId, p.path])).toEqual([[winnerOf(early)._id, 'story']]);
  });

  it('a republication of the entry by its author is accepted whatever its date on this site', async () => {
    const docs = withOwnStory(sample(), {
      name: 'Phạm Hải Yến',
      publishedAt: '2024-12-01T01:00:00Z',
      republishedFrom: { outlet: 'Báo Giáo dục (giả định)', originalDate: '2024-11-30' },
    });
    expect(await studioProblems(docs)).toEqual([]);
    expect(entryProblems(docs, (await buildCheck(docs)).problems)).toEqual([]);
  });
});
