// Route data: the queries run once per build, for every page. `loadRouteData()` memoises on
// globalThis (like the seam's getPublicContent) so the content integration (config time), the image
// plugin and every getStaticPaths / page render share one result even though Vite bundles this
// module into several chunks.
import type { ContentSource } from '../content/source.ts';
import { getPublicContent, type PreparedContent } from '../content/index.ts';
import { columnsQuery, exemplarsQuery, siteSettingsQuery, storiesQuery } from '../content/queries.ts';
import { collator } from '../format/index.ts';
import type { Column, Exemplar, RouteData, SiteSettings, Story } from './types.ts';

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

const hasSlug = <T extends { slug?: string | null; _id: string }>(kind: string) => {
  const seen = new Set<string>();
  return (doc: T | null | undefined): doc is T => {
    if (!doc?.slug) return false;
    if (seen.has(doc.slug)) {
      console.warn(`[nội dung] ${doc._id}: slug "${doc.slug}" trùng với một ${kind} khác — bỏ qua trang này.`);
      return false;
    }
    seen.add(doc.slug);
    return true;
  };
};

export async function computeRouteData(source: ContentSource, config: PreparedContent['config']): Promise<RouteData> {
  const [settings, stories, columns, exemplars] = await Promise.all([
    source.fetch<SiteSettings | null>(siteSettingsQuery, {}),
    source.fetch<Story[] | null>(storiesQuery, {}),
    source.fetch<Column[] | null>(columnsQuery, {}),
    source.fetch<Exemplar[] | null>(exemplarsQuery, {}),
  ]);

  const sortedColumns = (columns ?? [])
    .filter(hasSlug<Column>('chuyên mục'))
    .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || collator.compare(a.title ?? '', b.title ?? ''));
  const sortedExemplars = (exemplars ?? [])
    .filter(hasSlug<Exemplar>('gương điển hình'))
    .sort((a, b) => collator.compare(a.name ?? '', b.name ?? ''));

  return {
    settings: settings ?? { _id: 'siteSettings', title: 'Gương sáng' },
    stories: (stories ?? []).filter(hasSlug<Story>('bài viết')),
    columns: sortedColumns,
    exemplars: sortedExemplars,
    sanityProject: config.kind === 'sanity' ? { projectId: config.projectId, dataset: config.dataset } : undefined,
  };
}
