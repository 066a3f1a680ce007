// Route data: the one place that decides which documents have pages and what each page shows.
// The queries run once per build (`loadRouteData()` keeps the result in the build state, shared by
// the integrations and the pages); every list a page shows is joined here, in one pass over the
// stories, and page modules in ./pages/ only pick from it.
import type { ContentSource } from '../content/source.ts';
import { addCount, startPhase } from '../build-stats.ts';
import type { PreparedContent } from '../content/index.ts';
import { loadPreparedContent } from '../build/content.ts';
import { buildState } from '../build/state.ts';
import {
  columnsQuery,
  contestsQuery,
  eventsQuery,
  exemplarsQuery,
  honoursQuery,
  peopleQuery,
  publicationsQuery,
  siteSettingsQuery,
  storiesQuery,
  themesQuery,
} from '../content/queries.ts';
import { isRecord, themeKinds } from '@guong-sang/schemas';
import { collator } from '../format/collator.ts';
import type {
  ColumnsQueryResult,
  ContestsQueryResult,
  EventsQueryResult,
  ExemplarsQueryResult,
  HonoursQueryResult,
  PeopleQueryResult,
  PublicationsQueryResult,
  StoriesQueryResult,
  ThemesQueryResult,
} from '../content/sanity.types.ts';
import type { CreditedStory, Exemplar, Honour, HonourRecipient, RouteData, Routed, SiteSettings, Story } from './types.ts';
import { toStoryCard } from './story-card.ts';
import { computeStoryRelations } from './story-relations.ts';
import { logSafe } from '../content/integrity/log-safe.ts';

/** The route data, once per build. */
export function loadRouteData(): Promise<RouteData> {
  return (buildState.routeData ??= loadPreparedContent().then(async (prepared) => {
    const done = startPhase('routeData');
    // Counted so a test can check that the integrations and the pages share one computation.
    addCount('routeData.computed');
    try {
      return await computeRouteData(prepared.source, prepared.config);
    } finally {
      done();
    }
  }));
}

const hasSlug = <T extends { slug: string | null; _id: string }>(kind: string) => {
  const seen = new Set<string>();
  return (doc: T | null | undefined): doc is Routed<T> => {
    if (!doc?.slug) return false;
    if (seen.has(doc.slug)) {
      console.warn(`[nội dung] ${logSafe(doc._id)}: slug "${logSafe(doc.slug)}" trùng với một ${kind} khác — bỏ qua trang này.`);
      return false;
    }
    seen.add(doc.slug);
    return true;
  };
};

/** Used when the dataset has no site settings document: the site name and nothing else. */
const NO_SETTINGS: SiteSettings = {
  _id: 'site-settings',
  title: 'Gương sáng',
  tagline: null,
  description: null,
  footerText: null,
  navigation: null,
  socialLinks: null,
  contact: null,
  featuredStory: null,
  spotlightExemplars: null,
};

