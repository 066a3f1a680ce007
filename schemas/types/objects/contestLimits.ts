import { ControlsIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from '@sanity/types';
import { entryFileKinds } from '../../participation/vocabulary.ts';
import { fresh } from '../../validation/rules.ts';
import { listOptions } from '../../vocabularies/types.ts';

/** When a contest sets no file size limit. */
export const DEFAULT_MAX_FILE_MEGABYTES = 20;

/** Typical rules: texts ≤ 2.000 words, radio/TV pieces ≤ 7 minutes. */
export const contestLimits = defineType({
  name: 'contestLimits',
  type: 'object',
  title: 'Giới hạn tác phẩm',
  icon: ControlsIcon,
  options: { columns: 2 },
  fields: [
    defineField({ name: 'maxWords', type: 'number', title: 'Số chữ tối đa', validation: (rule) => [rule, fresh(rule).integer().positive().error('Số chữ tối đa phải là số nguyên dương.')] }),
    defineField({ name: 'maxMinutes', type: 'number', title: 'Thời lượng tối đa (phút)', validation: (rule) => [rule, fresh(rule).positive().error('Thời lượng tối đa phải lớn hơn 0.')] }),
    defineField({
      name: 'fileKinds',
      type: 'array',
      title: 'Loại tệp được gửi kèm',
      description: 'Kiểm tra theo nội dung tệp, không theo tên tệp. Bỏ trống: chỉ nhận bài gõ trực tiếp.',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: listOptions(entryFileKinds) },
      validation: (rule) => [rule, fresh(rule).unique().error('Loại tệp được gửi kèm bị chọn trùng.')],
    }),
    defineField({
      name: 'maxFileMegabytes',
      type: 'number',
      title: 'Dung lượng tệp tối đa (MB)',
      description: `Mặc định ${DEFAULT_MAX_FILE_MEGABYTES} MB nếu bỏ trống.`,
      validation: (rule) => [rule, fresh(rule).greaterThan(0).max(500).error('Dung lượng tệp tối đa phải lớn hơn 0 và không quá 500 MB.')],
    }),
  ],
});
