import { DocumentTextIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { maxLength } from '../../validation/lengths.ts';
import { requiredChoice } from '../../validation/rules.ts';

/** A publication chapter that reuses a published story. */
export const storyChapter = defineType({
  name: 'storyChapter',
  type: 'object',
  title: 'Chương từ bài viết',
  description: 'Dùng lại một bài viết đã xuất bản làm chương.',
  icon: DocumentTextIcon,
  fields: [
    defineField({
      name: 'story',
      type: 'reference',
      title: 'Bài viết',
      to: [{ type: 'story' }],
      validation: (rule) => [rule, requiredChoice(rule, 'bài viết')],
    }),
    defineField({
      name: 'title',
      type: 'string',
      title: 'Tên chương (nếu khác tên bài)',
      description: 'Để trống thì dùng tiêu đề bài viết.',
      validation: (rule) => [rule, maxLength(rule, 150, 'Tên chương')],
    }),
  ],
  preview: {
    select: { override: 'title', storyTitle: 'story.title', media: 'story.cover' },
    prepare: ({ override, storyTitle, media }) => ({
      title: override || storyTitle || 'Chưa chọn bài viết',
      subtitle: override && storyTitle ? `Chương từ bài: ${storyTitle}` : 'Chương từ bài viết',
      media,
    }),
  },
});
