import { ShareIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { urlRules } from '../../validation/urls.ts';

/** Stories republished from a newspaper keep the original outlet, link and date. */
export const republication = defineType({
  name: 'republication',
  type: 'object',
  title: 'Đăng lại từ',
  description: 'Điền khi bài đã đăng trên báo khác và được đăng lại.',
  icon: ShareIcon,
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({ name: 'outlet', type: 'string', title: 'Báo, tạp chí gốc' }),
    defineField({ name: 'url', type: 'url', title: 'Đường dẫn bài gốc', validation: (rule) => urlRules(rule) }),
    defineField({ name: 'originalDate', type: 'date', title: 'Ngày đăng gốc', options: { dateFormat: 'DD/MM/YYYY' } }),
  ],
});
