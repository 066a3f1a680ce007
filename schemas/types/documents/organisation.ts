import { CaseIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { documentRules } from '../../validation/document.ts';
import { maxLength } from '../../validation/lengths.ts';
import { required, requiredChoice } from '../../validation/rules.ts';
import { urlRules } from '../../validation/urls.ts';
import { educationLevels } from '../../vocabularies/educationLevels.ts';
import { organisationKinds } from '../../vocabularies/kinds.ts';
import { listOptions, titleOf } from '../../vocabularies/types.ts';
import { joinParts } from '../preview.ts';
import { slugField } from '../fields.ts';

export const organisation = defineType({
  name: 'organisation',
  type: 'document',
  title: 'Đơn vị',
  description: 'Trường học, sở/phòng GD&ĐT, đại học hoặc cơ quan có liên quan.',
  icon: CaseIcon,
  fields: [
    defineField({ name: 'name', type: 'string', title: 'Tên đơn vị', description: 'Tên đầy đủ, ví dụ: Trường Tiểu học và THCS Nậm Cang.', validation: (rule) => [rule, required(rule, 'tên đơn vị'), maxLength(rule, 200, 'Tên đơn vị')] }),
    slugField('name', 'tên đơn vị'),
    defineField({ name: 'kind', type: 'string', title: 'Loại đơn vị', options: { list: listOptions(organisationKinds) }, initialValue: 'truong', validation: (rule) => [rule, requiredChoice(rule, 'loại đơn vị')] }),
    defineField({ name: 'educationLevel', type: 'string', title: 'Cấp học', description: 'Với trường học.', options: { list: listOptions(educationLevels) } }),
    defineField({ name: 'province', type: 'reference', title: 'Tỉnh, thành phố', to: [{ type: 'province' }] }),
    defineField({ name: 'website', type: 'url', title: 'Trang web', validation: (rule) => urlRules(rule) }),
    defineField({ name: 'description', type: 'text', rows: 4, title: 'Giới thiệu', validation: (rule) => [rule, maxLength(rule, 1000, 'Giới thiệu')] }),
  ],
  orderings: [{ name: 'nameAsc', title: 'Theo tên', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { title: 'name', kind: 'kind', provinceName: 'province.name' },
    prepare: ({ title, kind, provinceName }) => ({ title: title || 'Chưa có tên', subtitle: joinParts(titleOf(organisationKinds, kind), provinceName) }),
  },
  validation: (rule) => documentRules(rule),
});
