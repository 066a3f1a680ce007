import { VideoIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { integerBetween, required } from '../../validation/rules.ts';
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
    defineField({
      name: 'duration',
      type: 'number',
      title: 'Thời lượng (giây)',
      description: 'Tổng số giây, ví dụ 400 cho 6 phút 40 giây. Hiện cạnh khung video.',
      validation: (rule) => [rule, integerBetween(rule, 1, 86400, 'Thời lượng')],
    }),
    defineField({ name: 'transcript', type: 'text', rows: 6, title: 'Bản ghi lời', description: 'Toàn văn lời nói trong video, cho người khiếm thính và người không bật được tiếng.' }),
  ],
  preview: {
    select: { title: 'title', url: 'url' },
    prepare: ({ title, url }) => ({ title: title || 'Video', subtitle: url ? `Video · ${url}` : 'Video nhúng' }),
  },
});
