// Dates checked before they are formatted or written anywhere (pages, <time>, JSON-LD, feeds,
// sitemap, EPUB, open data): a real calendar date (no 2023-02-30, no 2023-02-29) in a sane range of
// years. `Date` silently rolls 2023-02-30 over to 2 March and accepts year 99999, which then makes
// an invalid RSS date and sitemap date; one check here keeps every output honest.

/** Years outside this range are typing errors in an editorial archive, not dates. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO 8601 / RFC 3339 as Sanity writes it: date, optional time (seconds and fraction optional) and zone.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysIn(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function realDate(year: number, month: number, day: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/**
 * A plain calendar date `YYYY-MM-DD` (exactly), returned unchanged when it is a real date between
 * 1900 and 2100; undefined otherwise (2023-02-30, 2024-13-01, '', non-strings).
 */
export function validPlainDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = PLAIN_DATE.exec(value);
  if (!m) return undefined;
  return realDate(Number(m[1]), Number(m[2]), Number(m[3])) ? value : undefined;
}

/**
 * An ISO date-time (`2024-03-05T02:00:00.000Z`, `2024-03-05T09:00:00+07:00`; a bare `YYYY-MM-DD`
 * counts as midnight UTC, as `Date` reads it), returned unchanged when its written date is a real
 * calendar date between 1900 and 2100 and its time of day and zone are in range; undefined otherwise.
 */
export function validInstant(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = INSTANT.exec(value);
  if (!m) return undefined;
  if (!realDate(Number(m[1]), Number(m[2]), Number(m[3]))) return undefined;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return undefined;
  if (m[8] !== undefined && (Number(m[8]) > 23 || Number(m[9]) > 59)) return undefined;
  return Number.isFinite(Date.parse(value)) ? value : undefined;
}
