import { validInstant } from '../dates/valid.ts';

// Built once: constructing an Intl.DateTimeFormat costs far more than formatting with one (per page × 10.000).
const isoDateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** `YYYY-MM-DD` of an instant in Vietnam, for `<time datetime>`; undefined for an impossible date. */
export function isoDate(value: string | null | undefined): string | undefined {
  const valid = validInstant(value);
  return valid ? isoDateFormat.format(new Date(valid)) : undefined;
}
