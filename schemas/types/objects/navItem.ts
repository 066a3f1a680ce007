import { MenuIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { fresh, required } from '../../validation/rules.ts';
import { urlRules } from '../../validation/urls.ts';
import { INTERNAL_LINK_TYPES } from './internalLink.ts';

/** A navigation entry: a page on the site (reference) or an external address, never both. */
export const navItem = defineType({
  name: 'navItem',
  type: 'object',
  title: 'Mục điều hướng',
  icon: MenuIcon,
  fields: [
    defineField({ name: 'label', type: 'string', title: 'Nhãn', validation: (rule) => [rule, required(rule, 'nhãn')] }),
    defineField({ name: 'reference', type: 'reference', title: 'Trang trong Gương sáng', to: INTERNAL_LINK_TYPES.map((type) => ({ type })) }),
    defineField({ name: 'url', type: 'url', title: 'Hoặc địa chỉ ngoài', validation: (rule) => urlRules(rule) }),
  ],
  validation: (rule) => [
    rule,
    fresh(rule).custom((value: unknown) => {
      if (typeof value !== 'object' || value === null) return true;
      const item = value as { reference?: unknown; url?: unknown };
      const hasRef = Boolean(item.reference);
      const hasUrl = typeof item.url === 'string' && item.url !== '';
      if (hasRef && hasUrl) return { message: 'Chỉ chọn một: trang trong Gương sáng hoặc địa chỉ ngoài.', code: 'custom.nav-target' };
      if (!hasRef && !hasUrl) return { message: 'Cần chọn trang trong Gương sáng hoặc nhập địa chỉ ngoài.', code: 'custom.nav-target' };
      return true;
    }),
  ],
  preview: {
    select: { title: 'label', refTitle: 'reference.title', refName: 'reference.name', url: 'url' },
    prepare: ({ title, refTitle, refName, url }) => ({ title: title || 'Mục điều hướng', subtitle: refTitle || refName || url }),
  },
});