export async function computeRouteData(source: ContentSource, config: PreparedContent['config']): Promise<RouteData> {
  const [settings, stories, columns, exemplars, rawHonours] = await Promise.all([
    source.fetch(siteSettingsQuery, {}),
    source.fetch(storiesQuery, {}),
    source.fetch(columnsQuery, {}),
    source.fetch(exemplarsQuery, {}),
    source.fetch(honoursQuery, {}),
  ]);
  const [themes, contests, events, people, publications] = await Promise.all([
    source.fetch(themesQuery, {}),
    source.fetch(contestsQuery, {}),
    source.fetch(eventsQuery, {}),
    source.fetch(peopleQuery, {}),
    source.fetch(publicationsQuery, {}),
  ]);

  // Only stories with their own (unique) slug are public from here on; every list below is joined
  // from this one list, so no page has to check again whether a story it lists has a page.
  const routedStories = (stories ?? []).filter(hasSlug<StoriesQueryResult[number]>('bài viết'));
  const sortedExemplars = joinExemplars(
    (exemplars ?? [])
      .filter(hasSlug<ExemplarsQueryResult[number]>('gương điển hình'))
      .sort((a, b) => collator.compare(a.name ?? '', b.name ?? '')),
    { stories: routedStories, honours: rawHonours ?? [], events: events ?? [] },
  );
  const exemplarIds = new Set(sortedExemplars.map((e) => e._id));
  const honours = publicHonours(rawHonours, sortedExemplars);
  const site = settings ?? NO_SETTINGS;
  const featuredStory = routedStories.find((s) => s._id === site.featuredStory?._id) ?? routedStories[0];
  const { featuredStory: _featured, spotlightExemplars: _spotlight, ...layoutSettings } = site;
  return {
    settings: layoutSettings,
    siteName: site.title || 'Gương sáng',
    featuredStory: featuredStory && toStoryCard(featuredStory),
    spotlightExemplars: (site.spotlightExemplars ?? []).filter((e) => e !== null && exemplarIds.has(e._id)),
    stories: routedStories,
    storyRelations: computeStoryRelations(routedStories),
    columns: joinColumns(columns, routedStories),
    exemplars: sortedExemplars,
    honours,
    ...listingData(routedStories, { themes, contests, events, people, publications }),
    sanityProject:
      config.kind === 'sanity'
        ? { projectId: config.projectId, dataset: config.dataset, ...(config.apiHost === undefined ? {} : { baseUrl: config.apiHost }) }
        : undefined,
  };
}

/** Columns in the editors' order, each with its stories (newest first, as cards). */
function joinColumns(columns: ColumnsQueryResult | null, stories: readonly Story[]): RouteData['columns'] {
  const byColumn = new Map<string, Story[]>();
  for (const story of stories) {
    const id = story.column?._id;
    if (!id) continue;
    const list = byColumn.get(id);
    if (list) list.push(story);
    else byColumn.set(id, [story]);
  }
  return (columns ?? [])
    .filter(hasSlug<ColumnsQueryResult[number]>('chuyên mục'))
    .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || collator.compare(a.title ?? '', b.title ?? ''))
    .map((column) => ({ ...column, stories: (byColumn.get(column._id) ?? []).map(toStoryCard) }));
}

// --- Exemplars: what points to them ----------------------------------------------------------------

/** Ids of the exemplars a projected document mentions anywhere (cards, body exemplar cards, links). */
function mentionedExemplars(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) mentionedExemplars(item, out);
  } else if (isRecord(value)) {
    if (value._type === 'exemplar' && typeof value._id === 'string') out.add(value._id);
    for (const inner of Object.values(value)) mentionedExemplars(inner, out);
  }
  return out;
}

/**
 * Each exemplar's stories (every story that mentions it: featured, body card or link — GROQ's
 * `references()`), public honours and events, in the order of the queries (newest first). One pass
 * over each list instead of one dataset scan per exemplar.
 */
function joinExemplars<E extends Routed<ExemplarsQueryResult[number]>>(
  exemplars: E[],
  raw: { stories: readonly Story[]; honours: HonoursQueryResult; events: EventsQueryResult },
): (E & Pick<Exemplar, 'stories' | 'honours' | 'events'>)[] {
  const stories = new Map<string, Exemplar['stories']>();
  const honours = new Map<string, Exemplar['honours']>();
  const events = new Map<string, Exemplar['events']>();
  const add = <T,>(map: Map<string, T[]>, id: string, item: T) => {
    const list = map.get(id);
    if (list) list.push(item);
    else map.set(id, [item]);
  };
  // One walk over each story (cards, body exemplar cards, links): the mention index.
  for (const story of raw.stories) {
    const card = toStoryCard(story);
    for (const id of mentionedExemplars(story)) add(stories, id, card);
  }
  for (const { recipients, ...honour } of raw.honours) {
    for (const id of new Set((recipients ?? []).map((r) => r?._id))) if (id) add(honours, id, honour);
  }
  for (const event of raw.events) {
    if (!event.slug) continue;
    for (const id of new Set((event.exemplars ?? []).map((e) => e?._id))) if (id) add(events, id, event);
  }
  return exemplars.map((e) => ({ ...e, stories: stories.get(e._id) ?? [], honours: honours.get(e._id) ?? [], events: events.get(e._id) ?? [] }));
}

