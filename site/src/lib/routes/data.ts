// Route data: the queries run once per build, for every page. `loadRouteData()` memoises on
// globalThis (like the seam's getPublicContent) so the content integration (config time), the image
// plugin and every getStaticPaths / page render share one result even though Vite bundles this
// module into several chunks.
import type { ContentSource } from '../content/source.ts';
import { getPublicContent, type PreparedContent } from '../content/index.ts';
import { columnsQuery, exemplarsQuery, siteSettingsQuery, storiesQuery } from '../content/queries.ts';
import { collator } from '../format/index.ts';
import type {
  ColumnsQueryResult,
  ExemplarsQueryResult,
  SiteSettingsQueryResult,
  StoriesQueryResult,
} from '../content/sanity.types.ts';
import type { RouteData, Routed, SiteSettings } from './types.ts';

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
  return getPublicContent({ failOnStrict: false });
}

/** The route data, once per process. */
export function loadRouteData(): Promise<RouteData> {
  return (state.routeData ??= loadPreparedContent().then((prepared) => computeRouteData(prepared.source, prepared.config)));
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

  const sortedColumns = (columns ?? [])
    .filter(hasSlug<ColumnsQueryResult[number]>('chuyên mục'))
    .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || collator.compare(a.title ?? '', b.title ?? ''));
  const sortedExemplars = (exemplars ?? [])
    .filter(hasSlug<ExemplarsQueryResult[number]>('gương điển hình'))
    .sort((a, b) => collator.compare(a.name ?? '', b.name ?? ''));

  return {
    settings: settings ?? NO_SETTINGS,
    stories: (stories ?? []).filter(hasSlug<StoriesQueryResult[number]>('bài viết')),
    columns: sortedColumns,
    exemplars: sortedExemplars,
    sanityProject: config.kind === 'sanity' ? { projectId: config.projectId, dataset: config.dataset } : undefined,
  };
}
