import { UserIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { maxLength } from '../../validation/lengths.ts';
import { requiredChoice } from '../../validation/rules.ts';

export const exemplarCard = defineType({
  name: 'exemplarCard',
  type: 'object',
  title: 'Thẻ gương điển hình',
  description: 'Thẻ giới thiệu ngắn một gương điển hình, dẫn tới trang của người/tập thể đó.',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'exemplar',
      type: 'reference',
      title: 'Gương điển hình',
      to: [{ type: 'exemplar' }],
      validation: (rule) => [rule, requiredChoice(rule, 'gương điển hình')],
    }),
    defineField({
      name: 'note',
      type: 'string',
      title: 'Ghi chú',
      description: 'Một câu giới thiệu riêng cho bài này (không bắt buộc).',
      validation: (rule) => [rule, maxLength(rule, 200, 'Ghi chú')],
    }),
  ],
  preview: {
    select: { title: 'exemplar.name', note: 'note', media: 'exemplar.portrait' },
    prepare: ({ title, note, media }) => ({ title: title || 'Chưa chọn gương điển hình', subtitle: note || 'Thẻ gương điển hình', media }),
  },
});
