import { DocumentTextIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from '@sanity/types';
import { afterSibling, formatDateVi } from '../../validation/dates.ts';
import { documentRules } from '../../validation/document.ts';
import { requiredImageRules } from '../../validation/images.ts';
import { maxLength } from '../../validation/lengths.ts';
import { fresh, minItems, required, requiredChoice } from '../../validation/rules.ts';
import { columnKinds } from '../../vocabularies/kinds.ts';
import { storyFormats } from '../../vocabularies/storyFormats.ts';
import { listOptions, titleOf } from '../../vocabularies/types.ts';
import { publishedAtField, slugField } from '../fields.ts';
import { joinParts } from '../preview.ts';

export const story = defineType({
  name: 'story',
  type: 'document',
  title: 'Bài viết',
  description: 'Bài viết, phóng sự, ký sự, video, podcast… về gương điển hình.',
  icon: DocumentTextIcon,
  groups: [
    { name: 'content', title: 'Nội dung', default: true },
    { name: 'meta', title: 'Phân loại' },
    { name: 'publishing', title: 'Xuất bản' },
  ],
  fields: [
    defineField({ name: 'title', type: 'string', title: 'Tiêu đề', group: 'content', validation: (rule) => [rule, required(rule, 'tiêu đề'), maxLength(rule, 150, 'Tiêu đề')] }),
    slugField('title', 'tiêu đề'),
    defineField({ name: 'dek', type: 'text', rows: 3, title: 'Sapo', group: 'content', description: 'Đoạn dẫn ngắn dưới tiêu đề, tối đa 300 ký tự.', validation: (rule) => [rule, maxLength(rule, 300, 'Sapo')] }),
    defineField({ name: 'format', type: 'string', title: 'Thể loại', group: 'meta', options: { list: listOptions(storyFormats) }, initialValue: 'bai-viet', validation: (rule) => [rule, requiredChoice(rule, 'thể loại')] }),
    defineField({ name: 'cover', type: 'accessibleImage', title: 'Ảnh bìa', group: 'content', validation: (rule) => requiredImageRules(rule, 'ảnh bìa') }),
    defineField({ name: 'body', type: 'portableText', title: 'Nội dung', group: 'content', validation: (rule) => [rule, minItems(rule, 1, 'Cần nhập nội dung bài viết.')] }),
    defineField({ name: 'sources', type: 'array', title: 'Nguồn tư liệu', group: 'content', of: [defineArrayMember({ type: 'source' })] }),
    defineField({ name: 'credits', type: 'array', title: 'Người thực hiện', group: 'meta', description: 'Ít nhất một người (tác giả).', of: [defineArrayMember({ type: 'credit' })], validation: (rule) => [rule, minItems(rule, 1, 'Cần ghi ít nhất một người thực hiện (tác giả).')] }),
    defineField({ name: 'column', type: 'reference', title: 'Chuyên mục', group: 'meta', to: [{ type: 'column' }], validation: (rule) => [rule, requiredChoice(rule, 'chuyên mục')] }),
    defineField({ name: 'themes', type: 'array', title: 'Phong trào, chủ đề', group: 'meta', of: [defineArrayMember({ type: 'reference', to: [{ type: 'theme' }] })], validation: (rule) => [rule, fresh(rule).unique().error('Chủ đề bị chọn trùng.')] }),
    defineField({ name: 'exemplars', type: 'array', title: 'Gương điển hình trong bài', group: 'meta', of: [defineArrayMember({ type: 'reference', to: [{ type: 'exemplar' }] })], validation: (rule) => [rule, fresh(rule).unique().error('Gương điển hình bị chọn trùng.')] }),
    { ...publishedAtField(), group: 'publishing' },
    defineField({
      name: 'updatedAt',
      type: 'datetime',
      title: 'Cập nhật lúc',
      group: 'publishing',
      description: 'Điền khi sửa nội dung đáng kể sau khi xuất bản.',
      options: { dateFormat: 'DD/MM/YYYY', timeFormat: 'HH:mm' },
      validation: (rule) => [rule, fresh(rule).custom(afterSibling('publishedAt', { label: 'Ngày cập nhật', siblingLabel: 'ngày xuất bản' }, { strict: false }))],
    }),
    defineField({ name: 'republishedFrom', type: 'republication', title: 'Đăng lại từ', group: 'publishing' }),
    defineField({ name: 'seo', type: 'seo', title: 'SEO', group: 'publishing' }),
    defineField({ name: 'featured', type: 'boolean', title: 'Bài nổi bật', group: 'publishing', description: 'Ưu tiên hiện ở trang chủ.', initialValue: false }),
  ],
  orderings: [
    { name: 'publishedDesc', title: 'Mới xuất bản', by: [{ field: 'publishedAt', direction: 'desc' }] },
    { name: 'publishedAsc', title: 'Cũ nhất trước', by: [{ field: 'publishedAt', direction: 'asc' }] },
    { name: 'titleAsc', title: 'Theo tiêu đề', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', format: 'format', columnTitle: 'column.title', columnKind: 'column.kind', publishedAt: 'publishedAt', media: 'cover' },
    prepare: ({ title, format, columnTitle, columnKind, publishedAt, media }) => ({
      title: title || 'Chưa có tiêu đề',
      subtitle: joinParts(
        titleOf(storyFormats, format),
        columnTitle && `${titleOf(columnKinds, columnKind) ?? 'Chuyên mục'} ${columnTitle}`,
        formatDateVi(publishedAt),
      ),
      media,
    }),
  },
  validation: (rule) => documentRules(rule),
});
