// Participation documents for the desk tests, shaped as `schemas/participation/types.ts` says.
import type { ConsentRecord, ContestEntryRecord, NominationRecord } from '../../../../schemas/participation/types.ts';
import { CONTEST } from './desk-fixture.ts';

export function consent(purpose: ConsentRecord['purpose'], givenBy: ConsentRecord['givenBy'] = 'ban-than', extra: Partial<ConsentRecord> = {}): ConsentRecord {
  return {
    _type: 'consentRecord',
    _key: `${purpose}-${givenBy}`,
    purpose,
    givenBy,
    wording: `Tôi đồng ý (${purpose})`,
    wordingVersion: '2026-12',
    givenAt: '2026-11-01T08:00:00+07:00',
    ...extra,
  };
}

let counter = 0;
/** A valid, consenting adult's text entry; `id` suffix is a uuid-like hex so the blind code is neutral. */
export function entry(overrides: Partial<ContestEntryRecord> = {}): ContestEntryRecord {
  counter += 1;
  const hex = counter.toString(16).padStart(8, '0');
  return {
    _id: `contestEntry.${hex}-1111-4111-8111-${hex}0000`,
    _type: 'contestEntry',
    contest: { _type: 'reference', _ref: CONTEST, _weak: true },
    title: `Tác phẩm số ${counter}`,
    text: 'Cô giáo của em dạy ở điểm trường vùng cao.',
    wordCount: 10,
    entrant: { _type: 'entrant', name: 'Nguyễn Văn A', role: 'hoc-sinh', school: 'Trường THCS Bản Lầu', province: 'lao-cai', birthYear: 1990 },
    contact: { _type: 'privateContact', email: 'a@example.com', phone: '0900000000' },
    consents: [consent('xu-ly'), consent('cong-bo')],
    publishFields: ['ten', 'truong', 'tinh'],
    status: 'hop-le',
    submittedAt: '2026-11-01T08:00:00+07:00',
    receiptHash: 'a'.repeat(64),
    idempotencyKey: `idem-${counter}`,
    ...overrides,
  };
}

let nominationCounter = 0;
export function nomination(overrides: Partial<NominationRecord> = {}): NominationRecord {
  nominationCounter += 1;
  const hex = nominationCounter.toString(16).padStart(8, '0');
  return {
    _id: `nomination.${hex}-2222-4222-8222-${hex}0000`,
    _type: 'nomination',
    nominee: { _type: 'nominee', kind: 'ca-nhan', name: 'Cô Lò Thị Mai', role: 'Nhà giáo', unit: 'Trường Tiểu học Pá Vầy Sủ', province: 'tuyen-quang' },
    achievements: 'Mười năm dạy chữ ở điểm trường xa nhất xã.',
    evidenceLinks: [],
    evidenceFiles: [],
    nominator: { _type: 'nominator', name: 'Người đề cử', contact: { _type: 'privateContact', email: 'de-cu@example.com' } },
    consents: [consent('xu-ly')],
    status: 'da-nhan',
    submittedAt: '2026-11-02T08:00:00+07:00',
    receiptHash: 'b'.repeat(64),
    idempotencyKey: `idem-n-${nominationCounter}`,
    ...overrides,
  };
}
