// Writes the build report (lib/build/report.ts) to BUILD_REPORT_FILE once the build is done; does
// nothing without the variable. Runs after the other integrations' `astro:build:done`, so a build
// that fails later never leaves a report behind.
import type { AstroIntegration } from 'astro';
import { buildTime } from '../lib/build/clock.ts';
import { loadPreparedContent } from '../lib/build/content.ts';
import { buildReport, writeBuildReport } from '../lib/build/report.ts';
import { buildState } from '../lib/build/state.ts';
import { loadRouteData } from '../lib/routes/data.ts';
import { searchIndexDeferred } from '../lib/search/write-index.ts';

// Endpoints (feeds, CSV, robots.txt) have an extension; pages are folders with an index.html.
const isHtmlPage = (pathname: string): boolean => !/\.[a-z0-9]+$/i.test(pathname.replace(/\/$/, ''));

export function buildReportIntegration(): AstroIntegration {
  return {
    name: 'guong-sang:build-report',
    hooks: {
      'astro:build:done': async ({ pages, logger }) => {
        const file = process.env.BUILD_REPORT_FILE?.trim();
        if (!file) return;
        const report = buildReport({
          clock: buildTime(),
          htmlPages: pages.filter((page) => isHtmlPage(page.pathname)).length,
          renderedPages: buildState.stats.counters['pages.rendered'] ?? 0,
          prepared: await loadPreparedContent(),
          data: await loadRouteData(),
          searchDeferred: searchIndexDeferred(),
        });
        writeBuildReport(file, report);
        logger.info(`Trang: ${report.pages.total} (dựng lại ${report.pages.rendered}, dùng lại ${report.pages.reused}).`);
      },
    },
  };
}
