import { StarFilledIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType, type ValidationContext } from '@sanity/types';
import { documentRules } from '../../validation/document.ts';
import { requiredImageRules } from '../../validation/images.ts';
import { maxLength } from '../../validation/lengths.ts';
import { fresh, required, requiredChoice } from '../../validation/rules.ts';
import { educationLevels } from '../../vocabularies/educationLevels.ts';
import { collectiveRoles, exemplarKinds, exemplarRoles, individualRoles } from '../../vocabularies/exemplarRoles.ts';
import { lifecycleStages } from '../../vocabularies/lifecycleStages.ts';
import { listOptions, titleOf } from '../../vocabularies/types.ts';
import { joinParts } from '../preview.ts';
import { slugField } from '../fields.ts';

/** Individual roles only fit `ca-nhan`, collective roles only `tap-the`. */
function roleMatchesKind(value: unknown, context: ValidationContext) {
  const kind = context.document?.['kind'];
  if (typeof value !== 'string' || value === '' || typeof kind !== 'string') return true;
  const allowed = kind === 'tap-the' ? collectiveRoles : individualRoles;
  if (allowed.some((entry) => entry.value === value)) return true;
  return {
    message: `Vai trò "${titleOf(exemplarRoles, value)}" không dùng cho ${kind === 'tap-the' ? 'tập thể' : 'cá nhân'}. Chọn một trong: ${allowed.map((e) => e.title).join(', ')}.`,
    code: 'custom.exemplar-role-kind',
  };
}

export const exemplar = defineType({
  name: 'exemplar',
  type: 'document',
  title: 'Gương điển hình',
  description: 'Cá nhân hoặc tập thể điển hình tiên tiến của ngành Giáo dục.',
  icon: StarFilledIcon,
  groups: [
    { name: 'profile', title: 'Hồ sơ', default: true },
    { name: 'story', title: 'Câu chuyện' },
    { name: 'tracking', title: 'Theo dõi, bồi dưỡng' },
  ],
  fields: [
    defineField({ name: 'kind', type: 'string', title: 'Cá nhân hay tập thể', group: 'profile', options: { list: listOptions(exemplarKinds), layout: 'radio', direction: 'horizontal' }, initialValue: 'ca-nhan', validation: (rule) => [rule, requiredChoice(rule, 'cá nhân hay tập thể')] }),
    defineField({ name: 'name', type: 'string', title: 'Tên', group: 'profile', description: 'Họ tên đầy đủ, hoặc tên tập thể (ví dụ: Tổ Toán, Trường THCS Bản Lầu).', validation: (rule) => [rule, required(rule, 'tên'), maxLength(rule, 150, 'Tên')] }),
    slugField('name', 'tên'),
    defineField({ name: 'role', type: 'string', title: 'Vai trò', group: 'profile', options: { list: listOptions(exemplarRoles) }, validation: (rule) => [rule, requiredChoice(rule, 'vai trò'), fresh(rule).custom(roleMatchesKind)] }),
    defineField({ name: 'educationLevel', type: 'string', title: 'Cấp học', group: 'profile', options: { list: listOptions(educationLevels) } }),
    defineField({ name: 'organisation', type: 'reference', title: 'Đơn vị', group: 'profile', to: [{ type: 'organisation' }] }),
    defineField({ name: 'province', type: 'reference', title: 'Tỉnh, thành phố', group: 'profile', to: [{ type: 'province' }], validation: (rule) => [rule, requiredChoice(rule, 'tỉnh, thành phố')] }),
    defineField({ name: 'portrait', type: 'accessibleImage', title: 'Ảnh chân dung', group: 'profile', description: 'Ảnh thật, rõ mặt (hoặc ảnh tập thể).', validation: (rule) => requiredImageRules(rule, 'ảnh chân dung') }),
    defineField({ name: 'summary', type: 'text', rows: 3, title: 'Tóm tắt', group: 'story', description: 'Hai, ba câu: là ai, làm được gì. Khách quan, không cường điệu. Tối đa 300 ký tự.', validation: (rule) => [rule, required(rule, 'tóm tắt'), maxLength(rule, 300, 'Tóm tắt')] }),
    defineField({ name: 'bio', type: 'simplePortableText', title: 'Tiểu sử', group: 'story' }),
    defineField({ name: 'achievements', type: 'array', title: 'Thành tích', group: 'story', description: 'Khen thưởng chính thức nhập ở mục "Khen thưởng, danh hiệu", có số quyết định.', of: [defineArrayMember({ type: 'achievement' })] }),
    defineField({ name: 'lifecycle', type: 'lifecycle', title: 'Quá trình phát hiện, bồi dưỡng', group: 'tracking' }),
    // The id of the nomination (private store) this record was started from; the site never shows it.
    defineField({ name: 'sourceNomination', type: 'string', title: 'Đề cử nguồn', description: 'Mã đề cử mà hồ sơ này được tạo từ đó. Không hiển thị trên trang.', group: 'tracking', readOnly: true }),
    defineField({ name: 'movements', type: 'array', title: 'Phong trào, mô hình', group: 'story', of: [defineArrayMember({ type: 'reference', to: [{ type: 'theme' }] })], validation: (rule) => [rule, fresh(rule).unique().error('Phong trào bị chọn trùng.')] }),
  ],
  initialValue: { kind: 'ca-nhan', lifecycle: { showPublicly: false } },
  orderings: [
    { name: 'nameAsc', title: 'Theo tên', by: [{ field: 'name', direction: 'asc' }] },
    { name: 'updatedDesc', title: 'Mới cập nhật', by: [{ field: '_updatedAt', direction: 'desc' }] },
  ],
  preview: {
    select: { title: 'name', role: 'role', provinceName: 'province.name', stage: 'lifecycle.stage', media: 'portrait' },
    prepare: ({ title, role, provinceName, stage, media }) => ({
      title: title || 'Chưa có tên',
      subtitle: joinParts(titleOf(exemplarRoles, role), provinceName),
      description: titleOf(lifecycleStages, stage),
      media,
    }),
  },
  validation: (rule) => documentRules(rule),
});
