/** A nomination's text fields and consents → the private record (without id, receipt, files), or errors. */
import { NOMINATION_FIELDS as F } from '../../../../schemas/participation/form-fields.ts';
import type { ConsentRecord, NominationRecord } from '../../../../schemas/participation/types.ts';
import { nomineeKinds } from '../../../../schemas/participation/vocabulary.ts';
import { CONSENT_WORDINGS } from '../../../../schemas/participation/consent-wording.ts';
import { valuesOf } from '../../../../schemas/vocabularies/types.ts';
import { provinces } from '../../../../schemas/vocabularies/provinces.ts';
import { consentRecord } from './entry-form.ts';
import { type FormReader, readLinks } from './form-values.ts';

export const MAX_EVIDENCE_LINKS = 10;

export type NominationDraft = Omit<NominationRecord, '_id' | 'receiptHash' | 'idempotencyKey' | 'evidenceFiles'>;

export function readNominationForm(reader: FormReader, now: Date): NominationDraft | null {
  const kind = reader.choice(F.nomineeKind, 'loại đề cử (cá nhân hay tập thể)', valuesOf(nomineeKinds), true);
  const name = reader.text(F.nomineeName, 'tên người hoặc tập thể được đề cử', { required: true, max: 200 });
  const role = reader.text(F.nomineeRole, 'chức vụ', { max: 200 });
  const unit = reader.text(F.nomineeUnit, 'đơn vị', { max: 200 });
  const province = reader.choice(F.nomineeProvince, 'tỉnh, thành phố', provinces.map((p) => p.value), false);
  const birthYear = reader.birthYear(F.nomineeBirthYear, now);
  const achievements = reader.text(F.achievements, 'thành tích, việc làm tiêu biểu', { required: true, max: 20_000, multiline: true });
  const evidenceLinks = readLinks(reader, F.evidenceLinks, MAX_EVIDENCE_LINKS);
  const nominatorName = reader.text(F.nominatorName, 'họ và tên người đề cử', { required: true, max: 120 });
  const relation = reader.text(F.nominatorRelation, 'quan hệ với người được đề cử', { max: 120 });
  const email = reader.email(F.email, 'thư điện tử');
  const phone = reader.phone(F.phone, 'số điện thoại');
  if (email === undefined && phone === undefined && !reader.errors[F.email] && !reader.errors[F.phone]) {
    reader.fail(F.email, 'Cần để lại thư điện tử hoặc số điện thoại để Ban biên tập liên hệ.');
  }
  const consents: ConsentRecord[] = [];
  if (!reader.ticked(F.consentProcessing)) reader.fail(F.consentProcessing, 'Cần đánh dấu đồng ý xử lý dữ liệu cá nhân thì đề cử mới được nhận.');
  else consents.push(consentRecord('nomination-processing', CONSENT_WORDINGS['nomination-processing'].givenBy, now, consents.length));
  if (reader.ticked(F.consentNominee)) consents.push(consentRecord('nomination-nominee', CONSENT_WORDINGS['nomination-nominee'].givenBy, now, consents.length));
  else if (kind === 'ca-nhan') reader.fail(F.consentNominee, 'Đề cử một cá nhân cần xác nhận người được đề cử (hoặc người đại diện) đã đồng ý.');

  if (Object.keys(reader.errors).length > 0 || !kind || !name || !achievements || !nominatorName) return null;
  return {
    _type: 'nomination',
    nominee: { _type: 'nominee', kind, name, ...(role ? { role } : {}), ...(unit ? { unit } : {}), ...(province ? { province } : {}), ...(birthYear !== undefined ? { birthYear } : {}) },
    achievements,
    evidenceLinks,
    nominator: { _type: 'nominator', name: nominatorName, ...(relation ? { relation } : {}), contact: { _type: 'privateContact', ...(email ? { email } : {}), ...(phone ? { phone } : {}) } },
    consents,
    status: 'da-nhan',
    submittedAt: now.toISOString(),
  };
}
