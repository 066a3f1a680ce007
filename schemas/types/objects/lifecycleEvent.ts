import { ClockIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { formatDateVi } from '../../validation/dates.ts';
import { requiredChoice } from '../../validation/rules.ts';
import { lifecycleStages } from '../../vocabularies/lifecycleStages.ts';
import { listOptions, titleOf } from '../../vocabularies/types.ts';
import { joinParts } from '../preview.ts';

/** One step in an exemplar's history (discovered, fostered, honoured…). */
export const lifecycleEvent = defineType({
  name: 'lifecycleEvent',
  type: 'object',
  title: 'Mốc theo dõi',
  icon: ClockIcon,
  fields: [
    defineField({ name: 'stage', type: 'string', title: 'Giai đoạn', options: { list: listOptions(lifecycleStages) }, validation: (rule) => [rule, requiredChoice(rule, 'giai đoạn')] }),
    defineField({ name: 'date', type: 'date', title: 'Ngày', options: { dateFormat: 'DD/MM/YYYY' }, validation: (rule) => [rule, requiredChoice(rule, 'ngày')] }),
    defineField({ name: 'note', type: 'text', rows: 2, title: 'Ghi chú', description: 'Ai phát hiện, đơn vị nào theo dõi, việc gì đã làm.' }),
  ],
  preview: {
    select: { stage: 'stage', date: 'date', note: 'note' },
    prepare: ({ stage, date, note }) => ({ title: titleOf(lifecycleStages, stage) ?? 'Mốc theo dõi', subtitle: joinParts(formatDateVi(date), note) }),
  },
});
