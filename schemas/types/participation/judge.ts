import { UsersIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from '@sanity/types';
import { documentRules } from '../../validation/document.ts';
import { required } from '../../validation/rules.ts';
import { provinces } from '../../vocabularies/provinces.ts';

/** A judge and the conflicts of interest they declared; fields are `JudgeRecord`. Private store only. */
export const judge = defineType({
  name: 'judge',
  type: 'document',
  title: 'Giám khảo',
  description: 'Giám khảo, các cuộc thi được chấm và xung đột lợi ích đã khai (không bao giờ thấy bài của trường, tỉnh mình).',
  icon: UsersIcon,
  fields: [
    defineField({ name: 'name', type: 'string', title: 'Họ và tên', validation: (rule) => [rule, required(rule, 'họ và tên giám khảo')] }),
    defineField({ name: 'email', type: 'string', title: 'Thư điện tử' }),
    defineField({ name: 'contests', type: 'array', title: 'Cuộc thi được chấm', of: [defineArrayMember({ type: 'reference', to: [{ type: 'contest' }], weak: true })] }),
    defineField({ name: 'conflictSchools', type: 'array', title: 'Trường có xung đột lợi ích', of: [defineArrayMember({ type: 'string' })] }),
    defineField({
      name: 'conflictProvinces',
      type: 'array',
      title: 'Tỉnh có xung đột lợi ích',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: provinces.map((p) => ({ title: p.title, value: p.value })) },
    }),
    defineField({ name: 'accessKeyHash', type: 'string', title: 'Khóa truy cập (băm)', readOnly: true, hidden: true }),
    defineField({ name: 'active', type: 'boolean', title: 'Đang làm việc', initialValue: true }),
  ],
  initialValue: { active: true, contests: [], conflictSchools: [], conflictProvinces: [] },
  preview: { select: { title: 'name', subtitle: 'email' } },
  validation: (rule) => documentRules(rule),
});
