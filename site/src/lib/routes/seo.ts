// What every page says when shared or crawled: its Open Graph type, description, card image and
// schema.org JSON-LD, made here from the route data (never in a page) and rendered by Base.astro's
// `seo` prop. URLs are site paths ("/su-kien/x/"); Base.astro makes them absolute against the
// configured site (absoluteJsonLd in lib/seo/json-ld.ts), so route data never needs the site URL.
import { exemplarRoles, titleOf } from '@guong-sang/schemas';
import type { BookletModel } from '../booklet/model.ts';
import type { BookletDownload } from '../booklet/site-data.ts';
import { validInstant } from '../dates/valid.ts';
import { shareDescription } from '../seo/describe.ts';
import {
  contestShareCard,
  eventShareCard,
  exemplarShareCard,
  publicationShareCard,
  siteShareCard,
  storyShareCard,
  type ShareCard,
} from './share-cards.ts';
import type { Contest, Exemplar, Publication, RouteData, SiteEvent, Story } from './types.ts';
import { OPEN_DATA_LICENCE, OPEN_DATASETS } from './open-data.ts';
import { OPEN_DATA_URL, openDataFileUrl, safeHref, SEARCH_URL, urlFor } from './urls.ts';

export type JsonLdNode = Record<string, unknown>;

export interface PageSeo {
  /** og:type */
  type: 'website' | 'article' | 'profile' | 'book';
  /** Plain text, ≤ 160 characters (describe.ts); empty when nothing describes the page. */
  description: string;
  image: { path: string; alt: string };
  jsonLd: JsonLdNode[];
}

type Site = Pick<RouteData, 'siteName' | 'settings'>;

const SCHEMA = 'https://schema.org';
const image = (card: ShareCard): PageSeo['image'] => ({ path: card.path, alt: card.alt });

/** The site as publisher and organiser. */
export const publisher = (site: Site): JsonLdNode => ({ '@type': 'Organization', name: site.siteName, url: '/' });

/** An instant as schema.org dates want it: Vietnam's wall clock with its +07:00 offset. */
export function vietnamDateTime(value: string | null | undefined): string | null {
  const instant = validInstant(value);
  if (!instant) return null;
  const shifted = new Date(Date.parse(instant) + 7 * 3600_000);
  return `${shifted.toISOString().slice(0, 19)}+07:00`;
}

export interface ListItem {
  name: string | null;
  url: string | null;
}

/** A listing: CollectionPage with its items as an ItemList (only items that have a page). */
export function collectionSeo(site: Site, listing: { name: string; path: string; description?: string | null; items: ListItem[]; card?: ShareCard }): PageSeo {
  const card = listing.card ?? siteShareCard(site);
  const description = shareDescription(listing.description, site.settings.description, `${listing.name} — ${site.siteName}`);
  const items = listing.items.filter((i): i is { name: string; url: string } => Boolean(i.name && i.url));
  return {
    type: 'website',
    description,
    image: image(card),
    jsonLd: [
      {
        '@context': SCHEMA,
        '@type': 'CollectionPage',
        name: listing.name,
        url: listing.path,
        ...(description ? { description } : {}),
        inLanguage: 'vi',
        image: card.path,
        isPartOf: { '@type': 'WebSite', name: site.siteName, url: '/' },
        publisher: publisher(site),
        mainEntity: {
          '@type': 'ItemList',
          numberOfItems: items.length,
          itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, url: item.url })),
        },
      },
    ],
  };
}

/** The home page: the site (with its search) and the newest stories. */
export function homeSeo(data: RouteData, latest: { title: string | null; slug: string }[]): PageSeo {
  const listing = collectionSeo(data, {
    name: data.siteName,
    path: '/',
    description: data.settings.description ?? data.settings.tagline,
    items: latest.map((s) => ({ name: s.title, url: urlFor('story', s.slug) })),
  });
  const website: JsonLdNode = {
    '@context': SCHEMA,
    '@type': 'WebSite',
    name: data.siteName,
    url: '/',
    inLanguage: 'vi',
    ...(listing.description ? { description: listing.description } : {}),
    publisher: publisher(data),
    potentialAction: { '@type': 'SearchAction', target: { '@type': 'EntryPoint', urlTemplate: `${SEARCH_URL}?q={search_term_string}` }, 'query-input': 'required name=search_term_string' },
  };
  return { ...listing, jsonLd: [website, ...listing.jsonLd] };
}

