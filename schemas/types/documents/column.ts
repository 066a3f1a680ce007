import { FolderIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { documentRules } from '../../validation/document.ts';
import { maxLength } from '../../validation/lengths.ts';
import { integerBetween, required, requiredChoice } from '../../validation/rules.ts';
import { columnKinds } from '../../vocabularies/kinds.ts';
import { listOptions, titleOf } from '../../vocabularies/types.ts';
import { slugField } from '../fields.ts';

export const column = defineType({
  name: 'column',
  type: 'document',
  title: 'Chuyên mục, chuyên trang',
  description: 'Nhóm bài viết theo chuyên mục thường kỳ hoặc chuyên trang đặc biệt.',
  icon: FolderIcon,
  fields: [
    defineField({ name: 'title', type: 'string', title: 'Tên chuyên mục', validation: (rule) => [rule, required(rule, 'tên chuyên mục'), maxLength(rule, 100, 'Tên chuyên mục')] }),
    slugField('title', 'tên chuyên mục'),
    defineField({ name: 'kind', type: 'string', title: 'Loại', options: { list: listOptions(columnKinds), layout: 'radio', direction: 'horizontal' }, initialValue: 'chuyen-muc', validation: (rule) => [rule, requiredChoice(rule, 'loại')] }),
    defineField({ name: 'description', type: 'text', rows: 3, title: 'Giới thiệu', validation: (rule) => [rule, required(rule, 'giới thiệu chuyên mục'), maxLength(rule, 500, 'Giới thiệu')] }),
    defineField({ name: 'cover', type: 'accessibleImage', title: 'Ảnh bìa' }),
    defineField({ name: 'order', type: 'number', title: 'Thứ tự', description: 'Số nhỏ hiện trước trong menu.', validation: (rule) => [rule, integerBetween(rule, 0, 999, 'Thứ tự')] }),
  ],
  orderings: [
    { name: 'orderAsc', title: 'Theo thứ tự', by: [{ field: 'order', direction: 'asc' }] },
    { name: 'titleAsc', title: 'Theo tên', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', kind: 'kind', media: 'cover' },
    prepare: ({ title, kind, media }) => ({ title: title || 'Chưa có tên', subtitle: titleOf(columnKinds, kind), media }),
  },
  validation: (rule) => documentRules(rule),
});
