/**
 * Contest entries linked to a story that is not theirs (issue 10): a prize-winning entry must not lead
 * readers to an unrelated story by someone else. The rule is the Studio's
 * (`@guong-sang/schemas/validation/contestEntries.ts`); here a mismatching link is repaired by dropping
 * it — the entry stays on the contest page, unlinked — with a warning naming the contest, the entry's
 * key and why. A link to a story that does not exist is left to the reference check.
 */
import { isRecord } from '@guong-sang/schemas/util/is-record.ts';
import { entryStoryMismatches, type LinkedStory } from '@guong-sang/schemas/validation/contestEntries.ts';
import type { RepairPass } from './repair-pass.ts';

const AUTHOR_ROLE = 'tac-gia';

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

/** The repair pass for this build's documents: drops each contest entry's link to a story that is not the entry's. */
export function contestEntryStoryPass(stories: ReadonlyMap<string, LinkedStory>): RepairPass {
  return (doc, note) => {
    if (doc._type !== 'contest' || !Array.isArray(doc.entries)) return doc;
    let changed = false;
    const entries = doc.entries.map((entry, index) => {
      if (!isRecord(entry) || !isRecord(entry.story) || typeof entry.story._ref !== 'string') return entry;
      const story = stories.get(entry.story._ref);
      if (!story) return entry;
      const reasons = entryStoryMismatches(entry.author, story, doc);
      if (reasons.length === 0) return entry;
      const key = typeof entry._key === 'string' ? entry._key : undefined;
      const title = typeof entry.title === 'string' && entry.title.trim() !== '' ? `"${entry.title.trim()}"` : 'chưa đặt tên';
      note(
        key ? `entries[_key=="${key}"].story` : `entries[${index}].story`,
        `Tác phẩm ${title} (${key ? `khóa ${key}` : `vị trí ${index + 1}`}) của cuộc thi ${String(doc._id)}: đã bỏ liên kết tới bài "${entry.story._ref}" vì ${reasons.join('; ')}.`,
      );
      changed = true;
      const { story: _dropped, ...rest } = entry;
      return rest;
    });
    return changed ? { ...doc, entries } : doc;
  };
}
