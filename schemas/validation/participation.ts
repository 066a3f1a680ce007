import type { ValidationContext } from '@sanity/types';
import { activeConsent } from '../participation/consent.ts';
import type { ConsentRecord } from '../participation/types.ts';
import { VALIDATION_API_VERSION } from './slugs.ts';

/**
 * Studio rules of contest entries (issue 11) that need more than one field. Each message names the
 * field, in Vietnamese.
 */

type EntryDoc = { status?: unknown; contest?: { _ref?: unknown }; consents?: unknown };

/** `invalidReason` is required once an entry is judged not valid (the receipt holder reads it). */
export function invalidReasonRequired(value: unknown, context: ValidationContext): true | string {
  const doc = (context.document ?? {}) as EntryDoc;
  if (doc.status !== 'khong-hop-le') return true;
  return typeof value === 'string' && value.trim() !== '' ? true : 'Cần nhập lý do không hợp lệ (bắt buộc khi trạng thái là "Không hợp lệ").';
}

/**
 * `placing` is required when the entry won a prize, and must be the `_key` of one of its contest's
 * prizes. The contest lives in the public dataset: when this dataset cannot see it (the private
 * participation dataset), only "required" is checked.
 */
export async function placingMatchesContest(value: unknown, context: ValidationContext): Promise<true | string> {
  const doc = (context.document ?? {}) as EntryDoc;
  const placing = typeof value === 'string' ? value.trim() : '';
  if (doc.status !== 'dat-giai') return placing === '' ? true : 'Giải thưởng chỉ ghi khi trạng thái là "Đạt giải".';
  if (placing === '') return 'Cần chọn giải thưởng (bắt buộc khi trạng thái là "Đạt giải").';
  const contestId = doc.contest?._ref;
  if (typeof contestId !== 'string') return true;
  const client = context.getClient({ apiVersion: VALIDATION_API_VERSION }).withConfig({ perspective: 'raw' });
  const keys = await client.fetch<string[] | null>(
    `coalesce(*[_id == $id][0], *[_id == $draft][0]).prizes[]._key`,
    { id: contestId, draft: `drafts.${contestId}` },
    { tag: 'validation.contest-entry-placing' },
  );
  if (!Array.isArray(keys)) return true;
  return keys.includes(placing) ? true : `Giải thưởng "${placing}" không có trong cơ cấu giải của cuộc thi ${contestId}.`;
}

/** A consent record is well formed: wording, version and a real time; withdrawn after it was given. */
export function consentRecordsWellFormed(value: unknown): true | string {
  if (!Array.isArray(value)) return true;
  for (const [index, item] of value.entries()) {
    const record = item as Partial<ConsentRecord>;
    const where = `Sự đồng ý thứ ${index + 1}`;
    if (typeof record.wording !== 'string' || record.wording.trim() === '') return `${where}: thiếu nội dung đã đồng ý (wording).`;
    if (typeof record.wordingVersion !== 'string' || record.wordingVersion.trim() === '') return `${where}: thiếu phiên bản nội dung (wordingVersion).`;
    const given = typeof record.givenAt === 'string' ? Date.parse(record.givenAt) : Number.NaN;
    if (Number.isNaN(given)) return `${where}: thời điểm đồng ý (givenAt) không hợp lệ.`;
    if (record.withdrawnAt !== undefined) {
      const withdrawn = typeof record.withdrawnAt === 'string' ? Date.parse(record.withdrawnAt) : Number.NaN;
      if (Number.isNaN(withdrawn) || withdrawn < given) return `${where}: thời điểm rút lại (withdrawnAt) phải sau thời điểm đồng ý.`;
    }
  }
  return true;
}

/** An entry in the private store needs an active processing consent; legacy public records have none. */
export function hasProcessingConsent(consents: readonly ConsentRecord[] | undefined): boolean {
  return ['ban-than', 'nguoi-dai-dien'].some((giver) => activeConsent(consents, 'xu-ly', giver as ConsentRecord['givenBy']) !== undefined);
}
