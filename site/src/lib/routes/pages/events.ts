// Event pages (/su-kien/<slug>/) and the events index (upcoming, then past), against the build clock.
import { eventKinds, titleOf } from '@guong-sang/schemas';
import { buildTime } from '../../build/clock.ts';
import { upcomingEvents } from '../../events/upcoming.ts';
import { isoDate } from '../../format/iso-date.ts';
import { bodyImageRequests, type ImageRequest } from '../../images/requests.ts';
import type { Crumb, ExemplarCardData, RouteData, SiteEvent } from '../types.ts';
import { EVENTS_URL, urlFor } from '../urls.ts';
import { collectionSeo, eventSeo, type PageSeo } from '../seo.ts';
import { pagePath } from './path.ts';
import { siteContext } from './site.ts';

export interface EventPage {
  event: Omit<SiteEvent, 'exemplars'>;
  title: string;
  crumbs: Crumb[];
  /** "Giao lưu · Đã diễn ra" */
  kicker: string;
  /** Start and end fall on the same day (Vietnam time): the end shows its time only. */
  sameDay: boolean;
  /** Name, address, province. */
  venue: string | null;
  /** The exemplars who took part and have a page. */
  exemplars: ExemplarCardData[];
  images: ImageRequest[];
  seo: PageSeo;
}

export function eventPage(whole: SiteEvent, data: RouteData, now = buildTime()): EventPage {
  const { exemplars: featured, ...event } = whole;
  const exemplarIds = new Set(data.exemplars.map((e) => e._id));
  const exemplars = (featured ?? []).filter((e): e is ExemplarCardData => e !== null && exemplarIds.has(e._id));
  const over = new Date(event.endsAt ?? event.startsAt ?? 0).getTime() < now.getTime();
  const venue = event.venue;
  return {
    event,
    title: event.title ?? event.slug,
    crumbs: [{ label: 'Sự kiện', href: EVENTS_URL }, { label: event.title ?? event.slug }],
    kicker: `${titleOf(eventKinds, event.kind) ?? 'Sự kiện'}${over ? ' · Đã diễn ra' : ' · Sắp diễn ra'}`,
    sameDay: Boolean(event.startsAt && event.endsAt && isoDate(event.startsAt) === isoDate(event.endsAt)),
    venue: venue?.name ? [venue.name, venue.address, venue.province?.name].filter(Boolean).join(', ') : null,
    exemplars,
    seo: eventSeo(whole, data),
    images: [
      [event.cover, 'cover'],
      ...bodyImageRequests(event.description),
      ...exemplars.map((e) => [e.portrait, 'thumb'] as const),
      ...(event.gallery ?? []).map((image) => [image, 'card'] as const),
    ],
  };
}

export function eventPaths(data: RouteData) {
  const site = siteContext(data);
  return data.events.map((event) => pagePath({ slug: event.slug }, site, eventPage(event, data)));
}

export interface EventsIndex {
  groups: { id: string; title: string; events: SiteEvent[] }[];
  images: ImageRequest[];
  seo: PageSeo;
}

export function eventsIndex(data: RouteData): EventsIndex {
  const upcoming = upcomingEvents(data.events);
  const past = data.events.filter((e) => !upcoming.includes(e));
  return {
    groups: [
      { id: 'sap-dien-ra', title: 'Sắp diễn ra', events: upcoming },
      { id: 'da-dien-ra', title: 'Đã diễn ra', events: past },
    ].filter((g) => g.events.length > 0),
    images: data.events.map((e) => [e.cover, 'card'] as const),
    seo: collectionSeo(data, { name: 'Sự kiện', path: EVENTS_URL, description: 'Giao lưu, tọa đàm và lễ tôn vinh gương điển hình ngành Giáo dục.', items: [...upcoming, ...past].map((e) => ({ name: e.title, url: urlFor('event', e.slug) })) }),
  };
}
