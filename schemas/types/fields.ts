import { defineField } from '@sanity/types';
import { slugify, isCanonicalSlug, SLUG_MAX_LENGTH } from '../text/slugify.ts';
import { isUniqueSlugPerType } from '../validation/slugs.ts';
import { fresh } from '../validation/rules.ts';

/**
 * The `slug` field every routable document shares: generated from `source` with the Vietnamese
 * slugifier (đ→d), unique per document type, canonical `[a-z0-9-]`.
 */
export function slugField(source: string, sourceLabel: string) {
  return defineField({
    name: 'slug',
    type: 'slug',
    title: 'Đường dẫn (slug)',
    description: `Phần cuối địa chỉ trang, tạo từ ${sourceLabel}: chữ thường không dấu, nối bằng gạch ngang. Đổi đường dẫn sau khi xuất bản sẽ làm hỏng liên kết cũ.`,
    options: { source, slugify, isUnique: isUniqueSlugPerType, maxLength: SLUG_MAX_LENGTH },
    validation: (rule) => [
      rule,
      fresh(rule).required().error(`Cần tạo đường dẫn: bấm "Tạo" để lấy từ ${sourceLabel}.`),
      fresh(rule).custom((value: unknown) => {
        const current = (value as { current?: unknown } | undefined)?.current;
        if (typeof current !== 'string' || current === '' || isCanonicalSlug(current)) return true;
        return {
          message: `Đường dẫn "${current}" chỉ được gồm chữ thường không dấu, số và gạch ngang, tối đa ${SLUG_MAX_LENGTH} ký tự. Gợi ý: "${slugify(current)}".`,
          code: 'custom.slug-format',
        };
      }),
    ],
  });
}

/** Publication datetime, defaulting to now so "publish" needs no extra click. */
export function publishedAtField(title = 'Ngày xuất bản') {
  return defineField({
    name: 'publishedAt',
    type: 'datetime',
    title,
    description: 'Giờ Việt Nam. Bài hẹn giờ chỉ hiện trên trang sau thời điểm này.',
    options: { dateFormat: 'DD/MM/YYYY', timeFormat: 'HH:mm' },
    initialValue: () => new Date().toISOString(),
    validation: (rule) => [rule, fresh(rule).required().error('Cần chọn ngày xuất bản.')],
  });
}
