// Exemplar profiles (/guong-dien-hinh/<slug>/), the directory (/guong-dien-hinh/) and its pre-built
// facet listings (/guong-dien-hinh/<facet>/<value>/).
import {
  educationLevels,
  eventKinds,
  exemplarKinds,
  exemplarRoles,
  honourCategories,
  honourLevels,
  lifecycleStages,
  themeKinds,
  titleOf,
} from '@guong-sang/schemas';
import { validPlainDate } from '../../dates/valid.ts';
import { formatPlainDate } from '../../format/date.ts';
import type { ImageRequest } from '../../images/requests.ts';
import { directoryEntry, facetGroups, facetListings, type DirectoryEntry, type FacetGroup, type FacetValue } from '../directory.ts';
import type { Exemplar, RouteData, StoryCard } from '../types.ts';
import { DIRECTORY_FACETS, DIRECTORY_URL, directoryFacetUrl, safeHref, urlFor, type DirectoryFacet } from '../urls.ts';
import { collectionSeo, exemplarSeo, type PageSeo } from '../seo.ts';
import { pagePath } from './path.ts';
import { siteContext } from './site.ts';

export interface ProfileFact {
  term: string;
  value: string;
  href: string | null;
  /** An external link (the organisation's website). */
  external: boolean;
}

export interface ExemplarPage {
  exemplar: Omit<Exemplar, 'stories' | 'honours' | 'events' | 'achievements' | 'lifecycle' | 'movements'>;
  /** Movements, models and themes the exemplar takes part in, by title; linked when the theme has a page. */
  movements: { key: string; title: string; href: string | null; kind: string | null }[];
  facts: ProfileFact[];
  /** Newest first. */
  achievements: { key: string; year: number | null; description: string }[];
  honours: { _id: string; title: string | null; qualifier: string | null; decisionNumber: string | null; decisionDate: string | null; href: string | null; issuer: string | null }[];
  /**
   * The journey, when editors made it public (`lifecycle.showPublicly`; the query returns nothing
   * otherwise): its dated stages by year, oldest first. Stages without a valid date are left out.
   */
  journey: JourneyYear[];
  events: { key: string; title: string | null; href: string | null; kind: string | null; startsAt: string | null; venue: string | null; province: string | null }[];
  stories: StoryCard[];
  images: ImageRequest[];
  seo: PageSeo;
}

export interface JourneyYear {
  year: string;
  stages: { key: string; date: string; label: string; stage: string | null; note: string | null }[];
}

/** Lifecycle history as a timeline: dated stages, oldest first, grouped by year. */
export function journeyByYear(history: NonNullable<Exemplar['lifecycle']>['history'] | undefined): JourneyYear[] {
  const dated = (history ?? []).flatMap((h) => {
    const date = validPlainDate(h.date?.slice(0, 10));
    return date ? [{ key: h._key, date, label: formatPlainDate(date), stage: titleOf(lifecycleStages, h.stage) ?? null, note: h.note?.trim() || null }] : [];
  });
  dated.sort((a, b) => a.date.localeCompare(b.date));
  const years: JourneyYear[] = [];
  for (const stage of dated) {
    const year = stage.date.slice(0, 4);
    if (years.at(-1)?.year !== year) years.push({ year, stages: [] });
    years.at(-1)!.stages.push(stage);
  }
  return years;
}

const byVietnameseTitle = new Intl.Collator('vi');

function facts(exemplar: Exemplar): ProfileFact[] {
  const facet = (name: DirectoryFacet, value: string | null | undefined) => (value ? directoryFacetUrl(name, value) : null);
  const all: { term: string; value: string | null | undefined; href?: string | null; external?: boolean }[] = [
    { term: 'Loại', value: titleOf(exemplarKinds, exemplar.kind), href: facet('kind', exemplar.kind) },
    { term: 'Vai trò', value: titleOf(exemplarRoles, exemplar.role), href: facet('role', exemplar.role) },
    { term: 'Cấp học', value: titleOf(educationLevels, exemplar.educationLevel), href: facet('level', exemplar.educationLevel) },
    { term: 'Đơn vị', value: exemplar.organisation?.name, href: safeHref(exemplar.organisation?.website), external: true },
    { term: 'Tỉnh, thành phố', value: exemplar.province?.name, href: facet('province', exemplar.province?.slug) },
    // The query returns lifecycle only when the editors chose showPublicly.
    { term: 'Giai đoạn', value: exemplar.lifecycle ? titleOf(lifecycleStages, exemplar.lifecycle.stage) : undefined },
  ];
  return all.flatMap((f) => (f.value ? [{ term: f.term, value: f.value, href: f.href ?? null, external: f.external ?? false }] : []));
}

