import { BlockquoteIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { maxLength } from '../../validation/lengths.ts';
import { required } from '../../validation/rules.ts';

export const pullQuote = defineType({
  name: 'pullQuote',
  type: 'object',
  title: 'Trích dẫn nổi bật',
  description: 'Một câu nói đáng nhớ, hiện chữ lớn giữa bài.',
  icon: BlockquoteIcon,
  fields: [
    defineField({
      name: 'text',
      type: 'text',
      rows: 3,
      title: 'Lời trích',
      description: 'Trích nguyên văn, không thêm dấu ngoặc kép.',
      validation: (rule) => [rule, required(rule, 'lời trích'), maxLength(rule, 400, 'Lời trích')],
    }),
    defineField({ name: 'attribution', type: 'string', title: 'Người nói', description: 'Ví dụ: "Cô Hà Thị Lan, giáo viên điểm trường Nậm Cang".' }),
  ],
  preview: {
    select: { title: 'text', subtitle: 'attribution' },
    prepare: ({ title, subtitle }) => ({ title: title ? `“${title}”` : 'Trích dẫn', subtitle: subtitle ? `— ${subtitle}` : 'Trích dẫn nổi bật' }),
  },
});
