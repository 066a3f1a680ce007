/** Helpers for Vietnamese `preview.prepare` functions. */

/** "Phóng sự · Chuyên mục X · 20/11/2025": joins the parts that exist with a middle dot. */
export function joinParts(...parts: (string | number | undefined | null | false)[]): string | undefined {
  const present = parts.filter((part): part is string | number => part !== undefined && part !== null && part !== false && part !== '');
  return present.length > 0 ? present.join(' · ') : undefined;
}

/** Vietnamese number formatting ("3.450"). */
export function formatNumberVi(value: number): string {
  return new Intl.NumberFormat('vi-VN').format(value);
}

/** Fallback title so the Studio never shows an empty row. */
export function orUntitled(title: unknown, fallback = 'Chưa có tiêu đề'): string {
  return typeof title === 'string' && title.trim() !== '' ? title : fallback;
}
