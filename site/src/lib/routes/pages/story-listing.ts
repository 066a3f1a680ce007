// One page of a paginated story listing as StoryListing.astro renders it (columns, themes): its
// header, the cards of this page, the pager, and the images to prepare. The cover is shown on the
// first page only, so later pages neither carry nor depend on it.
import type { ImageField } from '../../images/geometry.ts';
import type { ImageRequest } from '../../images/requests.ts';
import { listingTrail } from '../breadcrumbs.ts';
import type { Page } from '../pagination.ts';
import { collectionSeo, type PageSeo } from '../seo.ts';
import type { ShareCard } from '../share-cards.ts';
import type { Crumb, RouteData, StoryCard } from '../types.ts';
import { pageUrl, urlFor } from '../urls.ts';

export interface StoryListingPage {
  /** URL of the first page. */
  base: string;
  page: Page<StoryCard>;
  title: string;
  /** Small label above the title (kind of listing). */
  kicker: string | null;
  description: string | null;
  cover: ImageField | null;
  /** The breadcrumb trail after "Trang chủ" (the listing's parents, the listing, the page). */
  crumbs: Crumb[];
  feed: { href: string; title: string } | null;
  emptyText: string;
  /** People linked to the listing (a movement's exemplars), shown above the stories on the first page only. */
  exemplars?: ListingExemplars | null;
  images: ImageRequest[];
  /** Share card (the listing's, on every page) and CollectionPage JSON-LD of this page's stories. */
  seo: PageSeo;
}

export interface ListingExemplars {
  heading: string;
  items: { key: string; name: string; href: string; meta: string | null }[];
}

export function storyListingPage(listing: Omit<StoryListingPage, 'images' | 'seo'>, data: RouteData, card: ShareCard): StoryListingPage {
  const first = listing.page.number === 1;
  const seo = collectionSeo(data, {
    name: first ? listing.title : `${listing.title} — Trang ${listing.page.number}`,
    path: pageUrl(listing.base, listing.page.number),
    description: listing.description,
    items: listing.page.items.map((s) => ({ name: s.title, url: urlFor('story', s.slug) })),
    card,
  });
  const crumbs = listingTrail(listing.crumbs, listing.title, listing.base, listing.page.number);
  const cover = first ? listing.cover : null;
  const exemplars = first && listing.exemplars && listing.exemplars.items.length > 0 ? listing.exemplars : null;
  return {
    ...listing,
    crumbs,
    cover,
    exemplars,
    seo,
    images: [...(cover ? [[cover, 'cover'] as const] : []), ...listing.page.items.map((s) => [s.cover, 'card'] as const)],
  };
}
