// Dates in Vietnamese, in Vietnam's time zone (Asia/Ho_Chi_Minh): "5 tháng 3, 2024".
const instantDateFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: 'numeric', month: 'long', year: 'numeric' });
const plainDateFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** The date (no time of day) of an instant (ISO datetime with zone), as it was in Vietnam. */
export function formatDateInVietnam(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? '' : instantDateFormat.format(d);
}

/** A plain calendar date (`YYYY-MM-DD`, no time) shown as written, without shifting through a zone. */
export function formatPlainDate(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? '' : plainDateFormat.format(d);
}
