import { DocumentsIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { requiredChoice } from '../../validation/rules.ts';
import { INTERNAL_LINK_TYPES } from '../../vocabularies/internalLinkTypes.ts';

export { INTERNAL_LINK_TYPES };

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
