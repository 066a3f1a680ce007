import { ImageIcon } from '@sanity/icons';
import { defineField, defineType } from '@sanity/types';
import { imageAssetValidator } from '../../validation/images.ts';
import { maxLength } from '../../validation/lengths.ts';
import { fresh, required } from '../../validation/rules.ts';

/** Every image on the site goes through this type, so alt text can never be forgotten. */
export const accessibleImage = defineType({
  name: 'accessibleImage',
  type: 'image',
  title: 'Ảnh',
  description: 'Ảnh kèm mô tả cho người khiếm thị, chú thích và nguồn ảnh.',
  icon: ImageIcon,
  options: { hotspot: true },
  fields: [
    defineField({
      name: 'alt',
      type: 'string',
      title: 'Mô tả ảnh (alt)',
      description: 'Tả ngắn gọn nội dung ảnh cho người dùng trình đọc màn hình, tối đa 180 ký tự. Không viết "Ảnh…".',
      validation: (rule) => [rule, required(rule, 'mô tả ảnh (alt)'), maxLength(rule, 180, 'Mô tả ảnh')],
    }),
    defineField({
      name: 'caption',
      type: 'text',
      rows: 2,
      title: 'Chú thích',
      description: 'Hiện dưới ảnh. Không bắt buộc.',
    }),
    defineField({
      name: 'longDescription',
      type: 'text',
      rows: 6,
      title: 'Nội dung ảnh dạng chữ',
      description: 'Cho infographic, biểu đồ, bản đồ: viết lại bằng chữ mọi thông tin trong ảnh. Hiện dưới ảnh trong mục "Nội dung ảnh dạng chữ".',
    }),
    defineField({
      name: 'credit',
      type: 'string',
      title: 'Nguồn ảnh',
      description: 'Ví dụ: "Ảnh: Nguyễn Văn A" hoặc "Ảnh do nhà trường cung cấp".',
    }),
  ],
  validation: (rule) => [rule, fresh(rule).custom(imageAssetValidator)],
});
