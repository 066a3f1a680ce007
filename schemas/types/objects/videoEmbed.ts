import { VideoIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { required } from '../../validation/rules.ts';
import { urlRules, videoProviderRule } from '../../validation/urls.ts';
import { videoEmbedProviders } from '../../vocabularies/embedProviders.ts';

export const videoEmbed = defineType({
  name: 'videoEmbed',
  type: 'object',
  title: 'Video nhúng',
  description: `Video từ ${videoEmbedProviders.map((p) => p.title).join(', ')}.`,
  icon: VideoIcon,
  fields: [
    defineField({
      name: 'url',
      type: 'url',
      title: 'Đường dẫn video',
      description: `Dán đường dẫn trang video. Chỉ nhận: ${videoEmbedProviders.map((p) => p.value).join(', ')}.`,
      validation: (rule) => [...urlRules(rule, { required: 'Cần nhập đường dẫn video.' }), videoProviderRule(rule)],
    }),
    defineField({
      name: 'title',
      type: 'string',
      title: 'Tên video',
      description: 'Dùng làm tiêu đề khung video cho trình đọc màn hình.',
      validation: (rule) => [rule, required(rule, 'tên video')],
    }),
    defineField({ name: 'caption', type: 'text', rows: 2, title: 'Chú thích' }),
  ],
  preview: {
    select: { title: 'title', url: 'url' },
    prepare: ({ title, url }) => ({ title: title || 'Video', subtitle: url ? `Video · ${url}` : 'Video nhúng' }),
  },
});
