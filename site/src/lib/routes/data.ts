// Route data: the queries run once per build, for every page. `loadRouteData()` memoises on
// globalThis (like the seam's getPublicContent) so the content integration (config time), the image
// plugin and every getStaticPaths / page render share one result even though Vite bundles this
// module into several chunks.
import type { ContentSource } from '../content/source.ts';
import { join } from 'node:path';
import { addCount, startPhase } from '../build-stats.ts';
import { getPublicContent, type PreparedContent } from '../content/index.ts';
import { columnsQuery, exemplarsQuery, siteSettingsQuery, storiesQuery } from '../content/queries.ts';
import { contestsQuery, eventsQuery, peopleQuery, publicationsQuery, themesQuery } from '../content/queries.ts';
import { isRecord, themeKinds } from '@guong-sang/schemas';
import { collator } from '../format/index.ts';
import type {
  ColumnsQueryResult,
  ContestsQueryResult,
  EventsQueryResult,
  ExemplarsQueryResult,
  PeopleQueryResult,
  PublicationsQueryResult,
  ThemesQueryResult,
  SiteSettingsQueryResult,
  StoriesQueryResult,
} from '../content/sanity.types.ts';
import type { CreditedStory, RouteData, Routed, SiteSettings, Story } from './types.ts';
import { computeStoryRelations } from './story-relations.ts';
import { honoursQuery } from '../content/queries.ts';
import type { HonoursQueryResult } from '../content/sanity.types.ts';
import type { Exemplar, Honour, HonourRecipient } from './types.ts';

interface RouteState {
  routeData?: Promise<RouteData>;
}

const STATE_KEY = Symbol.for('guong-sang.route-data');
const state: RouteState = ((globalThis as Record<symbol, RouteState>)[STATE_KEY] ??= {});

/**
 * The checked, public content — the seam's `getPublicContent()`, once per process. Strict-mode
 * failure is the content integration's job (it prints the report first), hence `failOnStrict: false`.
 */
export function loadPreparedContent(): Promise<PreparedContent> {
  return getPublicContent({
    failOnStrict: false,
    // Unchanged documents are not re-validated (schemas/validation/cache.ts); `pnpm bench` keeps one per dataset.
    validationCacheFile: process.env.VALIDATION_CACHE_FILE || join(process.cwd(), '.cache', 'validation.json'),
    onValidationCache: ({ hits, misses }) => {
      addCount('validation.cached', hits);
      addCount('validation.validated', misses);
    },
  });
}

/** The route data, once per process. */
export function loadRouteData(): Promise<RouteData> {
  return (state.routeData ??= loadPreparedContent().then(async (prepared) => {
    const done = startPhase('routeData');
    try {
      return await computeRouteData(prepared.source, prepared.config);
    } finally {
      done();
    }
  }));
}

/** Forget the route data (dev server content reloads; the seam has resetContentCache()). */
export function resetRouteData(): void {
  delete state.routeData;
}

const hasSlug = <T extends { slug: string | null; _id: string }>(kind: string) => {
  const seen = new Set<string>();
  return (doc: T | null | undefined): doc is Routed<T> => {
    if (!doc?.slug) return false;
    if (seen.has(doc.slug)) {
      console.warn(`[nội dung] ${doc._id}: slug "${doc.slug}" trùng với một ${kind} khác — bỏ qua trang này.`);
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
  const [settings, stories, columns, exemplars] = await Promise.all([
    source.fetch<SiteSettingsQueryResult>(siteSettingsQuery, {}),
    source.fetch<StoriesQueryResult | null>(storiesQuery, {}),
    source.fetch<ColumnsQueryResult | null>(columnsQuery, {}),
    source.fetch<ExemplarsQueryResult | null>(exemplarsQuery, {}),
  ]);
  const [themes, contests, events, people, publications] = await Promise.all([
    source.fetch<ThemesQueryResult | null>(themesQuery, {}),
    source.fetch<ContestsQueryResult | null>(contestsQuery, {}),
    source.fetch<EventsQueryResult | null>(eventsQuery, {}),
    source.fetch<PeopleQueryResult | null>(peopleQuery, {}),
    source.fetch<PublicationsQueryResult | null>(publicationsQuery, {}),
  ]);

  const sortedColumns = (columns ?? [])
    .filter(hasSlug<ColumnsQueryResult[number]>('chuyên mục'))
    .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || collator.compare(a.title ?? '', b.title ?? ''));
  const rawHonours = await source.fetch<HonoursQueryResult | null>(honoursQuery, {});
  const sortedExemplars = joinExemplars(
    (exemplars ?? [])
      .filter(hasSlug<ExemplarsQueryResult[number]>('gương điển hình'))
      .sort((a, b) => collator.compare(a.name ?? '', b.name ?? '')),
    { stories: stories ?? [], honours: rawHonours ?? [], events: events ?? [] },
  );

  const honours = publicHonours(rawHonours, sortedExemplars);
  const routedStories = (stories ?? []).filter(hasSlug<StoriesQueryResult[number]>('bài viết'));
  return {
    settings: settings ?? NO_SETTINGS,
    stories: routedStories,
    storyRelations: computeStoryRelations(routedStories),
    columns: sortedColumns,
    exemplars: sortedExemplars,
    honours,
    ...listingData(routedStories, { themes, contests, events, people, publications }),
    sanityProject: config.kind === 'sanity' ? { projectId: config.projectId, dataset: config.dataset } : undefined,
  };
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
  raw: { stories: StoriesQueryResult; honours: HonoursQueryResult; events: EventsQueryResult },
): (E & Pick<Exemplar, 'stories' | 'honours' | 'events'>)[] {
  const stories = new Map<string, Exemplar['stories']>();
  const honours = new Map<string, Exemplar['honours']>();
  const events = new Map<string, Exemplar['events']>();
  const add = <T,>(map: Map<string, T[]>, id: string, item: T) => {
    const list = map.get(id);
    if (list) list.push(item);
    else map.set(id, [item]);
  };
  for (const story of raw.stories) {
    if (!story.slug) continue;
    for (const id of mentionedExemplars(story)) add(stories, id, story as Exemplar['stories'][number]);
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
