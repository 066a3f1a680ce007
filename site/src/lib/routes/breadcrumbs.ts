// The breadcrumb trail of a paginated listing: its parents, the listing (a link back to its first
// page from later pages) and, after the first page, "Trang <n>".
import type { Crumb } from './types.ts';

export function listingTrail(parents: readonly Crumb[], title: string, base: string, pageNumber: number): Crumb[] {
  const first = pageNumber === 1;
  return [...parents, { label: title, href: first ? null : base }, ...(first ? [] : [{ label: `Trang ${pageNumber}` }])];
}
