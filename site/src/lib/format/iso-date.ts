// Built once: constructing an Intl.DateTimeFormat costs far more than formatting with one (per page × 10.000).
const isoDateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** `YYYY-MM-DD` of an instant in Vietnam, for `<time datetime>`. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return undefined;
  return isoDateFormat.format(d);
}
