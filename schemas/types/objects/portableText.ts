import { BlockContentIcon } from '@sanity/icons';
import { defineArrayMember, defineType } from '@sanity/types';

/** Shared block marks: decorators and the two annotations. */
export const blockMarks = {
  decorators: [
    { title: 'Đậm', value: 'strong' },
    { title: 'Nghiêng', value: 'em' },
  ],
  annotations: [defineArrayMember({ type: 'link' }), defineArrayMember({ type: 'internalLink' })],
};

export const blockLists = [
  { title: 'Danh sách gạch đầu dòng', value: 'bullet' },
  { title: 'Danh sách đánh số', value: 'number' },
];

/** Body text of stories, chapters, contest rules and event descriptions. */
export const portableText = defineType({
  name: 'portableText',
  type: 'array',
  title: 'Nội dung',
  description: 'Văn bản có định dạng, kèm ảnh, bộ ảnh, trích dẫn, hộp thông tin, video, âm thanh và thẻ gương điển hình.',
  icon: BlockContentIcon,
  of: [
    defineArrayMember({
      type: 'block',
      title: 'Đoạn văn',
      styles: [
        { title: 'Đoạn văn', value: 'normal' },
        { title: 'Tiêu đề mục', value: 'h2' },
        { title: 'Tiêu đề nhỏ', value: 'h3' },
        { title: 'Tiêu đề nhỏ hơn', value: 'h4' },
        { title: 'Trích dẫn', value: 'blockquote' },
      ],
      lists: blockLists,
      marks: blockMarks,
    }),
    defineArrayMember({ type: 'accessibleImage' }),
    defineArrayMember({ type: 'gallery' }),
    defineArrayMember({ type: 'pullQuote' }),
    defineArrayMember({ type: 'factBox' }),
    defineArrayMember({ type: 'videoEmbed' }),
    defineArrayMember({ type: 'audioEmbed' }),
    defineArrayMember({ type: 'exemplarCard' }),
  ],
});
