// The build report the site server reads after each build (BUILD_REPORT_FILE): what was built, how
// much of it an incremental build reused, how many documents have pages (so a sharp drop in pages
// can be told apart from a content change), and when the clock alone will change the site next.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PreparedContent } from '../content/index.ts';
import type { RouteData } from '../routes/types.ts';
import { nextClockBoundary } from './boundaries.ts';

export interface BuildReport {
  version: 1;
  /** The build's clock (BUILD_TIME or the moment it started). */
  builtAt: string;
  pages: { total: number; rendered: number; reused: number };
  /** Documents that have a page of their own (stories, profiles, columns, themes, authors, contests, events, booklets). */
  routedDocuments: number;
  /** When to rebuild because the clock alone changes the site's text (a second after the change). */
  nextBoundary: string;
  problems: { errors: number; warnings: number };
  search: 'built' | 'deferred';
}

/** A second after the boundary, every `now < boundary` comparison in the site has flipped. */
const REBUILD_MARGIN_MS = 1000;

export function buildReport(input: {
  clock: Date;
  htmlPages: number;
  renderedPages: number;
  prepared: Pick<PreparedContent, 'problems' | 'scheduled'>;
  data: Pick<RouteData, 'stories' | 'exemplars' | 'columns' | 'themes' | 'people' | 'contests' | 'events' | 'publications'>;
  searchDeferred: boolean;
}): BuildReport {
  const { clock, prepared, data } = input;
  const rendered = Math.min(input.renderedPages, input.htmlPages);
  const boundary = nextClockBoundary({ scheduled: prepared.scheduled, contests: data.contests, events: data.events }, clock);
  return {
    version: 1,
    builtAt: clock.toISOString(),
    pages: { total: input.htmlPages, rendered, reused: input.htmlPages - rendered },
    routedDocuments:
      data.stories.length + data.exemplars.length + data.columns.length + data.themes.length + data.people.length +
      data.contests.length + data.events.length + data.publications.length,
    nextBoundary: new Date(boundary.getTime() + REBUILD_MARGIN_MS).toISOString(),
    problems: {
      errors: prepared.problems.filter((p) => p.level === 'error').length,
      warnings: prepared.problems.filter((p) => p.level !== 'error').length,
    },
    search: input.searchDeferred ? 'deferred' : 'built',
  };
}

/** Written whole or not at all (temp file + rename), so a reader never sees half a report. */
export function writeBuildReport(file: string, report: BuildReport): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(report, null, 2)}\n`);
  renameSync(temp, file);
}
