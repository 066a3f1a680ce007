import { CogIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from '@sanity/types';
import { documentRules } from '../../validation/document.ts';
import { maxLength, recommendedLength } from '../../validation/lengths.ts';
import { fresh, required } from '../../validation/rules.ts';

/** Singleton (id `siteSettings`): site-wide texts, navigation and homepage picks. */
export const siteSettings = defineType({
  name: 'siteSettings',
  type: 'document',
  title: 'Cài đặt trang',
  description: 'Tên trang, menu, chân trang, liên hệ và nội dung nổi bật ở trang chủ.',
  icon: CogIcon,
  fields: [
    defineField({ name: 'title', type: 'string', title: 'Tên trang', initialValue: 'Gương sáng', validation: (rule) => [rule, required(rule, 'tên trang'), maxLength(rule, 60, 'Tên trang')] }),
    defineField({ name: 'tagline', type: 'string', title: 'Khẩu hiệu', validation: (rule) => [rule, maxLength(rule, 120, 'Khẩu hiệu')] }),
    defineField({
      name: 'description',
      type: 'text',
      rows: 3,
      title: 'Mô tả trang',
      description: 'Dùng cho công cụ tìm kiếm và khi chia sẻ trang chủ.',
      validation: (rule) => [rule, recommendedLength(rule, { min: 50, max: 160 }, 'Mô tả trang', 'Google hiển thị khoảng 50–160 ký tự.')],
    }),
    defineField({ name: 'navigation', type: 'array', title: 'Menu chính', of: [defineArrayMember({ type: 'navItem' })] }),
    defineField({ name: 'footerText', type: 'text', rows: 3, title: 'Chân trang', description: 'Ví dụ: cơ quan chủ quản, giấy phép.' }),
    defineField({ name: 'socialLinks', type: 'array', title: 'Mạng xã hội', of: [defineArrayMember({ type: 'socialLink' })] }),
    defineField({ name: 'contact', type: 'contactInfo', title: 'Liên hệ' }),
    defineField({ name: 'featuredStory', type: 'reference', title: 'Bài nổi bật ở trang chủ', to: [{ type: 'story' }] }),
    defineField({
      name: 'spotlightExemplars',
      type: 'array',
      title: 'Gương điển hình tiêu biểu',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'exemplar' }] })],
      validation: (rule) => [rule, fresh(rule).unique().error('Gương điển hình bị chọn trùng.'), fresh(rule).max(12).warning('Trang chủ hiện tốt nhất với tối đa 12 gương điển hình.')],
    }),
  ],
  preview: {
    select: { title: 'title', tagline: 'tagline' },
    prepare: ({ title, tagline }) => ({ title: title || 'Cài đặt trang', subtitle: tagline || 'Cài đặt chung' }),
  },
  validation: (rule) => documentRules(rule),
});
