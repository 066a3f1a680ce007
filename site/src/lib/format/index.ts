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

// Built once: constructing an Intl.DateTimeFormat costs far more than formatting with one (per page × 10.000).
const isoDateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** `YYYY-MM-DD` of a datetime in Vietnam, for `<time datetime>`. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return undefined;
  return isoDateFormat.format(d);
}

export const byTitle = <T,>(get: (item: T) => string | null | undefined) => (a: T, b: T) => collator.compare(get(a) ?? '', get(b) ?? '');

const clockFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hour12: false });

/** Time of day of a datetime in Asia/Ho_Chi_Minh, e.g. "19:30". */
export function formatClock(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? '' : clockFormat.format(d);
}

let year: string | undefined;
/** The current year in Vietnam (footer), computed once per build rather than once per page. */
export function buildYear(): string {
  return (year ??= new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()));
}

const fileSizeNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** A file size the Vietnamese way: "1,3 MB", "860 KB" (1 MB = 1024 × 1024 bytes, never "0 KB"). */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${fileSizeNumber.format(bytes / (1024 * 1024))} MB`;
  return `${fileSizeNumber.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}
