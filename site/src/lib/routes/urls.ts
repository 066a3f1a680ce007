// Our public URL for each document type. Types without pages yet return null (the link text is
// still shown, just not linked).
const PREFIX: Record<string, string> = {
  story: '/bai-viet/',
  column: '/chuyen-muc/',
  exemplar: '/guong-dien-hinh/',
  event: '/su-kien/',
  theme: '/chu-de/',
  contest: '/cuoc-thi/',
  person: '/tac-gia/',
  publication: '/an-pham/',
};

export function urlFor(type: string | null | undefined, slug: string | null | undefined): string | null {
  if (!type || !slug) return null;
  const prefix = PREFIX[type];
  return prefix ? `${prefix}${encodeURIComponent(slug)}/` : null;
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** An author-supplied URL if it uses an allowed scheme, else null (never `javascript:` etc.). */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  try {
    const url = new URL(trimmed);
    return SAFE_SCHEMES.has(url.protocol) ? trimmed : null;
  } catch {
    return null;
  }
}

// --- Exemplar directory, honours register, open data ----------------------------------------------

/** The exemplar directory. */
export const DIRECTORY_URL = '/guong-dien-hinh/';

/** The directory's facets: URL segment of each pre-built listing and the query parameter of the filter. */
export const DIRECTORY_FACETS = {
  province: 'tinh',
  level: 'cap-hoc',
  kind: 'loai',
  role: 'vai-tro',
  honour: 'khen-thuong',
  stage: 'giai-doan',
} as const;

export type DirectoryFacet = keyof typeof DIRECTORY_FACETS;

/** A pre-built filtered listing, e.g. `/guong-dien-hinh/tinh/lai-chau/`. */
export function directoryFacetUrl(facet: DirectoryFacet, value: string): string {
  return `${DIRECTORY_URL}${DIRECTORY_FACETS[facet]}/${encodeURIComponent(value)}/`;
}

/** The directory with filters already chosen (the custom element reads them from the query string). */
export function directoryFilterUrl(filters: Partial<Record<DirectoryFacet, string>>): string {
  const params = new URLSearchParams();
  for (const [facet, param] of Object.entries(DIRECTORY_FACETS)) {
    const value = filters[facet as DirectoryFacet];
    if (value) params.set(param, value);
  }
  const query = params.toString();
  return query ? `${DIRECTORY_URL}?${query}` : DIRECTORY_URL;
}

/** The honours register ("Bảng vàng"). */
export const HONOURS_URL = '/bang-vang/';

/** The open-data page and its files. */
export const OPEN_DATA_URL = '/du-lieu-mo/';
export const openDataFileUrl = (dataset: 'guong-dien-hinh' | 'khen-thuong' | 'ket-qua-cuoc-thi', format: 'csv' | 'json') =>
  `${OPEN_DATA_URL}${dataset}.${format}`;

// --- Listings, archive, feeds --------------------------------------------------------------------

/** Index pages of the listing types. */
export const COLUMNS_URL = '/chuyen-muc/';
export const THEMES_URL = '/chu-de/';
export const CONTESTS_URL = '/cuoc-thi/';
export const EVENTS_URL = '/su-kien/';
export const PUBLICATIONS_URL = '/an-pham/';
export const AUTHORS_URL = '/tac-gia/';
export const ARCHIVE_URL = '/luu-tru/';
export const SITE_FEED_URL = '/rss.xml';
/** The podcast feed (lib/routes/podcast-feed.ts). */
export const PODCAST_FEED_URL = '/podcast.xml';
export const SITEMAP_URL = '/sitemap.xml';

/** Chapter `n` (1-based) of a publication's web reader: `/an-pham/<slug>/chuong-<n>/`. */
export const publicationChapterUrl = (slug: string, n: number): string => `${urlFor('publication', slug)}chuong-${n}/`;

/** Page `n` (1-based) of a paginated listing whose first page is `base`: `base`, `base/trang/2/`, … */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}trang/${n}/`;
}

/** The story archive of one year (Vietnam time). */
export const archiveYearUrl = (year: number | string) => `${ARCHIVE_URL}${year}/`;

/** A column's RSS feed. */
export const columnFeedUrl = (slug: string) => `${urlFor('column', slug)}rss.xml`;

// --- Search --------------------------------------------------------------------------------------

/** The search page; the query travels as `?q=` (shareable, works with the header's plain GET form). */
export const SEARCH_URL = '/tim-kiem/';
export const searchUrl = (query?: string): string =>
  query ? `${SEARCH_URL}?${new URLSearchParams({ q: query }).toString()}` : SEARCH_URL;

// --- Participation (issue 11) ----------------------------------------------------------------------

/** The participation hub ("Tham gia") and the nomination page ("Đề cử gương điển hình"). */
export const PARTICIPATION_URL = '/tham-gia/';
export const NOMINATION_URL = '/de-cu/';
