/**
 * Contest entries in the build (issue 11), defence in depth behind `publicEntryRecord`: whatever the
 * public dataset (or the local overlay) holds, a `contestEntry` reaches the pages only as a public
 * record.
 * - `contestEntryWhitelistPass`: every field outside `PublicContestEntry` is removed (contact details,
 *   consents, representative, birth year, receipt, idempotency key, file, text…), and so is every
 *   entrant field the entrant did not agree to publish (`publishFields`). Each removal is a repair
 *   naming the document and field. An entry whose status is not public is excluded (exclude.ts).
 * - `contestEntryStoryPass`: a prize-winning entry must not lead readers to an unrelated story by
 *   someone else. The rule is the Studio's (`@guong-sang/schemas/validation/contestEntries.ts`); a
 *   mismatching link is dropped with a warning — the entry stays, unlinked. A link to a story that does
 *   not exist is left to the reference check.
 */
import { isRecord } from '@guong-sang/schemas/util/is-record.ts';
import { PUBLIC_ENTRY_STATUSES, type PublishableField } from '@guong-sang/schemas/participation/vocabulary.ts';
import { entryStoryMismatches, type ContestPeriod, type LinkedStory } from '@guong-sang/schemas/validation/contestEntries.ts';
import type { RepairPass } from './repair-pass.ts';

const AUTHOR_ROLE = 'tac-gia';

/** The top-level fields of `PublicContestEntry` (schemas/participation/public-record.ts), plus Sanity's system fields. */
export const PUBLIC_ENTRY_FIELDS: ReadonlySet<string> = new Set([
  '_id', '_type', '_rev', '_createdAt', '_updatedAt',
  'contest', 'title', 'status', 'placing', 'story', 'excerpt', 'entrant', 'publishFields', 'submittedAt',
]);

/** Each public entrant field and the consent (`publishFields` value) it needs. */
const ENTRANT_FIELDS: Readonly<Record<string, PublishableField | null>> = {
  _type: null,
  name: 'ten',
  role: 'vai-tro',
  school: 'truong',
  province: 'tinh',
};

/** Whether an entry's status lets it be public at all. */
export function isPublicEntryStatus(status: unknown): boolean {
  return typeof status === 'string' && (PUBLIC_ENTRY_STATUSES as readonly string[]).includes(status);
}

/** Removes every non-public field of a `contestEntry` (see the module comment). */
export const contestEntryWhitelistPass: RepairPass = (doc, note) => {
  if (doc._type !== 'contestEntry') return doc;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(doc)) {
    if (PUBLIC_ENTRY_FIELDS.has(field)) out[field] = value;
    else {
      changed = true;
      note(field, `Bài dự thi ${String(doc._id)}: đã bỏ trường "${field}" vì không thuộc thông tin được công bố.`);
    }
  }
  const agreed = new Set(Array.isArray(doc.publishFields) ? doc.publishFields : []);
  if (isRecord(doc.entrant)) {
    const entrant: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(doc.entrant)) {
      const consent = ENTRANT_FIELDS[field];
      if (consent === null || (consent !== undefined && agreed.has(consent))) entrant[field] = value;
      else {
        changed = true;
        note(
          `entrant.${field}`,
          consent === undefined
            ? `Bài dự thi ${String(doc._id)}: đã bỏ "entrant.${field}" vì không thuộc thông tin được công bố.`
            : `Bài dự thi ${String(doc._id)}: đã bỏ "entrant.${field}" vì tác giả không đồng ý công bố (publishFields thiếu "${consent}").`,
        );
      }
    }
    out.entrant = entrant;
  } else if (doc.entrant !== undefined) {
    changed = true;
    delete out.entrant;
    note('entrant', `Bài dự thi ${String(doc._id)}: đã bỏ "entrant" vì không đúng dạng.`);
  }
  if (typeof out.excerpt === 'string' && !agreed.has('bai-viet')) {
    changed = true;
    delete out.excerpt;
    note('excerpt', `Bài dự thi ${String(doc._id)}: đã bỏ trích đoạn vì tác giả không đồng ý công bố nội dung (publishFields thiếu "bai-viet").`);
  }
  return changed ? out : doc;
};

/** Every story's facts for the check, from the published documents (people resolved by id). */
export function linkedStoryFacts(documents: readonly Record<string, unknown>[]): Map<string, LinkedStory> {
  const names = new Map<string, unknown>();
  for (const doc of documents) if (doc._type === 'person' && typeof doc._id === 'string') names.set(doc._id, doc.name);
  const stories = new Map<string, LinkedStory>();
  for (const doc of documents) {
    if (doc._type !== 'story' || typeof doc._id !== 'string') continue;
    const credits = Array.isArray(doc.credits) ? doc.credits.filter(isRecord) : [];
    const republication = isRecord(doc.republishedFrom) ? doc.republishedFrom : {};
    stories.set(doc._id, {
      publishedAt: doc.publishedAt,
      republished: ['outlet', 'url', 'originalDate'].some((field) => republication[field] != null && republication[field] !== ''),
      authorNames: credits
        .filter((c) => c.role === AUTHOR_ROLE && isRecord(c.person) && typeof c.person._ref === 'string')
        .map((c) => names.get((c.person as { _ref: string })._ref)),
    });
  }
  return stories;
}

/** Every contest's period, by id. */
export function contestPeriods(documents: readonly Record<string, unknown>[]): Map<string, ContestPeriod> {
  const periods = new Map<string, ContestPeriod>();
  for (const doc of documents) {
    if (doc._type === 'contest' && typeof doc._id === 'string') periods.set(doc._id, { opensAt: doc.opensAt, closesAt: doc.closesAt, resultsAt: doc.resultsAt });
  }
  return periods;
}

/** The repair pass for this build's documents: drops each contest entry's link to a story that is not the entry's. */
export function contestEntryStoryPass(stories: ReadonlyMap<string, LinkedStory>, contests: ReadonlyMap<string, ContestPeriod>): RepairPass {
  return (doc, note) => {
    if (doc._type !== 'contestEntry' || !isRecord(doc.story) || typeof doc.story._ref !== 'string') return doc;
    const story = stories.get(doc.story._ref);
    if (!story) return doc;
    const contestId = isRecord(doc.contest) && typeof doc.contest._ref === 'string' ? doc.contest._ref : undefined;
    const author = isRecord(doc.entrant) ? doc.entrant.name : undefined;
    const reasons = entryStoryMismatches(author, story, (contestId && contests.get(contestId)) || {});
    if (reasons.length === 0) return doc;
    const title = typeof doc.title === 'string' && doc.title.trim() !== '' ? `"${doc.title.trim()}"` : 'chưa đặt tên';
    note('story', `Bài dự thi ${title} (${String(doc._id)}) của cuộc thi ${contestId ?? '(không rõ)'}: đã bỏ liên kết tới bài "${doc.story._ref}" vì ${reasons.join('; ')}.`);
    const { story: _dropped, ...rest } = doc;
    return rest;
  };
}
