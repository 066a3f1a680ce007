import { ControlsIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { fresh } from '../../validation/rules.ts';

/** Typical rules: texts ≤ 2.000 words, radio/TV pieces ≤ 7 minutes. */
export const contestLimits = defineType({
  name: 'contestLimits',
  type: 'object',
  title: 'Giới hạn tác phẩm',
  icon: ControlsIcon,
  options: { columns: 2 },
  fields: [
    defineField({ name: 'maxWords', type: 'number', title: 'Số chữ tối đa', validation: (rule) => [rule, fresh(rule).integer().positive().error('Số chữ tối đa phải là số nguyên dương.')] }),
    defineField({ name: 'maxMinutes', type: 'number', title: 'Thời lượng tối đa (phút)', validation: (rule) => [rule, fresh(rule).positive().error('Thời lượng tối đa phải lớn hơn 0.')] }),
  ],
});
