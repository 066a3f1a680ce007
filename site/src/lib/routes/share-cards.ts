// The share cards (Open Graph images): which pages get which picture, decided once, from the route
// data. Pages read a card's path and alt text through seo.ts; integrations/og.ts draws every card
// listed by `shareCards` (resolving image files there, since this module stays pure). A story has
// its own card; a profile shows its portrait, a booklet its cover, events, contests, columns and
// themes a titled card drawn like a story's; every listing shares the one site card. Paginated
// pages 2+ reuse their first page's card, so they cost no drawing.
import { columnKinds, eventKinds, exemplarKinds, storyFormats, themeKinds, titleOf } from '@guong-sang/schemas';
import type { ImageField, SanityCrop, SanityHotspot } from '../images/geometry.ts';
import { ogCardName, ogCardPath, ogImagePath, SITE_CARD_SLUG, type OgCardKind } from '../og/paths.ts';
import type { Column, Contest, Exemplar, Publication, RouteData, SiteEvent, Story, Theme } from './types.ts';

type CardImage = (ImageField & { crop?: SanityCrop | null; hotspot?: SanityHotspot | null }) | null | undefined;

export interface ShareCard {
  /** The generator's name (under /og/, without `.jpg`). */
  name: string;
  /** Public path of the JPEG. */
  path: string;
  title: string;
  /** The small upper-case line above the title (format, kind). */
  kicker: string | null;
  /** A story's column (drawn before the kicker). */
  column: string | null;
  subtitle: string | null;
  image: CardImage;
  layout: 'cover' | 'portrait' | 'book';
  /** og:image:alt */
  alt: string;
}

const card = (kind: OgCardKind, slug: string, fields: Omit<ShareCard, 'name' | 'path' | 'column' | 'alt'> & { column?: string | null }, siteName: string): ShareCard => ({
  name: ogCardName(kind, slug),
  path: ogCardPath(kind, slug),
  column: null,
  ...fields,
  alt: `${fields.title} — ${siteName}`,
});

export function storyShareCard(story: Story, siteName: string): ShareCard {
  const title = story.title ?? story.slug;
  return {
    name: story.slug,
    path: ogImagePath(story.slug),
    title,
    // Same fields as before cards existed: the cached story images keep their keys.
    kicker: story.format && story.format !== 'bai-viet' ? (titleOf(storyFormats, story.format) ?? null) : null,
    column: story.column?.title ?? null,
    subtitle: null,
    image: story.cover,
    layout: 'cover',
    alt: `${title} — ${siteName}`,
  };
}

export function exemplarShareCard(exemplar: Pick<Exemplar, 'slug' | 'name' | 'kind' | 'portrait' | 'organisation'>, siteName: string): ShareCard {
  return card(
    'guong-dien-hinh',
    exemplar.slug,
    {
      title: exemplar.name ?? exemplar.slug,
      kicker: titleOf(exemplarKinds, exemplar.kind) ?? 'Gương điển hình',
      subtitle: exemplar.organisation?.name ?? null,
      image: exemplar.portrait,
      layout: 'portrait',
    },
    siteName,
  );
}

export const eventShareCard = (event: Pick<SiteEvent, 'slug' | 'title' | 'kind' | 'cover'>, siteName: string): ShareCard =>
  card('su-kien', event.slug, { title: event.title ?? event.slug, kicker: titleOf(eventKinds, event.kind) ?? 'Sự kiện', subtitle: null, image: event.cover, layout: 'cover' }, siteName);

export const contestShareCard = (contest: Pick<Contest, 'slug' | 'title' | 'cover'>, siteName: string): ShareCard =>
  card('cuoc-thi', contest.slug, { title: contest.title ?? contest.slug, kicker: 'Cuộc thi', subtitle: null, image: contest.cover, layout: 'cover' }, siteName);

export const columnShareCard = (column: Pick<Column, 'slug' | 'title' | 'kind' | 'cover'>, siteName: string): ShareCard =>
  card('chuyen-muc', column.slug, { title: column.title ?? column.slug, kicker: titleOf(columnKinds, column.kind) ?? 'Chuyên mục', subtitle: null, image: column.cover, layout: 'cover' }, siteName);

export const themeShareCard = (theme: Pick<Theme, 'slug' | 'title' | 'kind' | 'cover'>, siteName: string): ShareCard =>
  card('chu-de', theme.slug, { title: theme.title ?? theme.slug, kicker: titleOf(themeKinds, theme.kind) ?? 'Chủ đề', subtitle: null, image: theme.cover, layout: 'cover' }, siteName);

export const publicationShareCard = (publication: Pick<Publication, 'slug' | 'title' | 'edition' | 'year' | 'cover'>, siteName: string): ShareCard =>
  card(
    'an-pham',
    publication.slug,
    {
      title: publication.title ?? publication.slug,
      kicker: 'Ấn phẩm',
      subtitle: [publication.edition, publication.year].filter(Boolean).join(' · ') || null,
      image: publication.cover,
      layout: 'book',
    },
    siteName,
  );

/** The card of the home page and every listing: the site's name and tagline. */
export function siteShareCard(data: Pick<RouteData, 'siteName' | 'settings'>): ShareCard {
  return card('trang', SITE_CARD_SLUG, { title: data.settings.tagline || data.siteName, kicker: null, subtitle: null, image: null, layout: 'cover' }, data.siteName);
}

/** Every card the site's pages point at, once each. */
export function shareCards(data: RouteData): ShareCard[] {
  const name = data.siteName;
  return [
    siteShareCard(data),
    ...data.stories.map((s) => storyShareCard(s, name)),
    ...data.exemplars.map((e) => exemplarShareCard(e, name)),
    ...data.events.map((e) => eventShareCard(e, name)),
    ...data.contests.map((c) => contestShareCard(c, name)),
    ...data.columns.map((c) => columnShareCard(c, name)),
    ...data.themes.map((t) => themeShareCard(t, name)),
    ...data.publications.map((p) => publicationShareCard(p, name)),
  ];
}
