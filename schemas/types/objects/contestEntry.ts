import { TaskIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { maxLength } from '../../validation/lengths.ts';
import { linkedStoryMatchesEntry } from '../../validation/contestEntries.ts';
import { fresh, required } from '../../validation/rules.ts';
import { contestPlacings } from '../../vocabularies/kinds.ts';
import { listOptions, titleOf } from '../../vocabularies/types.ts';
import { joinParts } from '../preview.ts';

/** One submitted work. Authors are often pupils or teachers without a `person` record, so plain text. */
export const contestEntry = defineType({
  name: 'contestEntry',
  type: 'object',
  title: 'Tác phẩm dự thi',
  icon: TaskIcon,
  fields: [
    defineField({ name: 'title', type: 'string', title: 'Tên tác phẩm', validation: (rule) => [rule, required(rule, 'tên tác phẩm'), maxLength(rule, 200, 'Tên tác phẩm')] }),
    defineField({ name: 'author', type: 'string', title: 'Tác giả', validation: (rule) => [rule, required(rule, 'tên tác giả')] }),
    defineField({ name: 'organisation', type: 'string', title: 'Đơn vị của tác giả', description: 'Trường, cơ quan công tác hoặc nơi học tập.' }),
    defineField({ name: 'province', type: 'reference', title: 'Tỉnh, thành phố', to: [{ type: 'province' }] }),
    defineField({
      name: 'story',
      type: 'reference',
      title: 'Bài đăng trên trang',
      description: 'Nếu tác phẩm được đăng thành bài viết: bài của chính tác giả, đăng trong thời gian cuộc thi (hoặc được đánh dấu là bài đăng lại).',
      to: [{ type: 'story' }],
      validation: (rule) => [rule, fresh(rule).custom(linkedStoryMatchesEntry).error()],
    }),
    defineField({
      name: 'placing',
      type: 'string',
      title: 'Giải thưởng',
      options: { list: listOptions(contestPlacings) },
      initialValue: '',
    }),
    defineField({ name: 'excerpt', type: 'text', rows: 4, title: 'Trích đoạn', validation: (rule) => [rule, maxLength(rule, 1000, 'Trích đoạn')] }),
  ],
  preview: {
    select: { title: 'title', author: 'author', placing: 'placing' },
    prepare: ({ title, author, placing }) => ({ title: title || 'Tác phẩm chưa đặt tên', subtitle: joinParts(author, titleOf(contestPlacings, placing)) }),
  },
});
