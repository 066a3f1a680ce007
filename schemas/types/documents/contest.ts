import { BulbOutlineIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from '@sanity/types';
import { afterSibling, formatDateVi } from '../../validation/dates.ts';
import { documentRules } from '../../validation/document.ts';
import { maxLength } from '../../validation/lengths.ts';
import { fresh, required } from '../../validation/rules.ts';
import { slugField } from '../fields.ts';
import { joinParts } from '../preview.ts';

const dateOptions = { dateFormat: 'DD/MM/YYYY', timeFormat: 'HH:mm' };

/** Writing/photo/video contests about real people and real deeds ("người thật, việc thật"). */
export const contest = defineType({
  name: 'contest',
  type: 'document',
  title: 'Cuộc thi',
  description: 'Cuộc thi viết, ảnh, video về gương điển hình: thể lệ, thời hạn, giải thưởng, tiêu chí chấm. Bài dự thi là tài liệu riêng (Bài dự thi).',
  icon: BulbOutlineIcon,
  fields: [
    defineField({ name: 'title', type: 'string', title: 'Tên cuộc thi', validation: (rule) => [rule, required(rule, 'tên cuộc thi'), maxLength(rule, 200, 'Tên cuộc thi')] }),
    slugField('title', 'tên cuộc thi'),
    defineField({ name: 'summary', type: 'text', rows: 3, title: 'Tóm tắt', validation: (rule) => [rule, maxLength(rule, 500, 'Tóm tắt')] }),
    defineField({ name: 'cover', type: 'accessibleImage', title: 'Ảnh bìa' }),
    defineField({ name: 'rules', type: 'portableText', title: 'Thể lệ' }),
    defineField({ name: 'opensAt', type: 'datetime', title: 'Bắt đầu nhận bài', options: dateOptions, validation: (rule) => [rule, fresh(rule).required().error('Cần chọn ngày bắt đầu nhận bài.')] }),
    defineField({
      name: 'closesAt',
      type: 'datetime',
      title: 'Hạn nộp bài',
      options: dateOptions,
      validation: (rule) => [
        rule,
        fresh(rule).required().error('Cần chọn hạn nộp bài.'),
        fresh(rule).custom(afterSibling('opensAt', { label: 'Hạn nộp bài', siblingLabel: 'ngày bắt đầu nhận bài' }, { strict: true })),
      ],
    }),
    defineField({
      name: 'resultsAt',
      type: 'datetime',
      title: 'Công bố kết quả',
      options: dateOptions,
      validation: (rule) => [rule, fresh(rule).custom(afterSibling('closesAt', { label: 'Ngày công bố kết quả', siblingLabel: 'hạn nộp bài' }, { strict: true }))],
    }),
    defineField({ name: 'limits', type: 'contestLimits', title: 'Giới hạn tác phẩm' }),
    defineField({ name: 'prizes', type: 'array', title: 'Cơ cấu giải thưởng', of: [defineArrayMember({ type: 'prize' })] }),
    defineField({
      name: 'acceptsOnlineEntries',
      type: 'boolean',
      title: 'Nhận bài trực tuyến',
      description: 'Bật để trang cuộc thi có mẫu "Gửi bài dự thi" trong thời gian nhận bài.',
      initialValue: true,
    }),
    defineField({
      name: 'rubric',
      type: 'array',
      title: 'Tiêu chí chấm',
      description: 'Các tiêu chí và trọng số giám khảo dùng để chấm; bảng xếp hạng tính từ đây.',
      of: [defineArrayMember({ type: 'rubricCriterion' })],
    }),
  ],
  orderings: [
    { name: 'closesDesc', title: 'Hạn nộp mới nhất', by: [{ field: 'closesAt', direction: 'desc' }] },
    { name: 'titleAsc', title: 'Theo tên', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', opensAt: 'opensAt', closesAt: 'closesAt', media: 'cover' },
    prepare: ({ title, opensAt, closesAt, media }) => ({
      title: title || 'Chưa có tên',
      subtitle: joinParts('Cuộc thi', closesAt ? `${formatDateVi(opensAt) ?? '…'} – ${formatDateVi(closesAt)}` : undefined),
      media,
    }),
  },
  initialValue: { acceptsOnlineEntries: true },
  validation: (rule) => documentRules(rule),
});
