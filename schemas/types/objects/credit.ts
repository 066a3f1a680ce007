import { UserIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { requiredChoice } from '../../validation/rules.ts';
import { creditRoles } from '../../vocabularies/creditRoles.ts';
import { listOptions, titleOf } from '../../vocabularies/types.ts';

export const credit = defineType({
  name: 'credit',
  type: 'object',
  title: 'Người thực hiện',
  description: 'Một người và việc người đó làm (tác giả, ảnh, biên tập…).',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'person',
      type: 'reference',
      title: 'Người',
      to: [{ type: 'person' }],
      validation: (rule) => [rule, requiredChoice(rule, 'người thực hiện')],
    }),
    defineField({
      name: 'role',
      type: 'string',
      title: 'Vai trò',
      options: { list: listOptions(creditRoles) },
      initialValue: 'tac-gia',
      validation: (rule) => [rule, requiredChoice(rule, 'vai trò')],
    }),
  ],
  preview: {
    select: { name: 'person.name', role: 'role', media: 'person.portrait' },
    prepare: ({ name, role, media }) => ({ title: name || 'Chưa chọn người', subtitle: titleOf(creditRoles, role), media }),
  },
});
