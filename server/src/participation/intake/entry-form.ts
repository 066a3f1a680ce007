/**
 * A contest entry's text fields and consents → the private record (without id, receipt and file),
 * or the field errors. Consents are recorded only for ticked boxes ("co"): never defaulted.
 */
import { CONSENT_WORDING_VERSION, CONSENT_WORDINGS, type ConsentWordingKey } from '../../../../schemas/participation/consent-wording.ts';
import { childMustAlsoConsent, isChild } from '../../../../schemas/participation/consent.ts';
import { ENTRY_FIELDS as F } from '../../../../schemas/participation/form-fields.ts';
import type { ConsentRecord, ContestEntryRecord } from '../../../../schemas/participation/types.ts';
import { entrantRoles, publishableFields, type ConsentGiver, type PublishableField } from '../../../../schemas/participation/vocabulary.ts';
import { countWordsInText } from '../../../../schemas/text/words.ts';
import { valuesOf } from '../../../../schemas/vocabularies/types.ts';
import { provinces } from '../../../../schemas/vocabularies/provinces.ts';
import type { ParticipationContest } from '../contests.ts';
import type { FormReader } from './form-values.ts';

export const TEXT_MAX_CHARS = 200_000;

export type EntryDraft = Omit<ContestEntryRecord, '_id' | 'receiptHash' | 'idempotencyKey' | 'file'>;

export function consentRecord(key: ConsentWordingKey, givenBy: ConsentGiver, at: Date, index: number): ConsentRecord {
  const wording = CONSENT_WORDINGS[key];
  return {
    _type: 'consentRecord',
    _key: `${key}-${index}`,
    purpose: wording.purpose,
    givenBy,
    wording: wording.text,
    wordingVersion: CONSENT_WORDING_VERSION,
    givenAt: at.toISOString(),
  };
}

export function readEntryForm(reader: FormReader, contest: ParticipationContest, hasFile: boolean, now: Date): EntryDraft | null {
  const title = reader.text(F.title, 'tên tác phẩm', { required: true, max: 200 });
  const text = reader.text(F.text, 'nội dung tác phẩm', { max: TEXT_MAX_CHARS, multiline: true });
  const wordCount = text === undefined ? undefined : countWordsInText(text);
  if (text !== undefined && contest.maxWords !== null && wordCount !== undefined && wordCount > contest.maxWords) {
    reader.fail(F.text, `Nội dung tác phẩm có ${wordCount.toLocaleString('vi-VN')} chữ, quá giới hạn ${contest.maxWords.toLocaleString('vi-VN')} chữ của cuộc thi.`);
  }
  if (text === undefined && !hasFile && !reader.errors[F.text]) reader.fail(F.text, 'Cần dán nội dung tác phẩm hoặc đính kèm tệp tác phẩm.');

  const name = reader.text(F.name, 'họ và tên', { required: true, max: 120 });
  const role = reader.choice(F.role, 'vai trò', valuesOf(entrantRoles), true);
  const school = reader.text(F.school, 'trường, đơn vị', { max: 200 });
  const province = reader.choice(F.province, 'tỉnh, thành phố', provinces.map((p) => p.value), false);
  const birthYear = reader.birthYear(F.birthYear, now);
  const email = reader.email(F.email, 'thư điện tử');
  const phone = reader.phone(F.phone, 'số điện thoại');
  const address = reader.text(F.address, 'địa chỉ', { max: 300 });
  if (email === undefined && phone === undefined && !reader.errors[F.email] && !reader.errors[F.phone]) {
    reader.fail(F.email, 'Cần để lại thư điện tử hoặc số điện thoại để Ban tổ chức liên hệ.');
  }

  const child = isChild(birthYear, now);
  let representative: ContestEntryRecord['representative'];
  if (child) {
    const repName = reader.text(F.representativeName, 'họ và tên người đại diện', { required: true, max: 120 });
    const relation = reader.text(F.representativeRelation, 'quan hệ của người đại diện với người dự thi', { required: true, max: 60 });
    const repEmail = reader.email(F.representativeEmail, 'thư điện tử của người đại diện');
    const repPhone = reader.phone(F.representativePhone, 'số điện thoại của người đại diện');
    if (repEmail === undefined && repPhone === undefined && !reader.errors[F.representativeEmail] && !reader.errors[F.representativePhone]) {
      reader.fail(F.representativeEmail, 'Người dự thi dưới 16 tuổi: cần thư điện tử hoặc số điện thoại của người đại diện theo pháp luật.');
    }
    if (repName && relation) {
      representative = { _type: 'legalRepresentative', name: repName, relation, contact: { _type: 'privateContact', ...(repEmail ? { email: repEmail } : {}), ...(repPhone ? { phone: repPhone } : {}) } };
    }
  }

  const giver: ConsentGiver = child ? 'nguoi-dai-dien' : 'ban-than';
  const consents: ConsentRecord[] = [];
  if (!reader.ticked(F.consentProcessing)) {
    reader.fail(F.consentProcessing, child ? 'Người đại diện cần đánh dấu đồng ý xử lý dữ liệu cá nhân thì bài dự thi mới được nhận.' : 'Cần đánh dấu đồng ý xử lý dữ liệu cá nhân thì bài dự thi mới được nhận.');
  } else {
    consents.push(consentRecord('entry-processing', giver, now, consents.length));
  }
  let publishFields: PublishableField[] = [];
  const chosen = reader.all(F.publishFields);
  const allowed = valuesOf(publishableFields) as string[];
  if (chosen.some((value) => !allowed.includes(value))) reader.fail(F.publishFields, 'Thông tin được chọn công bố không nằm trong danh sách.');
  if (reader.ticked(F.consentPublish)) {
    consents.push(consentRecord('entry-publish', giver, now, consents.length));
    publishFields = [...new Set(chosen.filter((value) => allowed.includes(value)))] as PublishableField[];
    if (childMustAlsoConsent(birthYear, now)) {
      if (reader.ticked(F.consentChild)) consents.push(consentRecord('entry-child-publish', 'tre-em', now, consents.length));
      else reader.fail(F.consentChild, 'Người dự thi từ đủ 7 tuổi cần tự đồng ý công bố (ô đồng ý của em) thì mới được chọn công bố.');
    }
  }

  if (Object.keys(reader.errors).length > 0 || !title || !name || !role) return null;
  return {
    _type: 'contestEntry',
    contest: { _type: 'reference', _ref: contest._id, _weak: true },
    title,
    ...(text !== undefined ? { text, wordCount } : {}),
    entrant: { _type: 'entrant', name, role, ...(school ? { school } : {}), ...(province ? { province } : {}), ...(birthYear !== undefined ? { birthYear } : {}) },
    contact: { _type: 'privateContact', ...(email ? { email } : {}), ...(phone ? { phone } : {}), ...(address ? { address } : {}) },
    ...(representative ? { representative } : {}),
    consents,
    publishFields,
    status: 'da-nhan',
    submittedAt: now.toISOString(),
  };
}
