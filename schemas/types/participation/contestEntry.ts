import { TaskIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from '@sanity/types';
import { linkedStoryMatchesEntry } from '../../validation/contestEntries.ts';
import { documentRules } from '../../validation/document.ts';
import { maxLength } from '../../validation/lengths.ts';
import { consentRecordsWellFormed, invalidReasonRequired, placingMatchesContest } from '../../validation/participation.ts';
import { fresh, required, requiredChoice } from '../../validation/rules.ts';
import { entryStatuses, publishableFields } from '../../participation/vocabulary.ts';
import { listOptions, titleOf } from '../../vocabularies/types.ts';
import { joinParts } from '../preview.ts';
import { storedFileFields } from './objects.ts';

/**
 * One submitted work (issue 11), its own document so a contest can receive tens of thousands.
 * Fields are exactly `ContestEntryRecord` (schemas/participation/types.ts). Entries with contact
 * details and consents live only in the private store; the public dataset holds the whitelisted
 * `publicEntryRecord` of valid entries (and the legacy entries migrated from `contest.entries`).
 */
export const contestEntry = defineType({
  name: 'contestEntry',
  type: 'document',
  title: 'Bài dự thi',
  description: 'Tác phẩm gửi dự thi: nội dung, tác giả, sự đồng ý và trạng thái chấm.',
  icon: TaskIcon,
  fields: [
    defineField({
      name: 'contest',
      type: 'reference',
      title: 'Cuộc thi',
      to: [{ type: 'contest' }],
      // Weak: entries in the private dataset point at a contest in the public dataset.
      weak: true,
      validation: (rule) => [rule, requiredChoice(rule, 'cuộc thi')],
    }),
    defineField({ name: 'title', type: 'string', title: 'Tên tác phẩm', validation: (rule) => [rule, required(rule, 'tên tác phẩm'), maxLength(rule, 200, 'Tên tác phẩm')] }),
    defineField({ name: 'text', type: 'text', rows: 12, title: 'Nội dung', description: 'Văn bản thuần; bỏ trống khi tác phẩm là tệp đính kèm.' }),
    defineField({ name: 'wordCount', type: 'number', title: 'Số chữ', readOnly: true }),
    defineField({ name: 'file', type: 'file', title: 'Tệp đính kèm', fields: storedFileFields }),
    defineField({ name: 'entrant', type: 'entrant', title: 'Tác giả', validation: (rule) => [rule, fresh(rule).required().error('Cần nhập thông tin tác giả.')] }),
    defineField({ name: 'contact', type: 'privateContact', title: 'Liên hệ (riêng tư)' }),
    defineField({ name: 'representative', type: 'legalRepresentative', title: 'Người đại diện (riêng tư)' }),
    defineField({
      name: 'consents',
      type: 'array',
      title: 'Sự đồng ý (riêng tư)',
      of: [defineArrayMember({ type: 'consentRecord' })],
      validation: (rule) => [rule, fresh(rule).custom(consentRecordsWellFormed)],
    }),
    defineField({
      name: 'publishFields',
      type: 'array',
      title: 'Thông tin được công bố',
      description: 'Chỉ những thông tin tác giả đồng ý công bố mới xuất hiện trên trang.',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: listOptions(publishableFields) },
      validation: (rule) => [rule, fresh(rule).unique().error('Thông tin được công bố bị chọn trùng.')],
    }),
    defineField({ name: 'status', type: 'string', title: 'Trạng thái', options: { list: listOptions(entryStatuses) }, initialValue: 'da-nhan', validation: (rule) => [rule, requiredChoice(rule, 'trạng thái')] }),
    defineField({
      name: 'invalidReason',
      type: 'text',
      rows: 2,
      title: 'Lý do không hợp lệ',
      hidden: ({ document }) => document?.status !== 'khong-hop-le',
      validation: (rule) => [rule, fresh(rule).custom(invalidReasonRequired)],
    }),
    defineField({
      name: 'placing',
      type: 'string',
      title: 'Giải thưởng',
      description: 'Khóa (_key) của một giải trong cơ cấu giải của cuộc thi.',
      hidden: ({ document }) => document?.status !== 'dat-giai',
      validation: (rule) => [rule, fresh(rule).custom(placingMatchesContest)],
    }),
    defineField({
      name: 'story',
      type: 'reference',
      title: 'Bài đăng trên trang',
      description: 'Nếu tác phẩm được đăng thành bài viết: bài của chính tác giả, đăng trong thời gian cuộc thi (hoặc được đánh dấu là bài đăng lại).',
      to: [{ type: 'story' }],
      weak: true,
      validation: (rule) => [rule, fresh(rule).custom(linkedStoryMatchesEntry).error()],
    }),
    defineField({ name: 'excerpt', type: 'text', rows: 4, title: 'Trích đoạn', validation: (rule) => [rule, maxLength(rule, 1000, 'Trích đoạn')] }),
    defineField({ name: 'submittedAt', type: 'datetime', title: 'Thời điểm gửi', readOnly: true }),
    defineField({ name: 'receiptHash', type: 'string', title: 'Mã biên nhận (băm, riêng tư)', readOnly: true, hidden: true }),
    defineField({ name: 'idempotencyKey', type: 'string', title: 'Khóa chống gửi trùng (riêng tư)', readOnly: true, hidden: true }),
  ],
  initialValue: { status: 'da-nhan', publishFields: [], consents: [] },
  orderings: [
    { name: 'submittedDesc', title: 'Gửi mới nhất', by: [{ field: 'submittedAt', direction: 'desc' }] },
    { name: 'titleAsc', title: 'Theo tên', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', name: 'entrant.name', status: 'status' },
    prepare: ({ title, name, status }) => ({ title: title || 'Tác phẩm chưa đặt tên', subtitle: joinParts(name, titleOf(entryStatuses, status)) }),
  },
  validation: (rule) => documentRules(rule),
});
