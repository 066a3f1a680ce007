// The checked, public content of this build: the seam's `prepareContent()`, run once and kept in the
// build state. The content integration is the first caller (it prints the report and decides strict
// mode); the route data, images and booklets read the same result.
import { join } from 'node:path';
import { addCount } from '../build-stats.ts';
import { prepareContent, type PreparedContent } from '../content/index.ts';
import { buildTime } from './clock.ts';
import { buildState } from './state.ts';

export function loadPreparedContent(): Promise<PreparedContent> {
  if (buildState.content) return buildState.content;
  addCount('content.prepared');
  return (buildState.content = prepareContent({
    // Strict-mode failure is the content integration's job (it prints the report first).
    failOnStrict: false,
    // Stories dated after the build's clock stay hidden until a build at or after their time.
    now: buildTime(),
    // Unchanged documents are not re-validated (schemas/validation/cache.ts); `pnpm bench` keeps one per dataset.
    validationCacheFile: process.env.VALIDATION_CACHE_FILE || join(process.cwd(), '.cache', 'validation.json'),
    onValidationCache: ({ hits, misses }) => {
      addCount('validation.cached', hits);
      addCount('validation.validated', misses);
    },
  }));
}