// --- Listing and secondary pages ----------------------------------------------------------------

const THEME_KIND_ORDER: readonly string[] = themeKinds.map((k) => k.value);

/** Themes with their stories, people with their credits, and the other secondary documents. */
function listingData(
  stories: Story[],
  raw: {
    themes: ThemesQueryResult | null;
    contests: ContestsQueryResult | null;
    events: EventsQueryResult | null;
    people: PeopleQueryResult | null;
    publications: PublicationsQueryResult | null;
  },
): Pick<RouteData, 'themes' | 'contests' | 'events' | 'people' | 'publications'> {
  const storyById = new Map(stories.map((s) => [s._id, s]));
  const tagged = new Map<string, Story[]>();
  const credited = new Map<string, CreditedStory[]>();
  // `stories` is newest first (storiesQuery), so every list built here is too.
  for (const story of stories) {
    for (const theme of story.themes ?? []) {
      if (!theme?._id) continue;
      const list = tagged.get(theme._id) ?? [];
      if (list.at(-1) !== story) list.push(story);
      tagged.set(theme._id, list);
    }
    const roles = new Map<string, string[]>();
    for (const credit of story.credits ?? []) {
      const id = credit.person?._id;
      if (!id) continue;
      const list = roles.get(id) ?? [];
      if (credit.role && !list.includes(credit.role)) list.push(credit.role);
      roles.set(id, list);
    }
    for (const [id, list] of roles) {
      const entries = credited.get(id) ?? [];
      entries.push({ story, roles: list });
      credited.set(id, entries);
    }
  }

  const themes = (raw.themes ?? [])
    .filter(hasSlug<ThemesQueryResult[number]>('chủ đề'))
    .map((theme) => {
      if (theme.selection !== 'curated') return { ...theme, stories: tagged.get(theme._id) ?? [] };
      const seen = new Set<string>();
      const curated: Story[] = [];
      for (const ref of theme.curated ?? []) {
        const story = ref?._id ? storyById.get(ref._id) : undefined;
        if (story && !seen.has(story._id)) {
          seen.add(story._id);
          curated.push(story);
        }
      }
      return { ...theme, stories: curated };
    })
    .sort(
      (a, b) =>
        rank(THEME_KIND_ORDER, a.kind) - rank(THEME_KIND_ORDER, b.kind) || collator.compare(a.title ?? '', b.title ?? ''),
    );

  const people = (raw.people ?? [])
    .filter(hasSlug<PeopleQueryResult[number]>('người viết'))
    .map((person) => ({ ...person, credited: credited.get(person._id) ?? [] }))
    .sort((a, b) => collator.compare(a.name ?? '', b.name ?? ''));

  return {
    themes,
    contests: (raw.contests ?? []).filter(hasSlug<ContestsQueryResult[number]>('cuộc thi')),
    events: (raw.events ?? []).filter(hasSlug<EventsQueryResult[number]>('sự kiện')),
    people,
    publications: (raw.publications ?? []).filter(hasSlug<PublicationsQueryResult[number]>('ấn phẩm')),
  };
}

function rank(order: readonly string[], value: string | null | undefined): number {
  const i = value ? order.indexOf(value) : -1;
  return i === -1 ? order.length : i;
}

/**
 * Public honours (the query already drops isPublic == false) whose recipients are exemplars with a
 * page; an honour left with no such recipient is not shown. Latest decision first, then by title.
 */
function publicHonours(honours: HonoursQueryResult | null, exemplars: readonly Exemplar[]): Honour[] {
  const routed = new Set(exemplars.map((e) => e._id));
  return (honours ?? [])
    .map((h) => ({
      ...h,
      recipients: (h.recipients ?? [])
        .filter((r): r is HonourRecipient => !!r?.slug && routed.has(r._id))
        .sort((a, b) => collator.compare(a.name ?? '', b.name ?? '')),
    }))
    .filter((h) => h.recipients.length > 0)
    .sort((a, b) => (b.decisionDate ?? '').localeCompare(a.decisionDate ?? '') || collator.compare(a.title ?? '', b.title ?? ''));
}
