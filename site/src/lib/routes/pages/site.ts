// What every page's layout shows besides the page itself (header, navigation, footer) — part of
// every page's props and cache key, so a change to the site settings re-renders every page.
import { buildYear } from '../../format/build-year.ts';
import type { SanityProject } from '../../images/sanity-url.ts';
import type { LayoutSettings, RouteData } from '../types.ts';

export interface SiteContext {
  settings: LayoutSettings;
  siteName: string;
  /** The footer's year (the build clock's, in Vietnam). */
  year: string;
  /** When the content comes from a real Sanity project: where image URLs point. */
  sanityProject: SanityProject | undefined;
}

export function siteContext(data: RouteData): SiteContext {
  return { settings: data.settings, siteName: data.siteName, year: buildYear(), sanityProject: data.sanityProject };
}
