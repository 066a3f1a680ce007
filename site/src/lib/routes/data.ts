// Route data: the queries run once per build, for every page. `loadRouteData()` memoises on
// globalThis so the content integration (config time), the image plugin and every getStaticPaths /
// page render share one result even though Vite bundles this module into several chunks.
import type { ContentSource } from '../content/source.ts';
import { prepareContent } from '../content/integrity.ts';
import { readContentConfig } from '../content/config.ts';
import { columnsQuery, exemplarsQuery, siteSettingsQuery, storiesQuery } from '../content/queries.ts';
import { collator } from '../format/index.ts';
import type { Column, Exemplar, RouteData, SiteSettings, Story } from './types.ts';

type Prepared = Awaited<ReturnType<typeof prepareContent>>;

interface BuildState {
  prepared?: Promise<Prepared>;
  routeData?: Promise<RouteData>;
}

const STATE_KEY = Symbol.for('guong-sang.build-state');
const state: BuildState = ((globalThis as Record<symbol, BuildState>)[STATE_KEY] ??= {});

/** prepareContent(), once per process. */
export function loadPreparedContent(): Promise<Prepared> {
  return (state.prepared ??= prepareContent());
}

/** The route data, once per process. */
export function loadRouteData(): Promise<RouteData> {
  return (state.routeData ??= loadPreparedContent().then(({ source }) => computeRouteData(source)));
}

/** Forget everything (dev server content reloads). */
export function resetRouteData(): void {
  delete state.prepared;
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

export async function computeRouteData(source: ContentSource): Promise<RouteData> {
  const [settings, stories, columns, exemplars] = await Promise.all([
    source.fetch(siteSettingsQuery, {}) as Promise<SiteSettings | null>,
    source.fetch(storiesQuery, {}) as Promise<Story[] | null>,
    source.fetch(columnsQuery, {}) as Promise<Column[] | null>,
    source.fetch(exemplarsQuery, {}) as Promise<Exemplar[] | null>,
  ]);

  const config = readContentConfig();
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
