// Every page that has a `getStaticPaths()` route, with its URL and cache key: what the pages under
// src/pages/ return, gathered in one place for tests and tools (which pages a content change
// re-renders). Each route file calls exactly one of these functions.
import type { SiteBooklet } from '../../booklet/site-data.ts';
import type { RouteData } from '../types.ts';
import { archivePaths } from './archive.ts';
import { authorPaths } from './authors.ts';
import { columnFeedPaths, columnPaths } from './columns.ts';
import { contestPaths } from './contests.ts';
import { eventPaths } from './events.ts';
import { exemplarPaths, facetPaths } from './exemplars.ts';
import { chapterPaths, publicationPaths } from './publications.ts';
import { storyPaths } from './story.ts';
import { themePaths } from './themes.ts';

export interface KeyedPage {
  /** The page's URL path, e.g. `/bai-viet/<slug>/`. */
  url: string;
  cacheKey: string;
}

type Params = Record<string, string | undefined>;
const paged = (base: string, page: string | undefined) => `${base}${page ? `${page}/` : ''}`;
const keyed = <P extends Params>(paths: { params: P; cacheKey: string }[], url: (params: P) => string): KeyedPage[] =>
  paths.map(({ params, cacheKey }) => ({ url: url(params), cacheKey }));

export async function keyedPages(data: RouteData, booklets: ReadonlyMap<string, SiteBooklet>): Promise<KeyedPage[]> {
  return [
    ...keyed(storyPaths(data), (p) => `/bai-viet/${p.slug}/`),
    ...keyed(columnPaths(data), (p) => paged(`/chuyen-muc/${p.slug}/`, p.page)),
    ...keyed(columnFeedPaths(data), (p) => `/chuyen-muc/${p.slug}/rss.xml`),
    ...keyed(themePaths(data), (p) => paged(`/chu-de/${p.slug}/`, p.page)),
    ...keyed(authorPaths(data), (p) => paged(`/tac-gia/${p.slug}/`, p.page)),
    ...keyed(archivePaths(data), (p) => paged(`/luu-tru/${p.year}/`, p.page)),
    ...keyed(exemplarPaths(data), (p) => `/guong-dien-hinh/${p.slug}/`),
    ...keyed(facetPaths(data), (p) => `/guong-dien-hinh/${p.facet}/${p.value}/`),
    ...keyed(contestPaths(data), (p) => `/cuoc-thi/${p.slug}/`),
    ...keyed(eventPaths(data), (p) => `/su-kien/${p.slug}/`),
    ...keyed(await publicationPaths(data, booklets), (p) => `/an-pham/${p.slug}/`),
    ...keyed(chapterPaths(data, booklets), (p) => `/an-pham/${p.slug}/chuong-${p.n}/`),
  ];
}
