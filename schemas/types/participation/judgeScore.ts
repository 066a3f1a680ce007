import { ClipboardIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from '@sanity/types';
import { documentRules } from '../../validation/document.ts';
import { fresh, requiredChoice } from '../../validation/rules.ts';

/** One score document per judge and entry (`judgeScore.<judge>.<entry>`); fields are `JudgeScoreRecord`. Private store only. */
export const judgeScore = defineType({
  name: 'judgeScore',
  type: 'document',
  title: 'Phiếu chấm',
  description: 'Điểm của một giám khảo cho một bài dự thi, theo từng tiêu chí của cuộc thi.',
  icon: ClipboardIcon,
  fields: [
    defineField({ name: 'judge', type: 'reference', title: 'Giám khảo', to: [{ type: 'judge' }], validation: (rule) => [rule, requiredChoice(rule, 'giám khảo')] }),
    defineField({ name: 'entry', type: 'reference', title: 'Bài dự thi', to: [{ type: 'contestEntry' }], validation: (rule) => [rule, requiredChoice(rule, 'bài dự thi')] }),
    defineField({ name: 'contest', type: 'reference', title: 'Cuộc thi', to: [{ type: 'contest' }], weak: true, validation: (rule) => [rule, requiredChoice(rule, 'cuộc thi')] }),
    defineField({ name: 'scores', type: 'array', title: 'Điểm theo tiêu chí', of: [defineArrayMember({ type: 'criterionScore' })], validation: (rule) => [rule, fresh(rule).required().min(1).error('Cần chấm ít nhất một tiêu chí.')] }),
    defineField({ name: 'comment', type: 'text', rows: 3, title: 'Nhận xét' }),
    defineField({ name: 'scoredAt', type: 'datetime', title: 'Thời điểm chấm', readOnly: true }),
  ],
  preview: { select: { title: 'entry.title', subtitle: 'judge.name' } },
  validation: (rule) => documentRules(rule),
});
