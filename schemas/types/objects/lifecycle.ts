import { TimelineIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from '@sanity/types';
import { lifecycleStages } from '../../vocabularies/lifecycleStages.ts';
import { listOptions } from '../../vocabularies/types.ts';

/**
 * Where an exemplar is in the discover → foster → honour → publish cycle. Internal by default:
 * a "nhân tố mới" being fostered should not be announced before the unit is ready.
 */
export const lifecycle = defineType({
  name: 'lifecycle',
  type: 'object',
  title: 'Quá trình phát hiện, bồi dưỡng',
  description: 'Thông tin nội bộ để theo dõi; chỉ hiện trên trang khi bật "Công khai".',
  icon: TimelineIcon,
  options: { collapsible: true, collapsed: true },
  initialValue: { showPublicly: false },
  fields: [
    defineField({ name: 'stage', type: 'string', title: 'Giai đoạn hiện tại', options: { list: listOptions(lifecycleStages) } }),
    defineField({
      name: 'showPublicly',
      type: 'boolean',
      title: 'Công khai quá trình',
      description: 'Bật để hiện giai đoạn và các mốc trên trang gương điển hình.',
      initialValue: false,
    }),
    defineField({
      name: 'history',
      type: 'array',
      title: 'Các mốc',
      of: [defineArrayMember({ type: 'lifecycleEvent' })],
    }),
  ],
});
