import { HeartIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from '@sanity/types';
import { documentRules } from '../../validation/document.ts';
import { consentRecordsWellFormed } from '../../validation/participation.ts';
import { fresh, required, requiredChoice } from '../../validation/rules.ts';
import { urlRules } from '../../validation/urls.ts';
import { nominationStatuses } from '../../participation/vocabulary.ts';
import { listOptions, titleOf } from '../../vocabularies/types.ts';
import { joinParts } from '../preview.ts';
import { storedFileFields } from './objects.ts';

/** A nomination of an exemplar from the grassroots ("phát hiện"); fields are `NominationRecord`. Private store only. */
export const nomination = defineType({
  name: 'nomination',
  type: 'document',
  title: 'Đề cử gương điển hình',
  description: 'Đề cử từ cơ sở: người được đề cử, việc đã làm, minh chứng, người đề cử và sự đồng ý.',
  icon: HeartIcon,
  fields: [
    defineField({ name: 'nominee', type: 'nominee', title: 'Người, tập thể được đề cử', validation: (rule) => [rule, fresh(rule).required().error('Cần nhập người, tập thể được đề cử.')] }),
    defineField({ name: 'achievements', type: 'text', rows: 8, title: 'Việc đã làm', validation: (rule) => [rule, required(rule, 'việc đã làm')] }),
    defineField({
      name: 'evidenceLinks',
      type: 'array',
      title: 'Đường dẫn minh chứng',
      of: [defineArrayMember({ type: 'url', validation: (rule) => urlRules(rule) })],
    }),
    defineField({ name: 'evidenceFiles', type: 'array', title: 'Tệp minh chứng', of: [defineArrayMember({ type: 'file', fields: storedFileFields })] }),
    defineField({ name: 'nominator', type: 'nominator', title: 'Người đề cử (riêng tư)', validation: (rule) => [rule, fresh(rule).required().error('Cần nhập người đề cử.')] }),
    defineField({ name: 'consents', type: 'array', title: 'Sự đồng ý (riêng tư)', of: [defineArrayMember({ type: 'consentRecord' })], validation: (rule) => [rule, fresh(rule).custom(consentRecordsWellFormed)] }),
    defineField({ name: 'status', type: 'string', title: 'Trạng thái', options: { list: listOptions(nominationStatuses) }, initialValue: 'da-nhan', validation: (rule) => [rule, requiredChoice(rule, 'trạng thái')] }),
    defineField({ name: 'reviewNote', type: 'text', rows: 3, title: 'Ghi chú xét duyệt (riêng tư)' }),
    defineField({ name: 'exemplar', type: 'reference', title: 'Hồ sơ gương điển hình', to: [{ type: 'exemplar' }], weak: true, readOnly: true }),
    defineField({ name: 'submittedAt', type: 'datetime', title: 'Thời điểm gửi', readOnly: true }),
    defineField({ name: 'receiptHash', type: 'string', title: 'Mã biên nhận (băm, riêng tư)', readOnly: true, hidden: true }),
    defineField({ name: 'idempotencyKey', type: 'string', title: 'Khóa chống gửi trùng (riêng tư)', readOnly: true, hidden: true }),
  ],
  initialValue: { status: 'da-nhan', evidenceLinks: [], evidenceFiles: [], consents: [] },
  preview: {
    select: { name: 'nominee.name', unit: 'nominee.unit', status: 'status' },
    prepare: ({ name, unit, status }) => ({ title: name || 'Đề cử chưa có tên', subtitle: joinParts(unit, titleOf(nominationStatuses, status)) }),
  },
  validation: (rule) => documentRules(rule),
});
