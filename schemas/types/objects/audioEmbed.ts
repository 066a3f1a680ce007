import { MicrophoneIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { fresh, integerBetween, required } from '../../validation/rules.ts';
import { audioProviderRule, urlRules } from '../../validation/urls.ts';
import { audioEmbedProviders } from '../../vocabularies/embedProviders.ts';

export const audioEmbed = defineType({
  name: 'audioEmbed',
  type: 'object',
  title: 'Âm thanh',
  description: 'Tệp âm thanh tải lên hoặc đường dẫn podcast. Nên kèm bản ghi lời cho người khiếm thính.',
  icon: MicrophoneIcon,
  fields: [
    defineField({
      name: 'file',
      type: 'file',
      title: 'Tệp âm thanh',
      description: 'MP3, M4A… Dùng tệp hoặc đường dẫn, không cần cả hai.',
      options: { accept: 'audio/*' },
    }),
    defineField({
      name: 'url',
      type: 'url',
      title: 'Đường dẫn',
      description: `Chỉ nhận: ${audioEmbedProviders.map((p) => p.value).join(', ')}.`,
      validation: (rule) => [...urlRules(rule), audioProviderRule(rule)],
    }),
    defineField({
      name: 'title',
      type: 'string',
      title: 'Tên bản âm thanh',
      validation: (rule) => [rule, required(rule, 'tên bản âm thanh')],
    }),
    defineField({
      name: 'duration',
      type: 'number',
      title: 'Thời lượng (giây)',
      description: 'Tổng số giây, ví dụ 750 cho 12 phút 30 giây. Hiện cạnh trình phát và trong nguồn podcast.',
      validation: (rule) => [rule, integerBetween(rule, 1, 86400, 'Thời lượng')],
    }),
    defineField({ name: 'transcript', type: 'text', rows: 6, title: 'Bản ghi lời', description: 'Toàn văn lời nói trong bản âm thanh.' }),
  ],
  validation: (rule) => [
    rule,
    fresh(rule).custom((value: unknown) => {
      if (typeof value !== 'object' || value === null) return true;
      const audio = value as { file?: { asset?: unknown; _sanityAsset?: unknown }; url?: unknown };
      const hasFile = Boolean(audio.file?.asset || audio.file?._sanityAsset);
      const hasUrl = typeof audio.url === 'string' && audio.url !== '';
      return hasFile || hasUrl ? true : { message: 'Cần tải tệp âm thanh lên hoặc nhập đường dẫn.', code: 'custom.audio-source' };
    }),
  ],
  preview: {
    select: { title: 'title' },
    prepare: ({ title }) => ({ title: title || 'Âm thanh', subtitle: 'Âm thanh' }),
  },
});
