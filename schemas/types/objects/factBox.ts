import { InfoOutlineIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { maxLength } from '../../validation/lengths.ts';
import { minItems, required } from '../../validation/rules.ts';

export const factBox = defineType({
  name: 'factBox',
  type: 'object',
  title: 'Hộp thông tin',
  description: 'Khung tóm tắt số liệu, mốc thời gian hoặc thông tin nền bên cạnh bài.',
  icon: InfoOutlineIcon,
  fields: [
    defineField({
      name: 'title',
      type: 'string',
      title: 'Tiêu đề hộp',
      validation: (rule) => [rule, required(rule, 'tiêu đề hộp thông tin'), maxLength(rule, 120, 'Tiêu đề hộp')],
    }),
    defineField({
      name: 'body',
      type: 'simplePortableText',
      title: 'Nội dung',
      validation: (rule) => [rule, minItems(rule, 1, 'Cần nhập nội dung hộp thông tin.')],
    }),
  ],
  preview: {
    select: { title: 'title' },
    prepare: ({ title }) => ({ title: title || 'Hộp thông tin', subtitle: 'Hộp thông tin' }),
  },
});
