import { SearchIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { maxLength, recommendedLength } from '../../validation/lengths.ts';

/** Overrides for search engines and social cards; the page title and dek are used when empty. */
export const seo = defineType({
  name: 'seo',
  type: 'object',
  title: 'Tối ưu tìm kiếm (SEO)',
  description: 'Để trống thì dùng tiêu đề và sapo của trang.',
  icon: SearchIcon,
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'title',
      type: 'string',
      title: 'Tiêu đề SEO',
      description: 'Nên dưới 60 ký tự để không bị cắt trên Google.',
      validation: (rule) => [
        rule,
        recommendedLength(rule, { max: 60 }, 'Tiêu đề SEO', 'Google thường cắt tiêu đề dài.'),
        maxLength(rule, 150, 'Tiêu đề SEO'),
      ],
    }),
    defineField({
      name: 'description',
      type: 'text',
      rows: 3,
      title: 'Mô tả SEO',
      description: 'Từ 50 đến 160 ký tự, tóm tắt trang cho kết quả tìm kiếm.',
      validation: (rule) => [
        rule,
        recommendedLength(rule, { min: 50, max: 160 }, 'Mô tả SEO', 'Google hiển thị khoảng 50–160 ký tự.'),
        maxLength(rule, 400, 'Mô tả SEO'),
      ],
    }),
  ],
});
