import { ShareIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { requiredChoice } from '../../validation/rules.ts';
import { urlRules } from '../../validation/urls.ts';
import { socialPlatforms } from '../../vocabularies/kinds.ts';
import { listOptions, titleOf } from '../../vocabularies/types.ts';

export const socialLink = defineType({
  name: 'socialLink',
  type: 'object',
  title: 'Mạng xã hội',
  icon: ShareIcon,
  fields: [
    defineField({ name: 'platform', type: 'string', title: 'Nền tảng', options: { list: listOptions(socialPlatforms) }, validation: (rule) => [rule, requiredChoice(rule, 'nền tảng')] }),
    defineField({ name: 'url', type: 'url', title: 'Địa chỉ trang', validation: (rule) => urlRules(rule, { required: 'Cần nhập địa chỉ trang.' }) }),
  ],
  preview: {
    select: { platform: 'platform', url: 'url' },
    prepare: ({ platform, url }) => ({ title: titleOf(socialPlatforms, platform) ?? 'Mạng xã hội', subtitle: url }),
  },
});
