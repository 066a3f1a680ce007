// Blind judging: the one function that turns whatever the store returned into what a judge may see,
// and the conflict-of-interest rule. A judge's page, download or JSON is built from `BlindEntry` only.
import type { EntryFileKind, EntryStatus } from '../../../../schemas/participation/vocabulary.ts';

export interface BlindEntry {
  _id: string;
  _rev?: string;
  contest: string;
  /** A neutral code for the entry (from its random id), the same on every page and file name. */
  code: string;
  title: string;
  text?: string;
  wordCount?: number;
  status: EntryStatus;
  file?: { kind: EntryFileKind; mimeType: string; size: number; asset: string };
}

/** `contestEntry.3f2a…` → `3F2A…` (8 characters): ids are random UUIDs, so the code says nothing. */
export function blindCode(entryId: string): string {
  const suffix = entryId.slice(entryId.lastIndexOf('.') + 1).replace(/[^A-Za-z0-9]/g, '');
  return suffix.slice(0, 8).toUpperCase();
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/**
 * Whitelists a (projected or whole) entry down to the blind fields. Applied after the blind query as a
 * second wall: even a whole document passed in by mistake loses its entrant, contact, representative,
 * consents, receipt, idempotency key and the file's original name.
 */
export function blindEntry(raw: Record<string, unknown>): BlindEntry {
  const contest = raw['contest'];
  const contestId = typeof contest === 'string' ? contest : str((contest as { _ref?: unknown } | null)?._ref) ?? '';
  const file = raw['file'] as Record<string, unknown> | null | undefined;
  const asset = file ? (typeof file['asset'] === 'string' ? file['asset'] : str((file['asset'] as { _ref?: unknown } | null)?._ref)) : undefined;
  const id = String(raw['_id']);
  const text = str(raw['text']);
  const wordCount = num(raw['wordCount']);
  const rev = str(raw['_rev']);
  return {
    _id: id,
    ...(rev ? { _rev: rev } : {}),
    contest: contestId,
    code: blindCode(id),
    title: str(raw['title']) ?? '',
    ...(text !== undefined ? { text } : {}),
    ...(wordCount !== undefined ? { wordCount } : {}),
    status: raw['status'] as EntryStatus,
    ...(file && asset
      ? { file: { kind: file['kind'] as EntryFileKind, mimeType: str(file['mimeType']) ?? 'application/octet-stream', size: num(file['size']) ?? 0, asset } }
      : {}),
  };
}

/** NFC, lower case (Vietnamese letters included), runs of white space collapsed, trimmed. */
export function normaliseName(value: string): string {
  return value.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
}

export interface Conflicts {
  conflictSchools: readonly string[];
  conflictProvinces: readonly string[];
}

/** True when the judge declared the entrant's school or province: the entry does not exist for them. */
export function isConflicted(judge: Conflicts, entrant: { school?: unknown; province?: unknown }): boolean {
  const school = typeof entrant.school === 'string' ? normaliseName(entrant.school) : '';
  const province = typeof entrant.province === 'string' ? normaliseName(entrant.province) : '';
  if (school !== '' && judge.conflictSchools.some((s) => normaliseName(s) === school)) return true;
  if (province !== '' && judge.conflictProvinces.some((p) => normaliseName(p) === province)) return true;
  return false;
}
