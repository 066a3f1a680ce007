// An ISO datetime as milliseconds since the epoch, or undefined when it is missing or not a date.
export function instant(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const t = new Date(value).getTime();
  return Number.isNaN(t) ? undefined : t;
}
