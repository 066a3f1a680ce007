import { UserIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { documentRules } from '../../validation/document.ts';
import { maxLength } from '../../validation/lengths.ts';
import { required } from '../../validation/rules.ts';
import { joinParts } from '../preview.ts';
import { slugField } from '../fields.ts';

/** Writers, photographers, editors: the people credited on stories (not the exemplars). */
export const person = defineType({
  name: 'person',
  type: 'document',
  title: 'Người viết, người thực hiện',
  description: 'Tác giả, phóng viên ảnh, biên tập viên… được ghi tên trong bài.',
  icon: UserIcon,
  fields: [
    defineField({ name: 'name', type: 'string', title: 'Họ và tên', validation: (rule) => [rule, required(rule, 'họ và tên'), maxLength(rule, 120, 'Họ và tên')] }),
    slugField('name', 'họ và tên'),
    defineField({ name: 'jobTitle', type: 'string', title: 'Chức danh', description: 'Ví dụ: Phóng viên, Giáo viên Ngữ văn.' }),
    defineField({ name: 'organisation', type: 'reference', title: 'Đơn vị công tác', to: [{ type: 'organisation' }] }),
    defineField({ name: 'bio', type: 'text', rows: 4, title: 'Giới thiệu', validation: (rule) => [rule, maxLength(rule, 1000, 'Giới thiệu')] }),
    defineField({ name: 'portrait', type: 'accessibleImage', title: 'Ảnh chân dung' }),
  ],
  orderings: [{ name: 'nameAsc', title: 'Theo tên', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { title: 'name', jobTitle: 'jobTitle', organisationName: 'organisation.name', media: 'portrait' },
    prepare: ({ title, jobTitle, organisationName, media }) => ({ title: title || 'Chưa có tên', subtitle: joinParts(jobTitle, organisationName), media }),
  },
  validation: (rule) => documentRules(rule),
});
