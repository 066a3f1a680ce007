// One `getStaticPaths()` entry: the page's params, its ready props (the site context and the page's
// own data) and its cache key, made from exactly those props (cache-key.ts).
import { cacheKey } from '../cache-key.ts';
import type { SiteContext } from './site.ts';

// A type alias, not an interface: Astro's props type wants an index signature, which only aliases get implicitly.
export type PageProps<P> = {
  site: SiteContext;
  page: P;
};

export interface PagePath<Params extends Record<string, string | undefined>, P> {
  params: Params;
  props: PageProps<P>;
  cacheKey: string;
}

export function pagePath<Params extends Record<string, string | undefined>, P>(params: Params, site: SiteContext, page: P): PagePath<Params, P> {
  return { params, props: { site, page }, cacheKey: cacheKey(site, page) };
}
