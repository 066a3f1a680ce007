// Pagefind search index, built once Astro has written dist/ (lib/search/write-index.ts). With
// SEARCH_INDEX=defer the build skips it: the site server publishes the pages first and brings the
// index up to date right after (site/scripts/search-index.mjs, reusing the previous archive parts
// when it can), so a new story is live sooner and Pagefind's memory never adds to the build's.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildFailure } from './failure.ts';
import { startPhase } from '../lib/build-stats.ts';
import { describeSearchIndex, searchIndexDeferred, SearchIndexError, writeSearchIndex } from '../lib/search/write-index.ts';

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'guong-sang:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (searchIndexDeferred()) {
          logger.info('Chỉ mục tìm kiếm để sau (SEARCH_INDEX=defer).');
          return;
        }
        const done = startPhase('pagefind');
        try {
          // No previous index here: a plain build indexes everything.
          logger.info(describeSearchIndex(await writeSearchIndex(fileURLToPath(dir))));
        } catch (error) {
          if (error instanceof SearchIndexError) throw buildFailure(error.message);
          throw error;
        } finally {
          done();
        }
      },
    },
  };
}
