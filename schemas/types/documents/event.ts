import { CalendarIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from '@sanity/types';
import { afterSibling, formatDateVi } from '../../validation/dates.ts';
import { documentRules } from '../../validation/document.ts';
import { maxLength } from '../../validation/lengths.ts';
import { fresh, required, requiredChoice } from '../../validation/rules.ts';
import { eventKinds } from '../../vocabularies/kinds.ts';
import { listOptions, titleOf } from '../../vocabularies/types.ts';
import { slugField } from '../fields.ts';
import { joinParts } from '../preview.ts';

const dateOptions = { dateFormat: 'DD/MM/YYYY', timeFormat: 'HH:mm' };

export const event = defineType({
  name: 'event',
  type: 'document',
  title: 'Giao lưu, tọa đàm',
  description: 'Buổi giao lưu, tọa đàm, lễ tôn vinh gương điển hình.',
  icon: CalendarIcon,
  fields: [
    defineField({ name: 'title', type: 'string', title: 'Tên sự kiện', validation: (rule) => [rule, required(rule, 'tên sự kiện'), maxLength(rule, 200, 'Tên sự kiện')] }),
    slugField('title', 'tên sự kiện'),
    defineField({ name: 'kind', type: 'string', title: 'Loại', options: { list: listOptions(eventKinds) }, initialValue: 'giao-luu', validation: (rule) => [rule, requiredChoice(rule, 'loại sự kiện')] }),
    defineField({ name: 'startsAt', type: 'datetime', title: 'Bắt đầu', options: dateOptions, validation: (rule) => [rule, fresh(rule).required().error('Cần chọn thời gian bắt đầu.')] }),
    defineField({
      name: 'endsAt',
      type: 'datetime',
      title: 'Kết thúc',
      options: dateOptions,
      validation: (rule) => [rule, fresh(rule).custom(afterSibling('startsAt', { label: 'Thời gian kết thúc', siblingLabel: 'thời gian bắt đầu' }, { strict: true }))],
    }),
    defineField({ name: 'venue', type: 'venue', title: 'Địa điểm' }),
    defineField({ name: 'summary', type: 'text', rows: 3, title: 'Tóm tắt', validation: (rule) => [rule, maxLength(rule, 500, 'Tóm tắt')] }),
    defineField({ name: 'description', type: 'portableText', title: 'Nội dung' }),
    defineField({ name: 'exemplars', type: 'array', title: 'Gương điển hình tham dự', of: [defineArrayMember({ type: 'reference', to: [{ type: 'exemplar' }] })], validation: (rule) => [rule, fresh(rule).unique().error('Gương điển hình bị chọn trùng.')] }),
    defineField({ name: 'recording', type: 'videoEmbed', title: 'Video ghi lại' }),
    defineField({ name: 'gallery', type: 'array', title: 'Ảnh sự kiện', of: [defineArrayMember({ type: 'accessibleImage' })], options: { layout: 'grid' } }),
    defineField({ name: 'cover', type: 'accessibleImage', title: 'Ảnh bìa' }),
  ],
  orderings: [
    { name: 'startsDesc', title: 'Mới nhất', by: [{ field: 'startsAt', direction: 'desc' }] },
    { name: 'startsAsc', title: 'Sắp diễn ra trước', by: [{ field: 'startsAt', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', kind: 'kind', startsAt: 'startsAt', provinceName: 'venue.province.name', media: 'cover' },
    prepare: ({ title, kind, startsAt, provinceName, media }) => ({
      title: title || 'Chưa có tên',
      subtitle: joinParts(titleOf(eventKinds, kind), provinceName, formatDateVi(startsAt)),
      media,
    }),
  },
  validation: (rule) => documentRules(rule),
});
