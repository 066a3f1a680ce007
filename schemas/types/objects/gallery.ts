import { ImagesIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from '@sanity/types';
import { minItems } from '../../validation/rules.ts';
import { joinParts } from '../preview.ts';

export const gallery = defineType({
  name: 'gallery',
  type: 'object',
  title: 'Bộ ảnh',
  description: 'Từ hai ảnh trở lên, hiện thành dãy ảnh trong bài.',
  icon: ImagesIcon,
  fields: [
    defineField({
      name: 'images',
      type: 'array',
      title: 'Ảnh',
      description: 'Ít nhất 2 ảnh; mỗi ảnh cần mô tả (alt).',
      of: [defineArrayMember({ type: 'accessibleImage' })],
      options: { layout: 'grid' },
      validation: (rule) => [rule, minItems(rule, 2, 'Bộ ảnh cần ít nhất 2 ảnh.')],
    }),
    defineField({ name: 'caption', type: 'text', rows: 2, title: 'Chú thích chung', description: 'Chú thích cho cả bộ ảnh.' }),
  ],
  preview: {
    select: { images: 'images', caption: 'caption', media: 'images.0' },
    prepare({ images, caption, media }) {
      const count = Array.isArray(images) ? images.length : 0;
      return { title: caption || 'Bộ ảnh', subtitle: joinParts('Bộ ảnh', `${count} ảnh`), media };
    },
  },
});
