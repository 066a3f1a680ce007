// Vietnamese formatting: dates in Vietnam's time zone, sorting by Vietnamese collation.
const dateFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: 'numeric', month: 'long', year: 'numeric' });
const dateOnlyFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
export const collator = new Intl.Collator('vi');

/** A datetime (ISO with zone) shown as a Vietnamese date in Asia/Ho_Chi_Minh. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? '' : dateFormat.format(d);
}

/** A plain date (`YYYY-MM-DD`, no time) shown as written, without shifting through a zone. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? '' : dateOnlyFormat.format(d);
}

/** `YYYY-MM-DD` of a datetime in Vietnam, for `<time datetime>`. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return undefined;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(d);
}

export const byTitle = <T,>(get: (item: T) => string | null | undefined) => (a: T, b: T) => collator.compare(get(a) ?? '', get(b) ?? '');
