import { CalendarIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { fresh, integerBetween } from '../../validation/rules.ts';

/** A span of years, e.g. a movement's "giai đoạn 2020–2025". */
export const period = defineType({
  name: 'period',
  type: 'object',
  title: 'Giai đoạn',
  icon: CalendarIcon,
  options: { columns: 2 },
  fields: [
    defineField({ name: 'from', type: 'number', title: 'Từ năm', validation: (rule) => [rule, integerBetween(rule, 1945, 2100, 'Năm bắt đầu')] }),
    defineField({
      name: 'to',
      type: 'number',
      title: 'Đến năm',
      validation: (rule) => [
        rule,
        integerBetween(rule, 1945, 2100, 'Năm kết thúc'),
        fresh(rule).custom((value: unknown, context) => {
          const from = (context.parent as { from?: unknown } | undefined)?.from;
          return typeof value === 'number' && typeof from === 'number' && value < from
            ? { message: `Năm kết thúc phải bằng hoặc sau năm bắt đầu (${from}).`, code: 'custom.date-order' }
            : true;
        }),
      ],
    }),
  ],
});
