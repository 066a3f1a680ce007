import { buildTime } from '../build/clock.ts';

const yearFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' });

/** The build clock's year in Vietnam (the footer's ©). */
export function buildYear(): string {
  return yearFormat.format(buildTime());
}
