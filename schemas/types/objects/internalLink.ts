import { DocumentsIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { requiredChoice } from '../../validation/rules.ts';

/** Document types a body link may point to (each has a public page). */
export const INTERNAL_LINK_TYPES = [
  'story',
  'exemplar',
  'column',
  'theme',
  'publication',
  'contest',
  'event',
  'person',
  'organisation',
] as const;

export const internalLink = defineType({
  name: 'internalLink',
  type: 'object',
  title: 'Liên kết trong trang',
  description: 'Liên kết tới một bài viết, gương điển hình, chuyên mục… trên Gương sáng. Đổi đường dẫn không làm hỏng liên kết.',
  icon: DocumentsIcon,
  fields: [
    defineField({
      name: 'reference',
      type: 'reference',
      title: 'Trang đích',
      to: INTERNAL_LINK_TYPES.map((type) => ({ type })),
      validation: (rule) => [rule, requiredChoice(rule, 'trang đích')],
    }),
  ],
});
