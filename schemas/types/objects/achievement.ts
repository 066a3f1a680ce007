import { StarIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { maxLength } from '../../validation/lengths.ts';
import { integerBetween, required } from '../../validation/rules.ts';

/**
 * An achievement in the exemplar's own story ("2019: đưa 100% trẻ trong bản đến lớp"). Formal honours
 * are `honour` documents with a decision number, not achievements.
 */
export const achievement = defineType({
  name: 'achievement',
  type: 'object',
  title: 'Thành tích',
  icon: StarIcon,
  fields: [
    defineField({ name: 'year', type: 'number', title: 'Năm', validation: (rule) => [rule, required(rule, 'năm'), integerBetween(rule, 1945, 2100, 'Năm')] }),
    defineField({
      name: 'description',
      type: 'string',
      title: 'Thành tích',
      description: 'Một câu, đúng sự thật, không cường điệu.',
      validation: (rule) => [rule, required(rule, 'nội dung thành tích'), maxLength(rule, 200, 'Thành tích')],
    }),
  ],
  preview: {
    select: { year: 'year', description: 'description' },
    prepare: ({ year, description }) => ({ title: description || 'Thành tích', subtitle: year ? `Năm ${year}` : undefined }),
  },
});