/** A plain page (search, open data): WebPage, or a more precise type. */
export function webPageSeo(site: Site, page: { name: string; path: string; description: string; type?: string; extra?: JsonLdNode[] }): PageSeo {
  const card = siteShareCard(site);
  const description = shareDescription(page.description, site.settings.description);
  return {
    type: 'website',
    description,
    image: image(card),
    jsonLd: [
      { '@context': SCHEMA, '@type': page.type ?? 'WebPage', name: page.name, url: page.path, description, inLanguage: 'vi', isPartOf: { '@type': 'WebSite', name: site.siteName, url: '/' } },
      ...(page.extra ?? []),
    ],
  };
}

/** A story: its card; the NewsArticle itself is written by StoryPage.astro (lib/story/article-schema.ts). */
export function storySeo(story: Story, site: Site, description: string | undefined): PageSeo {
  return { type: 'article', description: shareDescription(description, story.dek, story.title), image: image(storyShareCard(story, site.siteName)), jsonLd: [] };
}

/** A profile: Person, or Organization for a collective (a school, a group). */
export function exemplarSeo(exemplar: Exemplar, site: Site): PageSeo {
  const card = exemplarShareCard(exemplar, site.siteName);
  const path = urlFor('exemplar', exemplar.slug);
  const name = exemplar.name ?? exemplar.slug;
  const description = shareDescription(exemplar.summary, `${name} — gương điển hình trên ${site.siteName}.`);
  const collective = exemplar.kind === 'tap-the';
  const awards = exemplar.honours.flatMap((h) => (h.title ? [h.year ? `${h.title} (${h.year})` : h.title] : []));
  const province = exemplar.province?.name;
  const website = safeHref(exemplar.organisation?.website);
  const organisation = exemplar.organisation?.name ? { '@type': 'Organization', name: exemplar.organisation.name, ...(website ? { url: website } : {}) } : null;
  const node: JsonLdNode = {
    '@context': SCHEMA,
    '@type': collective ? 'Organization' : 'Person',
    name,
    url: path,
    description,
    image: card.path,
    mainEntityOfPage: { '@type': 'ProfilePage', '@id': path },
    ...(awards.length ? { award: awards } : {}),
    ...(collective
      ? { ...(province ? { address: { '@type': 'PostalAddress', addressRegion: province, addressCountry: 'VN' } } : {}), ...(organisation ? { parentOrganization: organisation } : {}) }
      : {
          ...(titleOf(exemplarRoles, exemplar.role) ? { jobTitle: titleOf(exemplarRoles, exemplar.role) } : {}),
          ...(organisation ? { worksFor: organisation } : {}),
          ...(province ? { homeLocation: { '@type': 'Place', name: province, address: { '@type': 'PostalAddress', addressRegion: province, addressCountry: 'VN' } } } : {}),
        }),
    subjectOf: exemplar.stories.slice(0, 10).map((s) => ({ '@type': 'NewsArticle', headline: s.title, url: urlFor('story', s.slug) })),
  };
  return { type: 'profile', description, image: image(card), jsonLd: [node] };
}


