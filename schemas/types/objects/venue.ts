import { PinIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';

export const venue = defineType({
  name: 'venue',
  type: 'object',
  title: 'Địa điểm',
  icon: PinIcon,
  fields: [
    defineField({ name: 'name', type: 'string', title: 'Tên địa điểm', description: 'Ví dụ: Hội trường Trường THPT Chu Văn An.' }),
    defineField({ name: 'address', type: 'string', title: 'Địa chỉ', description: 'Ghi theo đơn vị hành chính hai cấp (xã/phường, tỉnh/thành phố).' }),
    defineField({ name: 'province', type: 'reference', title: 'Tỉnh, thành phố', to: [{ type: 'province' }] }),
  ],
});
