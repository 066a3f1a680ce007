// The build's shared state, in one typed record: the checked content, the route data, the booklet
// models and files, the build clock and the `pnpm bench` statistics. Everything a build computes
// once and then reads from several places lives here, and nowhere else.
//
// Why a module and not Astro's Content Layer: the integrations need the whole route data after the
// pages are written (Open Graph images, sitemap, booklets, file copies), where `astro:content` is not
// available, and storing the joined route data in the data store would serialise it a second time
// (hundreds of MB at 10.000 stories). So the state is a plain module loaded once per process:
// astro.config.mjs is imported by Node itself, and `src/integrations/build-state.ts` keeps this
// file out of the pages' Vite bundle, so pages import the very same module instance.
//
// Only types are imported here, so loading this module runs no other code.
import type { PreparedContent } from '../content/index.ts';
import type { RouteData } from '../routes/types.ts';
import type { BookletDownloads, SiteBooklet } from '../booklet/site-data.ts';
import type { PhaseRecord } from '../build-stats.ts';
import type { BuiltFiles } from './built-files.ts';

export interface BuildStatsState {
  phases: Record<string, PhaseRecord>;
  counters: Record<string, number>;
  /** Open phases (a phase may be started more than once at a time). */
  active: Map<string, number>;
  firstStart: Map<string, number>;
  sampler?: ReturnType<typeof setInterval>;
}

export interface BuildState {
  /** Loaded, validated, pruned content (`loadPreparedContent`). */
  content?: Promise<PreparedContent>;
  /** Route data computed from it (`loadRouteData`). */
  routeData?: Promise<RouteData>;
  /** Booklet chapter models by slug (`loadBookletModels`). */
  booklets?: Promise<Map<string, SiteBooklet>>;
  /** The EPUB/PDF files the booklet integration made (`setBookletDownloads`). */
  bookletDownloads?: Promise<BookletDownloads>;
  /** The one read of the finished output's text files (`builtFiles`), for the output folder it read. */
  builtFiles?: { dir: string; scan: Promise<BuiltFiles> };
  /** One instant for the whole build: every date-dependent label is computed against it. */
  clock?: Date;
  stats: BuildStatsState;
}

const emptyStats = (): BuildStatsState => ({ phases: {}, counters: {}, active: new Map(), firstStart: new Map() });

export const buildState: BuildState = { stats: emptyStats() };

/** Forget everything (tests; `astro dev` after the dataset changes). */
export function resetBuildState(): void {
  if (buildState.stats.sampler) clearInterval(buildState.stats.sampler);
  for (const key of Object.keys(buildState) as (keyof BuildState)[]) delete buildState[key];
  buildState.stats = emptyStats();
}
