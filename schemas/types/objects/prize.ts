import { StarIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { fresh, required } from '../../validation/rules.ts';
import { joinParts } from '../preview.ts';

export const prize = defineType({
  name: 'prize',
  type: 'object',
  title: 'Giải thưởng',
  icon: StarIcon,
  fields: [
    defineField({ name: 'title', type: 'string', title: 'Tên giải', description: 'Ví dụ: Giải Nhất.', validation: (rule) => [rule, required(rule, 'tên giải')] }),
    defineField({ name: 'count', type: 'number', title: 'Số giải', validation: (rule) => [rule, fresh(rule).integer().min(1).error('Số giải phải là số nguyên từ 1 trở lên.')] }),
    defineField({ name: 'value', type: 'string', title: 'Giá trị giải', description: 'Ví dụ: "10.000.000 đồng và giấy chứng nhận".' }),
  ],
  preview: {
    select: { title: 'title', count: 'count', value: 'value' },
    prepare: ({ title, count, value }) => ({ title: title || 'Giải thưởng', subtitle: joinParts(count && `${count} giải`, value) }),
  },
});
