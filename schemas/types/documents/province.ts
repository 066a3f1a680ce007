import { PinIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { documentRules } from '../../validation/document.ts';
import { fresh, integerBetween, required, requiredChoice } from '../../validation/rules.ts';
import { provinceKinds } from '../../vocabularies/provinces.ts';
import { listOptions, titleOf } from '../../vocabularies/types.ts';
import { slugField } from '../fields.ts';

/** The 34 provincial-level units (shipped from vocabularies/provinces.ts, editable as data). */
export const province = defineType({
  name: 'province',
  type: 'document',
  title: 'Tỉnh, thành phố',
  description: 'Đơn vị hành chính cấp tỉnh (34 đơn vị từ 01/07/2025).',
  icon: PinIcon,
  fields: [
    defineField({ name: 'name', type: 'string', title: 'Tên', description: 'Ví dụ: Lào Cai, Thành phố Hồ Chí Minh.', validation: (rule) => [rule, required(rule, 'tên tỉnh, thành phố')] }),
    slugField('name', 'tên'),
    defineField({ name: 'kind', type: 'string', title: 'Loại', options: { list: listOptions(provinceKinds), layout: 'radio' }, initialValue: 'tinh', validation: (rule) => [rule, requiredChoice(rule, 'loại đơn vị')] }),
    defineField({ name: 'order', type: 'number', title: 'Thứ tự', description: 'Thứ tự hiện trong danh sách.', validation: (rule) => [rule, fresh(rule).required().error('Cần nhập thứ tự.'), integerBetween(rule, 1, 999, 'Thứ tự')] }),
  ],
  orderings: [
    { name: 'orderAsc', title: 'Theo thứ tự', by: [{ field: 'order', direction: 'asc' }] },
    { name: 'nameAsc', title: 'Theo tên', by: [{ field: 'name', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'name', kind: 'kind' },
    prepare: ({ title, kind }) => ({ title: title || 'Chưa có tên', subtitle: titleOf(provinceKinds, kind) }),
  },
  validation: (rule) => documentRules(rule),
});
