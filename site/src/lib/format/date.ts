// Dates in Vietnamese, in Vietnam's time zone (Asia/Ho_Chi_Minh): "5 tháng 3, 2024". An impossible
// or out-of-range date (see dates/valid.ts) formats as '' rather than as the day `Date` rolls it to.
import { validInstant, validPlainDate } from '../dates/valid.ts';

const instantDateFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: 'numeric', month: 'long', year: 'numeric' });
const plainDateFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** The date (no time of day) of an instant (ISO datetime with zone), as it was in Vietnam. */
export function formatDateInVietnam(value: string | null | undefined): string {
  const valid = validInstant(value);
  return valid ? instantDateFormat.format(new Date(valid)) : '';
}

/** A plain calendar date (`YYYY-MM-DD`, no time) shown as written, without shifting through a zone. */
export function formatPlainDate(value: string | null | undefined): string {
  // A date-time stored where a date belongs is read as its date part, as written.
  const valid = validPlainDate(value?.slice(0, 10));
  return valid ? plainDateFormat.format(new Date(`${valid}T00:00:00Z`)) : '';
}
