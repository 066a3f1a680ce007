import { StarIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { decisionNumberValidator } from '../../validation/decisionNumber.ts';
import { fresh, required } from '../../validation/rules.ts';
import { honourLevels } from '../../vocabularies/honours.ts';
import { listOptions } from '../../vocabularies/types.ts';

/** Honour fields are required once the prize is marked as an honour (it then joins the honours register). */
const whenHonour = (label: string) => (value: unknown, context: { parent?: unknown }) =>
  (context.parent as { isHonour?: unknown } | undefined)?.isHonour !== true || (value !== undefined && value !== null && value !== '') ? true : `Cần nhập ${label} khi giải là danh hiệu khen thưởng.`;
const hiddenUnlessHonour = ({ parent }: { parent?: unknown }) => (parent as { isHonour?: unknown } | undefined)?.isHonour !== true;
import { joinParts } from '../preview.ts';

export const prize = defineType({
  name: 'prize',
  type: 'object',
  title: 'Giải thưởng',
  icon: StarIcon,
  fields: [
    defineField({ name: 'title', type: 'string', title: 'Tên giải', description: 'Ví dụ: Giải Nhất.', validation: (rule) => [rule, required(rule, 'tên giải')] }),
    defineField({ name: 'count', type: 'number', title: 'Số giải', validation: (rule) => [rule, fresh(rule).integer().min(1).error('Số giải phải là số nguyên từ 1 trở lên.')] }),
    defineField({ name: 'value', type: 'string', title: 'Giá trị giải', description: 'Ví dụ: "10.000.000 đồng và giấy chứng nhận".' }),
    defineField({ name: 'isHonour', type: 'boolean', title: 'Là danh hiệu khen thưởng', description: 'Bật nếu giải được trao bằng quyết định khen thưởng: tác phẩm đạt giải sẽ có trong Bảng vàng.', initialValue: false }),
    defineField({ name: 'honourLevel', type: 'string', title: 'Cấp khen thưởng', options: { list: listOptions(honourLevels) }, hidden: hiddenUnlessHonour, validation: (rule) => [rule, fresh(rule).custom(whenHonour('cấp khen thưởng'))] }),
    defineField({ name: 'decisionNumber', type: 'string', title: 'Số quyết định', hidden: hiddenUnlessHonour, validation: (rule) => [rule, fresh(rule).custom(whenHonour('số quyết định')), fresh(rule).custom(decisionNumberValidator).warning()] }),
    defineField({ name: 'decisionDate', type: 'date', title: 'Ngày quyết định', options: { dateFormat: 'DD/MM/YYYY' }, hidden: hiddenUnlessHonour, validation: (rule) => [rule, fresh(rule).custom(whenHonour('ngày quyết định'))] }),
    defineField({ name: 'issuer', type: 'string', title: 'Cơ quan, người ký quyết định', hidden: hiddenUnlessHonour, validation: (rule) => [rule, fresh(rule).custom(whenHonour('cơ quan ban hành'))] }),
  ],
  preview: {
    select: { title: 'title', count: 'count', value: 'value' },
    prepare: ({ title, count, value }) => ({ title: title || 'Giải thưởng', subtitle: joinParts(count && `${count} giải`, value) }),
  },
});
