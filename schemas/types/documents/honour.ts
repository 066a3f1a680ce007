import { StarIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from '@sanity/types';
import { formatDateVi } from '../../validation/dates.ts';
import { decisionNumberValidator } from '../../validation/decisionNumber.ts';
import { documentRules } from '../../validation/document.ts';
import { maxLength } from '../../validation/lengths.ts';
import { fresh, integerBetween, minItems, required, requiredChoice } from '../../validation/rules.ts';
import { urlRules } from '../../validation/urls.ts';
import { honourCategories, honourLevels } from '../../vocabularies/honours.ts';
import { listOptions, titleOf } from '../../vocabularies/types.ts';
import { joinParts } from '../preview.ts';

/**
 * One record per decision. Publishing honours "công khai, minh bạch, đúng người, đúng thành tích"
 * means every public honour shows the decision behind it, so number, date and issuer are required.
 */
export const honour = defineType({
  name: 'honour',
  type: 'document',
  title: 'Khen thưởng, danh hiệu',
  description: 'Quyết định khen thưởng hoặc công nhận danh hiệu, kèm số quyết định.',
  icon: StarIcon,
  fields: [
    defineField({ name: 'title', type: 'string', title: 'Danh hiệu, hình thức khen thưởng', description: 'Ví dụ: Chiến sĩ thi đua toàn quốc; Bằng khen của Bộ trưởng Bộ GD&ĐT.', validation: (rule) => [rule, required(rule, 'danh hiệu hoặc hình thức khen thưởng'), maxLength(rule, 200, 'Danh hiệu')] }),
    defineField({ name: 'category', type: 'string', title: 'Loại', options: { list: listOptions(honourCategories) }, validation: (rule) => [rule, requiredChoice(rule, 'loại khen thưởng')] }),
    defineField({ name: 'level', type: 'string', title: 'Cấp', options: { list: listOptions(honourLevels) }, validation: (rule) => [rule, requiredChoice(rule, 'cấp khen thưởng')] }),
    defineField({
      name: 'decisionNumber',
      type: 'string',
      title: 'Số quyết định',
      description: 'Ghi đúng như trên văn bản, ví dụ 1234/QĐ-BGDĐT.',
      validation: (rule) => [rule, required(rule, 'số quyết định'), fresh(rule).custom(decisionNumberValidator).warning()],
    }),
    defineField({ name: 'decisionDate', type: 'date', title: 'Ngày quyết định', options: { dateFormat: 'DD/MM/YYYY' }, validation: (rule) => [rule, requiredChoice(rule, 'ngày quyết định')] }),
    defineField({ name: 'issuer', type: 'string', title: 'Cơ quan, người ký quyết định', description: 'Ví dụ: Thủ tướng Chính phủ; Bộ trưởng Bộ Giáo dục và Đào tạo.', validation: (rule) => [rule, required(rule, 'cơ quan ban hành')] }),
    defineField({ name: 'year', type: 'number', title: 'Năm (hoặc năm học)', description: 'Năm của thành tích được khen.', validation: (rule) => [rule, integerBetween(rule, 1945, 2100, 'Năm')] }),
    defineField({
      name: 'recipients',
      type: 'array',
      title: 'Người, tập thể được khen',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'exemplar' }] })],
      validation: (rule) => [rule, minItems(rule, 1, 'Cần chọn ít nhất một cá nhân hoặc tập thể được khen thưởng.'), fresh(rule).unique().error('Người được khen bị chọn trùng.')],
    }),
    defineField({ name: 'decisionUrl', type: 'url', title: 'Đường dẫn văn bản quyết định', validation: (rule) => urlRules(rule) }),
    defineField({ name: 'isPublic', type: 'boolean', title: 'Công khai', description: 'Tắt nếu quyết định chưa được phép công bố.', initialValue: true }),
  ],
  initialValue: { isPublic: true },
  orderings: [
    { name: 'decisionDateDesc', title: 'Quyết định mới nhất', by: [{ field: 'decisionDate', direction: 'desc' }] },
    { name: 'titleAsc', title: 'Theo danh hiệu', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', decisionNumber: 'decisionNumber', decisionDate: 'decisionDate', level: 'level', recipient: 'recipients.0.name' },
    prepare: ({ title, decisionNumber, decisionDate, level, recipient }) => ({
      title: title || 'Chưa có danh hiệu',
      subtitle: joinParts(recipient, decisionNumber && `QĐ ${decisionNumber}`, formatDateVi(decisionDate)),
      description: titleOf(honourLevels, level),
    }),
  },
  validation: (rule) => documentRules(rule),
});
