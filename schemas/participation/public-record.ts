/**
 * The only road from the private participation store to the public site: a whitelist. A contest
 * entry becomes a public record only once valid (`PUBLIC_ENTRY_STATUSES`), only while its processing
 * and publishing consents stand, and only with the fields its entrant agreed to publish. Contact
 * details, consent records, birth years, receipts, idempotency keys and files never appear.
 */
import { hasConsent } from './consent.ts';
import type { ContestEntryRecord, Reference } from './types.ts';
import { PUBLIC_ENTRY_STATUSES, RESULT_ENTRY_STATUSES, type EntrantRole, type EntryStatus } from './vocabulary.ts';

/** What the public dataset (or the local overlay) holds for an entry: `_type: 'contestEntry'`, same `_id`. */
export interface PublicContestEntry {
  _id: string;
  _type: 'contestEntry';
  contest: Reference;
  title: string;
  status: EntryStatus;
  placing?: string;
  story?: Reference;
  excerpt?: string;
  entrant: { _type: 'entrant'; name?: string; role?: EntrantRole; school?: string; province?: string };
  publishFields: ContestEntryRecord['publishFields'];
  submittedAt: string;
}

export const EXCERPT_WORDS = 60;

function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/u);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

export function publicEntryRecord(entry: ContestEntryRecord, at: Date): PublicContestEntry | null {
  if (!PUBLIC_ENTRY_STATUSES.includes(entry.status)) return null;
  const birthYear = entry.entrant?.birthYear;
  if (!hasConsent(entry.consents, 'xu-ly', birthYear, at)) return null;
  if (!hasConsent(entry.consents, 'cong-bo', birthYear, at)) return null;
  const fields = new Set(entry.publishFields ?? []);
  const excerptSource = entry.excerpt ?? entry.text;
  return {
    _id: entry._id,
    _type: 'contestEntry',
    contest: { _type: 'reference', _ref: entry.contest._ref },
    title: entry.title,
    status: entry.status,
    ...(entry.status === 'dat-giai' && entry.placing ? { placing: entry.placing } : {}),
    ...(entry.story ? { story: { _type: 'reference', _ref: entry.story._ref } } : {}),
    ...(fields.has('bai-viet') && excerptSource ? { excerpt: firstWords(excerptSource, EXCERPT_WORDS) } : {}),
    entrant: {
      _type: 'entrant',
      ...(fields.has('ten') ? { name: entry.entrant.name } : {}),
      ...(fields.has('vai-tro') ? { role: entry.entrant.role } : {}),
      ...(fields.has('truong') && entry.entrant.school ? { school: entry.entrant.school } : {}),
      ...(fields.has('tinh') && entry.entrant.province ? { province: entry.entrant.province } : {}),
    },
    publishFields: [...fields],
    submittedAt: entry.submittedAt,
  };
}

/** The public record "Công bố kết quả" writes for an entry: finalists and winners only (see RESULT_ENTRY_STATUSES). */
export function resultRecord(entry: ContestEntryRecord, at: Date): PublicContestEntry | null {
  return RESULT_ENTRY_STATUSES.includes(entry.status) ? publicEntryRecord(entry, at) : null;
}
