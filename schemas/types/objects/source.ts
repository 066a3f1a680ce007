import { BookIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { required } from '../../validation/rules.ts';
import { urlRules } from '../../validation/urls.ts';
import { joinParts } from '../preview.ts';

/** A source the story relies on: "khách quan, trung thực" means showing where facts come from. */
export const source = defineType({
  name: 'source',
  type: 'object',
  title: 'Nguồn tư liệu',
  description: 'Văn bản, bài báo hoặc tài liệu mà bài viết dựa vào.',
  icon: BookIcon,
  fields: [
    defineField({ name: 'title', type: 'string', title: 'Tên tài liệu', validation: (rule) => [rule, required(rule, 'tên tài liệu')] }),
    defineField({ name: 'outlet', type: 'string', title: 'Nơi đăng, cơ quan ban hành', description: 'Ví dụ: Báo Giáo dục và Thời đại, Bộ GD&ĐT.' }),
    defineField({ name: 'url', type: 'url', title: 'Đường dẫn', validation: (rule) => urlRules(rule) }),
  ],
  preview: {
    select: { title: 'title', outlet: 'outlet', url: 'url' },
    prepare: ({ title, outlet, url }) => ({ title: title || 'Nguồn tư liệu', subtitle: joinParts(outlet, url) }),
  },
});