/** What an event and a contest (an Event too) say alike: dates in Vietnam's offset, status, mode, organiser. */
function eventNode(
  site: Site,
  event: { name: string; path: string | null | undefined; description: string; card: ShareCard; startsAt: string | null | undefined; endsAt: string | null | undefined; online: boolean },
): JsonLdNode {
  const start = vietnamDateTime(event.startsAt);
  const end = vietnamDateTime(event.endsAt);
  return {
    '@context': SCHEMA,
    '@type': 'Event',
    name: event.name,
    url: event.path,
    description: event.description,
    image: [event.card.path],
    ...(start ? { startDate: start } : {}),
    ...(end ? { endDate: end } : {}),
    eventStatus: `${SCHEMA}/EventScheduled`,
    eventAttendanceMode: `${SCHEMA}/${event.online ? 'Online' : 'Offline'}EventAttendanceMode`,
    organizer: publisher(site),
    inLanguage: 'vi',
  };
}
/** An event: dates with Vietnam's offset, the venue (or the page, for an event without one). */
export function eventSeo(event: SiteEvent, site: Site): PageSeo {
  const card = eventShareCard(event, site.siteName);
  const path = urlFor('event', event.slug);
  const name = event.title ?? event.slug;
  const description = shareDescription(event.summary, `${name} — sự kiện trên ${site.siteName}.`);
  const venue = event.venue;
  const place = venue?.name || venue?.address || venue?.province?.name;
  const node: JsonLdNode = {
    ...eventNode(site, { name, path, description, card, startsAt: event.startsAt, endsAt: event.endsAt, online: !place }),
    location: place
      ? {
          '@type': 'Place',
          name: venue?.name || place,
          address: {
            '@type': 'PostalAddress',
            ...(venue?.address ? { streetAddress: venue.address } : {}),
            ...(venue?.province?.name ? { addressRegion: venue.province.name } : {}),
            addressCountry: 'VN',
          },
        }
      : { '@type': 'VirtualLocation', url: path },
    ...((event.exemplars ?? []).length
      ? {
          performer: (event.exemplars ?? []).flatMap((e) =>
            e?.name ? [{ '@type': e.kind === 'tap-the' ? 'Organization' : 'Person', name: e.name, ...(urlFor('exemplar', e.slug) ? { url: urlFor('exemplar', e.slug) } : {}) }] : [],
          ),
        }
      : {}),
  };
  return { type: 'website', description, image: image(card), jsonLd: [node] };
}

/**
 * A contest: an Event that runs from the day entries open to the day they close, online (entries are
 * sent in, nobody travels), organised by the site.
 */
export function contestSeo(contest: Omit<Contest, 'entries'>, site: Site): PageSeo {
  const card = contestShareCard(contest, site.siteName);
  const path = urlFor('contest', contest.slug);
  const name = contest.title ?? contest.slug;
  const description = shareDescription(contest.summary, `${name} — cuộc thi do ${site.siteName} tổ chức.`);
  const node: JsonLdNode = {
    ...eventNode(site, { name, path, description, card, startsAt: contest.opensAt, endsAt: contest.closesAt, online: true }),
    location: { '@type': 'VirtualLocation', url: path },
  };
  return { type: 'website', description, image: image(card), jsonLd: [node] };
}

const FORMAT_MEDIA: Record<BookletDownload['format'], string> = { epub: 'application/epub+zip', pdf: 'application/pdf' };

