// Object types of public participation (issue 11): the entrant, private contact details, the legal
// representative of a child, consent records, stored files, nominee/nominator and rubric criteria.
// Field names follow `schemas/participation/types.ts` exactly (the server and the Studio share them).
import { CheckmarkCircleIcon, ControlsIcon, DocumentIcon, EnvelopeIcon, UserIcon, UsersIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { maxLength } from '../../validation/lengths.ts';
import { fresh, integerBetween, required, requiredChoice } from '../../validation/rules.ts';
import { consentGivers, consentPurposes, entrantRoles, entryFileKinds, nomineeKinds } from '../../participation/vocabulary.ts';
import { provinces } from '../../vocabularies/provinces.ts';
import { listOptions, titleOf } from '../../vocabularies/types.ts';
import { joinParts } from '../preview.ts';

/**
 * The entrant's name is required, except in a public record whose entrant did not agree to publish it
 * (`publishFields` without "ten"): a public record has no receipt, a private one always has.
 */
function nameRequiredUnlessWithheld(value: unknown, context: { document?: unknown }): true | string {
  if (typeof value === 'string' && value.trim() !== '') return true;
  const doc = (context.document ?? {}) as { receiptHash?: unknown; publishFields?: unknown };
  const publicRecord = doc.receiptHash === undefined;
  const withheld = !(Array.isArray(doc.publishFields) && doc.publishFields.includes('ten'));
  return publicRecord && withheld ? true : 'Cần nhập họ và tên tác giả.';
}

const provinceOptions = provinces.map((p) => ({ title: p.title, value: p.value }));

export const entrant = defineType({
  name: 'entrant',
  type: 'object',
  title: 'Tác giả dự thi',
  description: 'Họ tên, vai trò, trường, tỉnh chỉ được công bố khi tác giả đồng ý (mục "Thông tin được công bố").',
  icon: UserIcon,
  fields: [
    defineField({ name: 'name', type: 'string', title: 'Họ và tên', validation: (rule) => [rule, fresh(rule).custom(nameRequiredUnlessWithheld), maxLength(rule, 150, 'Họ và tên')] }),
    // Not required: the entries migrated from the old contest array never recorded a role.
    defineField({ name: 'role', type: 'string', title: 'Vai trò', options: { list: listOptions(entrantRoles) } }),
    defineField({ name: 'school', type: 'string', title: 'Trường, đơn vị', validation: (rule) => [rule, maxLength(rule, 200, 'Trường, đơn vị')] }),
    defineField({ name: 'province', type: 'string', title: 'Tỉnh, thành phố', options: { list: provinceOptions } }),
    defineField({
      name: 'birthYear',
      type: 'number',
      title: 'Năm sinh (riêng tư)',
      description: 'Chỉ để biết tác giả có phải trẻ em (dưới 16 tuổi, từ đủ 7 tuổi) hay không. Không bao giờ công bố.',
      validation: (rule) => [rule, integerBetween(rule, 1900, 2100, 'Năm sinh')],
    }),
  ],
  preview: {
    select: { name: 'name', role: 'role', school: 'school' },
    prepare: ({ name, role, school }) => ({ title: name || 'Chưa có tên', subtitle: joinParts(titleOf(entrantRoles, role), school) }),
  },
});

export const privateContact = defineType({
  name: 'privateContact',
  type: 'object',
  title: 'Liên hệ (riêng tư)',
  description: 'Không bao giờ công bố: chỉ ban tổ chức dùng để liên lạc.',
  icon: EnvelopeIcon,
  fields: [
    defineField({ name: 'email', type: 'string', title: 'Thư điện tử', validation: (rule) => [rule, fresh(rule).custom((v: unknown) => v === undefined || (typeof v === 'string' && /^[^\s@]+@[^\s@]+$/u.test(v)) || 'Thư điện tử không hợp lệ.')] }),
    defineField({ name: 'phone', type: 'string', title: 'Số điện thoại', validation: (rule) => [rule, maxLength(rule, 30, 'Số điện thoại')] }),
    defineField({ name: 'address', type: 'text', rows: 2, title: 'Địa chỉ', validation: (rule) => [rule, maxLength(rule, 300, 'Địa chỉ')] }),
  ],
});

export const legalRepresentative = defineType({
  name: 'legalRepresentative',
  type: 'object',
  title: 'Người đại diện theo pháp luật (riêng tư)',
  description: 'Bắt buộc khi tác giả dưới 16 tuổi (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15).',
  icon: UsersIcon,
  fields: [
    defineField({ name: 'name', type: 'string', title: 'Họ và tên', validation: (rule) => [rule, required(rule, 'họ và tên người đại diện')] }),
    defineField({ name: 'relation', type: 'string', title: 'Quan hệ với tác giả', description: 'Ví dụ: Mẹ, Bố, Người giám hộ.', validation: (rule) => [rule, required(rule, 'quan hệ của người đại diện với tác giả')] }),
    defineField({ name: 'contact', type: 'privateContact', title: 'Liên hệ của người đại diện' }),
  ],
});

export const consentRecord = defineType({
  name: 'consentRecord',
  type: 'object',
  title: 'Sự đồng ý (riêng tư)',
  description: 'Ghi đúng câu chữ đã được đồng ý, phiên bản và thời điểm. Im lặng không phải là đồng ý.',
  icon: CheckmarkCircleIcon,
  fields: [
    defineField({ name: 'purpose', type: 'string', title: 'Mục đích', options: { list: listOptions(consentPurposes) }, validation: (rule) => [rule, requiredChoice(rule, 'mục đích của sự đồng ý')] }),
    defineField({ name: 'givenBy', type: 'string', title: 'Người đồng ý', options: { list: listOptions(consentGivers) }, validation: (rule) => [rule, requiredChoice(rule, 'người đồng ý')] }),
    defineField({ name: 'wording', type: 'text', rows: 3, title: 'Nội dung đã đồng ý (nguyên văn)', validation: (rule) => [rule, required(rule, 'nội dung đã đồng ý')] }),
    defineField({ name: 'wordingVersion', type: 'string', title: 'Phiên bản nội dung', description: 'Ví dụ: 2026-01.', validation: (rule) => [rule, required(rule, 'phiên bản nội dung đồng ý')] }),
    defineField({ name: 'givenAt', type: 'datetime', title: 'Thời điểm đồng ý', validation: (rule) => [rule, fresh(rule).required().error('Cần có thời điểm đồng ý.')] }),
    defineField({ name: 'withdrawnAt', type: 'datetime', title: 'Thời điểm rút lại', description: 'Khi rút lại sự đồng ý xử lý dữ liệu, hồ sơ phải được xóa.' }),
  ],
  preview: {
    select: { purpose: 'purpose', givenBy: 'givenBy', withdrawnAt: 'withdrawnAt' },
    prepare: ({ purpose, givenBy, withdrawnAt }) => ({
      title: titleOf(consentPurposes, purpose) ?? 'Sự đồng ý',
      subtitle: joinParts(titleOf(consentGivers, givenBy), withdrawnAt ? 'Đã rút lại' : undefined),
    }),
  },
});

/** Extra fields on a stored file (Sanity's `file` type): what the server learnt from the bytes. */
export const storedFileFields = [
  defineField({ name: 'kind', type: 'string', title: 'Loại tệp (theo nội dung)', options: { list: listOptions(entryFileKinds) }, readOnly: true }),
  defineField({ name: 'mimeType', type: 'string', title: 'Kiểu MIME', readOnly: true }),
  defineField({ name: 'size', type: 'number', title: 'Dung lượng (byte)', readOnly: true }),
  defineField({ name: 'originalName', type: 'string', title: 'Tên tệp gốc', readOnly: true }),
];

export const nominee = defineType({
  name: 'nominee',
  type: 'object',
  title: 'Người, tập thể được đề cử',
  icon: UserIcon,
  fields: [
    defineField({ name: 'kind', type: 'string', title: 'Cá nhân hay tập thể', options: { list: listOptions(nomineeKinds), layout: 'radio', direction: 'horizontal' }, validation: (rule) => [rule, requiredChoice(rule, 'cá nhân hay tập thể')] }),
    defineField({ name: 'name', type: 'string', title: 'Tên', validation: (rule) => [rule, required(rule, 'tên người, tập thể được đề cử'), maxLength(rule, 150, 'Tên')] }),
    defineField({ name: 'role', type: 'string', title: 'Vai trò, chức vụ' }),
    defineField({ name: 'unit', type: 'string', title: 'Đơn vị' }),
    defineField({ name: 'province', type: 'string', title: 'Tỉnh, thành phố', options: { list: provinceOptions } }),
    defineField({ name: 'birthYear', type: 'number', title: 'Năm sinh (riêng tư)', validation: (rule) => [rule, integerBetween(rule, 1900, 2100, 'Năm sinh')] }),
  ],
});

export const nominator = defineType({
  name: 'nominator',
  type: 'object',
  title: 'Người đề cử (riêng tư)',
  icon: UserIcon,
  fields: [
    defineField({ name: 'name', type: 'string', title: 'Họ và tên', validation: (rule) => [rule, required(rule, 'họ và tên người đề cử')] }),
    defineField({ name: 'relation', type: 'string', title: 'Quan hệ với người được đề cử' }),
    defineField({ name: 'contact', type: 'privateContact', title: 'Liên hệ' }),
  ],
});

export const rubricCriterion = defineType({
  name: 'rubricCriterion',
  type: 'object',
  title: 'Tiêu chí chấm',
  icon: ControlsIcon,
  fields: [
    defineField({ name: 'title', type: 'string', title: 'Tiêu chí', description: 'Ví dụ: Nội dung chân thực.', validation: (rule) => [rule, required(rule, 'tên tiêu chí')] }),
    defineField({ name: 'weight', type: 'number', title: 'Trọng số', description: 'Lớn hơn 0; bảng xếp hạng tự quy đổi theo tổng trọng số.', validation: (rule) => [rule, fresh(rule).required().greaterThan(0).error('Trọng số phải lớn hơn 0.')] }),
    defineField({ name: 'maxScore', type: 'number', title: 'Điểm tối đa', initialValue: 10, validation: (rule) => [rule, fresh(rule).required().greaterThan(0).error('Điểm tối đa phải lớn hơn 0.')] }),
  ],
  preview: {
    select: { title: 'title', weight: 'weight', maxScore: 'maxScore' },
    prepare: ({ title, weight, maxScore }) => ({ title: title || 'Tiêu chí', subtitle: joinParts(weight !== undefined ? `trọng số ${weight}` : undefined, maxScore !== undefined ? `thang ${maxScore}` : undefined) }),
  },
});

/** One criterion's score inside a judgeScore. */
export const criterionScore = defineType({
  name: 'criterionScore',
  type: 'object',
  title: 'Điểm theo tiêu chí',
  icon: DocumentIcon,
  fields: [
    defineField({ name: 'criterion', type: 'string', title: 'Tiêu chí (khóa)', validation: (rule) => [rule, required(rule, 'tiêu chí')] }),
    defineField({ name: 'score', type: 'number', title: 'Điểm', validation: (rule) => [rule, fresh(rule).required().min(0).error('Điểm phải là số từ 0 trở lên.')] }),
  ],
});
