import { TextIcon } from '@sanity/icons';
import { defineArrayMember, defineType } from '@sanity/types';
import { blockLists, blockMarks } from './portableText.ts';

/** Short rich text (bios, forewords, fact boxes): paragraphs, lists, bold/italic and links only. */
export const simplePortableText = defineType({
  name: 'simplePortableText',
  type: 'array',
  title: 'Văn bản ngắn',
  description: 'Đoạn văn, danh sách, chữ đậm/nghiêng và liên kết.',
  icon: TextIcon,
  of: [
    defineArrayMember({
      type: 'block',
      title: 'Đoạn văn',
      styles: [{ title: 'Đoạn văn', value: 'normal' }],
      lists: blockLists,
      marks: blockMarks,
    }),
  ],
});
