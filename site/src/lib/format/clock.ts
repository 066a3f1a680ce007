import { validInstant } from '../dates/valid.ts';

const clockFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hour12: false });

/** Time of day of an instant in Asia/Ho_Chi_Minh, e.g. "19:30". */
export function formatClock(value: string | null | undefined): string {
  const valid = validInstant(value);
  return valid ? clockFormat.format(new Date(valid)) : '';
}