/** An e-publication: Book, an EBook in each downloadable format. */
export function publicationSeo(publication: Publication, model: BookletModel | null, downloads: Pick<BookletDownload, 'format' | 'href'>[], site: Site): PageSeo {
  const card = publicationShareCard(publication, site.siteName);
  const path = urlFor('publication', publication.slug);
  const name = publication.title ?? publication.slug;
  const edition = [publication.edition, publication.year].filter(Boolean).join(', ');
  const description = shareDescription(`${name}${edition ? ` (${edition})` : ''}: ấn phẩm điện tử của ${site.siteName}, ${model?.chapters.length ?? 0} chương.`);
  const publisherName = model?.publisher || site.siteName;
  const authors = (model?.credits ?? []).map((c) => ({ '@type': 'Person', name: c.name }));
  const node: JsonLdNode = {
    '@context': SCHEMA,
    '@type': 'Book',
    name,
    url: path,
    '@id': path,
    description,
    image: card.path,
    inLanguage: 'vi',
    bookFormat: `${SCHEMA}/EBook`,
    author: authors.length ? authors : publisher(site),
    publisher: { '@type': 'Organization', name: publisherName },
    ...(publication.edition ? { bookEdition: publication.edition } : {}),
    ...(publication.year ? { datePublished: String(publication.year) } : {}),
    ...(model?.chapters.length ? { hasPart: model.chapters.map((c) => ({ '@type': 'Chapter', name: c.title, position: c.index, url: `${path}chuong-${c.index}/` })) } : {}),
    ...(downloads.length
      ? {
          workExample: downloads.map((d) => ({
            '@type': 'Book',
            name: `${name} (${d.format.toUpperCase()})`,
            bookFormat: `${SCHEMA}/EBook`,
            inLanguage: 'vi',
            encodingFormat: FORMAT_MEDIA[d.format],
            url: d.href,
            potentialAction: { '@type': 'ReadAction', target: d.href },
          })),
        }
      : {}),
  };
  return { type: 'book', description, image: image(card), jsonLd: [node] };
}

/** A booklet chapter: Chapter of the Book, with the booklet's card. */
export function chapterSeo(
  publication: Publication,
  chapter: { index: number; title: string; dek?: string | null },
  site: Site,
): PageSeo {
  const card = publicationShareCard(publication, site.siteName);
  const book = urlFor('publication', publication.slug);
  const name = publication.title ?? publication.slug;
  const description = shareDescription(chapter.dek, `Chương ${chapter.index} của ấn phẩm ${name}: ${chapter.title}.`);
  return {
    type: 'article',
    description,
    image: image(card),
    jsonLd: [
      {
        '@context': SCHEMA,
        '@type': 'Chapter',
        name: chapter.title,
        url: `${book}chuong-${chapter.index}/`,
        position: chapter.index,
        description,
        inLanguage: 'vi',
        isPartOf: { '@type': 'Book', name, url: book, '@id': book },
        publisher: publisher(site),
      },
    ],
  };
}

export const SEARCH_DESCRIPTION = 'Tìm bài viết, gương điển hình, cuộc thi, sự kiện, ấn phẩm và khen thưởng; gõ có dấu hay không dấu đều được.';

/** The search page (noindex, but shared): SearchResultsPage. */
export const searchSeo = (site: Site): PageSeo => webPageSeo(site, { name: 'Tìm kiếm', path: SEARCH_URL, description: SEARCH_DESCRIPTION, type: 'SearchResultsPage' });

export const OPEN_DATA_DESCRIPTION = 'Tải về dữ liệu công khai về gương điển hình và khen thưởng ngành Giáo dục dưới dạng CSV và JSON, kèm mô tả từng trường dữ liệu.';

/** The open data page: one Dataset per published dataset, each with its CSV and JSON downloads. */
export function openDataSeo(site: Site): PageSeo {
  const datasets = OPEN_DATASETS.map((d) => ({
    '@context': SCHEMA,
    '@type': 'Dataset',
    name: d.title,
    description: d.description,
    url: OPEN_DATA_URL,
    inLanguage: 'vi',
    isAccessibleForFree: true,
    license: OPEN_DATA_LICENCE.url,
    creator: publisher(site),
    variableMeasured: d.fields.map((f) => f.name),
    distribution: (['csv', 'json'] as const).map((format) => ({
      '@type': 'DataDownload',
      encodingFormat: format === 'csv' ? 'text/csv' : 'application/json',
      contentUrl: openDataFileUrl(d.id as 'guong-dien-hinh' | 'khen-thuong', format),
    })),
  }));
  return webPageSeo(site, { name: 'Dữ liệu mở', path: OPEN_DATA_URL, description: OPEN_DATA_DESCRIPTION, extra: datasets });
}

/** Every other page (404): the site card and a plain WebPage. */
export const defaultSeo = (site: Site, name: string, path: string): PageSeo => webPageSeo(site, { name, path, description: site.settings.description ?? '' });
