// The home page: everything on it is chosen by editors' data, not code — the featured story and the
// exemplar spotlight come from site settings, columns keep their editorial order, themes their kind
// order, and contests and events are shown while they are current (at the build clock).
import { CONTEST_STATUS_LABELS, contestStatus, isCurrentContest, type ContestStatus } from '../../contests/status.ts';
import { upcomingEvents } from '../../events/upcoming.ts';
import type { ImageRequest } from '../../images/requests.ts';
import { themeSummary, type ThemeSummary } from './themes.ts';
import type { Contest, ExemplarCardData, RouteData, SiteEvent, StoryCard } from '../types.ts';
import { ARCHIVE_URL, COLUMNS_URL, CONTESTS_URL, DIRECTORY_URL, EVENTS_URL, PUBLICATIONS_URL, THEMES_URL } from '../urls.ts';
import { homeSeo, type PageSeo } from '../seo.ts';

/** Stories in "Bài mới" after the featured one. */
export const HOME_LATEST = 9;
/** Upcoming events on the home page. */
export const HOME_EVENTS = 4;

export type HomeSection = 'latest' | 'current' | 'spotlight' | 'columns' | 'themes' | 'publications';

export interface SectionLink {
  href: string;
  /** "Xem tất cả …", naming what the listing holds (several such links share a page). */
  label: string;
}

/** Each home section's "Xem tất cả" links: the full listing of what the section samples. */
export const HOME_SECTION_LINKS: Readonly<Record<HomeSection, readonly SectionLink[]>> = {
  latest: [{ href: ARCHIVE_URL, label: 'Xem tất cả bài viết' }],
  current: [
    { href: CONTESTS_URL, label: 'Xem tất cả cuộc thi' },
    { href: EVENTS_URL, label: 'Xem tất cả sự kiện' },
  ],
  spotlight: [{ href: DIRECTORY_URL, label: 'Xem tất cả gương điển hình' }],
  columns: [{ href: COLUMNS_URL, label: 'Xem tất cả chuyên mục' }],
  themes: [{ href: THEMES_URL, label: 'Xem tất cả chủ đề, phong trào' }],
  publications: [{ href: PUBLICATIONS_URL, label: 'Xem tất cả ấn phẩm' }],
};

export interface HomePage {
  /** Per section, the links to its full listing. */
  more: Readonly<Record<HomeSection, readonly SectionLink[]>>;
  featured: StoryCard | undefined;
  latest: StoryCard[];
  /** Whether the site has any contest or event at all (the section shows even when none is current). */
  hasContestsOrEvents: boolean;
  contests: (Contest & { status: ContestStatus; statusLabel: string })[];
  events: SiteEvent[];
  spotlight: ExemplarCardData[];
  columns: { _id: string; slug: string; title: string | null; description: string | null; count: number }[];
  themes: ThemeSummary[];
  publications: RouteData['publications'];
  images: ImageRequest[];
  seo: PageSeo;
}

export function homePage(data: RouteData): HomePage {
  const featured = data.featuredStory;
  const latest = data.stories.filter((s) => s._id !== featured?._id).slice(0, HOME_LATEST);
  const contests = data.contests
    .filter((c) => isCurrentContest(c))
    .map((c) => {
      const status = contestStatus(c);
      return { ...c, status, statusLabel: CONTEST_STATUS_LABELS[status] };
    });
  return {
    more: HOME_SECTION_LINKS,
    featured,
    latest,
    hasContestsOrEvents: data.contests.length > 0 || data.events.length > 0,
    contests,
    events: upcomingEvents(data.events).slice(0, HOME_EVENTS),
    spotlight: data.spotlightExemplars,
    columns: data.columns.map((c) => ({ _id: c._id, slug: c.slug, title: c.title, description: c.description, count: c.stories.length })),
    themes: data.themes.map(themeSummary),
    publications: data.publications,
    seo: homeSeo(data, [...(featured ? [featured] : []), ...latest]),
    images: [
      [featured?.cover, 'cover'],
      ...latest.map((s) => [s.cover, 'card'] as const),
      ...data.spotlightExemplars.map((e) => [e.portrait, 'thumb'] as const),
      ...data.themes.map((t) => [t.cover, 'card'] as const),
      ...data.publications.map((p) => [p.cover, 'card'] as const),
      ...contests.map((c) => [c.cover, 'card'] as const),
    ],
  };
}
