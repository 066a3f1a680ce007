import { ComposeIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { countWordsInBlocks } from '../../text/words.ts';
import { maxLength } from '../../validation/lengths.ts';
import { minItems, required } from '../../validation/rules.ts';
import { formatNumberVi, joinParts } from '../preview.ts';

/** A chapter written for the publication only (lời giới thiệu, phần mở, phụ lục…). */
export const sectionChapter = defineType({
  name: 'sectionChapter',
  type: 'object',
  title: 'Chương soạn riêng',
  description: 'Nội dung viết riêng cho ấn phẩm, không phải bài viết trên trang.',
  icon: ComposeIcon,
  fields: [
    defineField({
      name: 'title',
      type: 'string',
      title: 'Tên chương',
      validation: (rule) => [rule, required(rule, 'tên chương'), maxLength(rule, 150, 'Tên chương')],
    }),
    defineField({
      name: 'body',
      type: 'portableText',
      title: 'Nội dung',
      validation: (rule) => [rule, minItems(rule, 1, 'Cần nhập nội dung chương.')],
    }),
  ],
  preview: {
    select: { title: 'title', body: 'body' },
    prepare: ({ title, body }) => {
      const words = countWordsInBlocks(body);
      return { title: title || 'Chương chưa đặt tên', subtitle: joinParts('Chương soạn riêng', words > 0 && `${formatNumberVi(words)} từ`) };
    },
  },
});
