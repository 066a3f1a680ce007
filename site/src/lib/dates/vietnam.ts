// Calendar positions of an instant in Vietnam's time zone (Asia/Ho_Chi_Minh): year and month, and
// grouping by year (the archive). Pure.
const yearMonthFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit' });

/** Year and month (1–12) of a datetime in Asia/Ho_Chi_Minh, or undefined if it is not a date. */
export function yearMonthInVietnam(value: string | null | undefined): { year: number; month: number } | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return undefined;
  const parts = yearMonthFormat.formatToParts(d);
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  return { year, month };
}

/** Items grouped by the year (Vietnam time) of `date(item)`, newest year first, order kept within a year. */
export function groupByYear<T>(items: readonly T[], date: (item: T) => string | null | undefined): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const ym = yearMonthInVietnam(date(item));
    if (!ym) continue;
    const list = groups.get(ym.year) ?? [];
    list.push(item);
    groups.set(ym.year, list);
  }
  return new Map([...groups].sort(([a], [b]) => b - a));
}
