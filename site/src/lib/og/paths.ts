// Where the Open Graph images are published (pure; route data and pages import this, never the generator).
export const OG_DIR = 'og';
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const OG_TYPE = 'image/jpeg';

/** A story's card: /og/<slug>.jpg. */
export const ogImagePath = (slug: string): string => `/${OG_DIR}/${encodeURIComponent(slug)}.jpg`;

/**
 * The other cards live in one folder per kind (/og/<kind>/<slug>.jpg), so they can never take a
 * story's name. `trang` holds the site card every listing shares.
 */
export type OgCardKind = 'guong-dien-hinh' | 'su-kien' | 'cuoc-thi' | 'chuyen-muc' | 'chu-de' | 'an-pham' | 'trang';

/** The generator's name for a card (under /og/, without `.jpg`). */
export const ogCardName = (kind: OgCardKind, slug: string): string => `${kind}/${slug}`;

/** The public path of a card's image. */
export const ogCardPath = (kind: OgCardKind, slug: string): string => `/${OG_DIR}/${kind}/${encodeURIComponent(slug)}.jpg`;

/** The site card (home, listings, search, open data): one image for them all. */
export const SITE_CARD_SLUG = 'trang-chu';
