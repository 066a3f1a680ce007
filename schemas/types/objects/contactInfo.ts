import { EnvelopeIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { fresh } from '../../validation/rules.ts';

export const contactInfo = defineType({
  name: 'contactInfo',
  type: 'object',
  title: 'Liên hệ',
  icon: EnvelopeIcon,
  fields: [
    defineField({ name: 'email', type: 'email', title: 'Email', validation: (rule) => [rule.error('Email không hợp lệ.')] }),
    defineField({
      name: 'phone',
      type: 'string',
      title: 'Điện thoại',
      description: 'Ví dụ: 024 3869 4242 hoặc +84 24 3869 4242.',
      validation: (rule) => [
        rule,
        fresh(rule).regex(/^\+?[0-9 .()-]{8,20}$/).warning('Số điện thoại có dạng lạ; chỉ dùng chữ số, dấu cách, dấu chấm, ngoặc và "+".'),
      ],
    }),
    defineField({ name: 'address', type: 'text', rows: 2, title: 'Địa chỉ' }),
  ],
});
