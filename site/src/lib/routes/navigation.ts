// The main navigation every page's header shows: the editors' items from siteSettings.navigation,
// then the directory and the honours register when the editors did not link them (readers look for
// both from every page; the footer alone hid them). Pure, so the layout and the tests share it.
import type { LayoutSettings } from './types.ts';
import { DIRECTORY_URL, HONOURS_URL, safeHref, urlFor } from './urls.ts';

export interface NavItem {
  key: string;
  label: string;
  href: string;
}

/** Sections every reader should reach from the main navigation, appended when missing. */
export const ALWAYS_IN_NAV: readonly NavItem[] = [
  { key: 'guong-dien-hinh', label: 'Gương điển hình', href: DIRECTORY_URL },
  { key: 'bang-vang', label: 'Bảng vàng', href: HONOURS_URL },
];

export function mainNavigation(settings: Pick<LayoutSettings, 'navigation'>): NavItem[] {
  const items = (settings.navigation ?? [])
    .map((item) => ({
      key: item._key,
      label: item.label || item.target?.title || '',
      href: (item.target ? urlFor(item.target._type, item.target.slug) : safeHref(item.url)) ?? '',
    }))
    .filter((item) => item.label && item.href);
  const linked = new Set(items.map((item) => item.href));
  return [...items, ...ALWAYS_IN_NAV.filter((item) => !linked.has(item.href))];
}

/** The item for the current section: an exact match, or the longest prefix (never the home page). */
export function currentNavHref(items: readonly NavItem[], path: string): string | undefined {
  return items
    .filter((item) => item.href.startsWith('/') && (item.href === path || (item.href !== '/' && path.startsWith(item.href))))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
