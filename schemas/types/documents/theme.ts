import { TagsIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from '@sanity/types';
import { documentRules } from '../../validation/document.ts';
import { maxLength } from '../../validation/lengths.ts';
import { fresh, required, requiredChoice } from '../../validation/rules.ts';
import { themeKinds, themeSelections } from '../../vocabularies/kinds.ts';
import { listOptions, titleOf } from '../../vocabularies/types.ts';
import { joinParts } from '../preview.ts';
import { slugField } from '../fields.ts';

/** Emulation movements, themes and models ("Trường học hạnh phúc") that group stories and exemplars. */
export const theme = defineType({
  name: 'theme',
  type: 'document',
  title: 'Phong trào, chủ đề, mô hình',
  description: 'Bộ sưu tập bài viết theo phong trào thi đua, chủ đề hoặc mô hình.',
  icon: TagsIcon,
  fields: [
    defineField({ name: 'title', type: 'string', title: 'Tên', validation: (rule) => [rule, required(rule, 'tên'), maxLength(rule, 200, 'Tên')] }),
    slugField('title', 'tên'),
    defineField({ name: 'kind', type: 'string', title: 'Loại', options: { list: listOptions(themeKinds) }, initialValue: 'chu-de', validation: (rule) => [rule, requiredChoice(rule, 'loại')] }),
    defineField({ name: 'description', type: 'text', rows: 4, title: 'Giới thiệu', validation: (rule) => [rule, maxLength(rule, 1000, 'Giới thiệu')] }),
    defineField({ name: 'cover', type: 'accessibleImage', title: 'Ảnh bìa' }),
    defineField({ name: 'period', type: 'period', title: 'Giai đoạn' }),
    defineField({ name: 'selection', type: 'string', title: 'Cách chọn bài', options: { list: listOptions(themeSelections), layout: 'radio' }, initialValue: 'tagged', validation: (rule) => [rule, requiredChoice(rule, 'cách chọn bài')] }),
    defineField({
      name: 'stories',
      type: 'array',
      title: 'Bài viết (do biên tập chọn)',
      description: 'Dùng khi chọn "Biên tập viên chọn bài"; thứ tự ở đây là thứ tự trên trang.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'story' }] })],
      hidden: ({ parent }) => (parent as { selection?: unknown } | undefined)?.selection !== 'curated',
      validation: (rule) => [
        rule,
        fresh(rule).unique().error('Bài viết bị chọn trùng.'),
        fresh(rule)
          .custom((value: unknown, context) => {
            const selection = (context.document as { selection?: unknown } | undefined)?.selection;
            return selection === 'curated' && (!Array.isArray(value) || value.length === 0)
              ? { message: 'Chưa chọn bài viết nào cho bộ sưu tập do biên tập chọn.', code: 'custom.theme-empty' }
              : true;
          })
          .warning(),
      ],
    }),
  ],
  orderings: [{ name: 'titleAsc', title: 'Theo tên', by: [{ field: 'title', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', kind: 'kind', from: 'period.from', to: 'period.to', media: 'cover' },
    prepare: ({ title, kind, from, to, media }) => ({
      title: title || 'Chưa có tên',
      subtitle: joinParts(titleOf(themeKinds, kind), from && (to ? `${from}–${to}` : `từ ${from}`)),
      media,
    }),
  },
  validation: (rule) => documentRules(rule),
});
