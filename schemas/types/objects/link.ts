import { LinkIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { LINK_SCHEMES, urlRules } from '../../validation/urls.ts';

/** External link annotation. `javascript:` and other schemes are refused: they would run on click. */
export const link = defineType({
  name: 'link',
  type: 'object',
  title: 'Liên kết ngoài',
  description: 'Liên kết tới trang web, địa chỉ email hoặc số điện thoại.',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'href',
      type: 'url',
      title: 'Địa chỉ',
      description: 'Bắt đầu bằng https://, http://, mailto: hoặc tel:.',
      validation: (rule) => urlRules(rule, { schemes: LINK_SCHEMES, required: 'Cần nhập địa chỉ liên kết.' }),
    }),
  ],
});