export function exemplarPage(exemplar: Exemplar, data: RouteData): ExemplarPage {
  const { stories, honours, events, achievements, lifecycle, movements, ...profile } = exemplar;
  const routedEvents = new Set(data.events.map((e) => e._id));
  const routedThemes = new Set(data.themes.map((t) => t._id));
  return {
    exemplar: profile,
    movements: (movements ?? [])
      .filter((m): m is NonNullable<typeof m> & { title: string } => Boolean(m?.title))
      .map((m) => ({ key: m._id, title: m.title, href: routedThemes.has(m._id) ? urlFor('theme', m.slug) : null, kind: titleOf(themeKinds, m.kind) ?? null }))
      .sort((a, b) => byVietnameseTitle.compare(a.title, b.title)),
    facts: facts(exemplar),
    achievements: [...(achievements ?? [])]
      .filter((a) => a.description)
      .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))
      .map((a) => ({ key: a._key, year: a.year, description: a.description! })),
    honours: honours.map((h) => ({
      _id: h._id,
      title: h.title,
      qualifier:
        h.level || h.category
          ? `${[titleOf(honourCategories, h.category), titleOf(honourLevels, h.level)].filter(Boolean).join(', ')}${h.year ? `, năm ${h.year}` : ''}`
          : null,
      decisionNumber: h.decisionNumber,
      decisionDate: h.decisionDate,
      href: safeHref(h.decisionUrl),
      issuer: h.issuer,
    })),
    journey: journeyByYear(lifecycle?.history),
    // Events featuring the exemplar: linked when the event has a page.
    events: events.map((e) => ({
      key: e._id,
      title: e.title,
      href: routedEvents.has(e._id) ? urlFor('event', e.slug) : null,
      kind: titleOf(eventKinds, e.kind) ?? null,
      startsAt: e.startsAt,
      venue: e.venue?.name ?? null,
      province: e.venue?.province?.name ?? null,
    })),
    stories,
    seo: exemplarSeo(exemplar, data),
    images: [[exemplar.portrait, 'portrait'], ...stories.map((s) => [s.cover, 'card'] as const)],
  };
}

export function exemplarPaths(data: RouteData) {
  const site = siteContext(data);
  return data.exemplars.map((exemplar) => pagePath({ slug: exemplar.slug }, site, exemplarPage(exemplar, data)));
}

export interface DirectoryPage {
  groups: FacetGroup[];
  entries: DirectoryEntry[];
  images: ImageRequest[];
  seo: PageSeo;
}

export function directoryIndex(data: RouteData): DirectoryPage {
  return {
    groups: facetGroups(data.exemplars),
    entries: data.exemplars.map(directoryEntry),
    images: data.exemplars.map((e) => [e.portrait, 'thumb'] as const),
    seo: collectionSeo(data, { name: 'Gương điển hình', path: DIRECTORY_URL, description: `${data.exemplars.length} gương điển hình của ngành Giáo dục: nhà giáo, học sinh, trường học và tập thể.`, items: data.exemplars.map((e) => ({ name: e.name, url: urlFor('exemplar', e.slug) })) }),
  };
}

export interface FacetListingPage extends DirectoryPage {
  group: FacetGroup;
  value: FacetValue;
  /** Every exemplar in the directory (the facet navigation's "all"). */
  total: number;
}

export function facetPaths(data: RouteData) {
  const site = siteContext(data);
  const groups = facetGroups(data.exemplars);
  return facetListings(data.exemplars).map((listing) =>
    pagePath({ facet: DIRECTORY_FACETS[listing.facet], value: listing.value.value }, site, {
      group: listing.group,
      value: listing.value,
      total: data.exemplars.length,
      groups,
      entries: listing.exemplars.map(directoryEntry),
      seo: collectionSeo(data, {
        name: `${listing.group.label}: ${listing.value.label}`,
        path: directoryFacetUrl(listing.facet, listing.value.value),
        description: `${listing.value.count} gương điển hình, ${listing.group.label.toLowerCase()}: ${listing.value.label}.`,
        items: listing.exemplars.map((e) => ({ name: e.name, url: urlFor('exemplar', e.slug) })),
      }),
      images: listing.exemplars.map((e) => [e.portrait, 'thumb'] as const),
    } satisfies FacetListingPage),
  );
}
