// Pagination of story listings (columns, themes, authors, archive years): page sizes, the pages of a
// list, the numbers a pager shows and the `[...page]` route parameter. Pure.
/** Stories per page of a column, theme or archive listing. */
export const PAGE_SIZE = 12;
/** Stories per page of an author page (text list). */
export const AUTHOR_PAGE_SIZE = 24;
/** Stories per page of an archive year (text list). */
export const ARCHIVE_PAGE_SIZE = 50;

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Total number of pages (≥ 1). */
  total: number;
  items: T[];
  /** Index (0-based) of the first item on this page within the whole list. */
  start: number;
}

/** Split a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Kích thước trang không hợp lệ: ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
    start: i * size,
  }));
}

/**
 * The page numbers a pager shows: the first, the last, and the current one with `radius` neighbours;
 * `null` marks a gap ("…"). E.g. current 6 of 20 → 1 … 5 6 7 … 20.
 */
export function pagerNumbers(current: number, total: number, radius = 1): (number | null)[] {
  const keep = new Set<number>([1, total]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= total) keep.add(n);
  const sorted = [...keep].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const prev = out.at(-1);
    if (typeof prev === 'number' && n - prev === 2) out.push(prev + 1);
    else if (typeof prev === 'number' && n - prev > 2) out.push(null);
    out.push(n);
  }
  return out;
}

/** The `[...page]` route parameter of page `n`: none for the first page, `trang/<n>` after (see urls.ts pageUrl). */
export const pageParam = (n: number): string | undefined => (n <= 1 ? undefined : `trang/${n}`);
