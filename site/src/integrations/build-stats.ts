// Build statistics for `pnpm bench` (see lib/build-stats.ts): times Astro's own build and the
// integrations after it, counts what Astro's image pipeline encoded versus reused from its cache
// (a new file in `<cacheDir>/assets/` is an encode), and writes BUILD_STATS_FILE when the build is
// done. Listed last in astro.config.mjs, so its `astro:build:done` runs after every other one.
// Does nothing unless BUILD_STATS_FILE is set.
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addCount, startPhase, writeBuildStats } from '../lib/build-stats.ts';

async function countFiles(dir: URL): Promise<number> {
  try {
    // Astro keeps `<name>` and, for remote images only, `<name>.json`; count the image files.
    return (await readdir(fileURLToPath(dir))).filter((name) => !name.endsWith('.json')).length;
  } catch {
    return 0;
  }
}

export function buildStatsIntegration(): AstroIntegration {
  let assetsCache: URL | undefined;
  let cachedBefore = 0;
  let endAstro: (() => void) | undefined;
  let endAfter: (() => void) | undefined;
  return {
    name: 'guong-sang:build-stats',
    hooks: {
      'astro:config:done': ({ config }) => {
        assetsCache = new URL('assets/', config.cacheDir);
      },
      'astro:build:start': async () => {
        if (!process.env.BUILD_STATS_FILE) return;
        cachedBefore = assetsCache ? await countFiles(assetsCache) : 0;
        endAstro = startPhase('astroBuild');
      },
      'astro:build:generated': () => {
        endAstro?.();
        // From here to the end: every integration's `astro:build:done` (Pagefind, copies, checks).
        endAfter = process.env.BUILD_STATS_FILE ? startPhase('afterBuild') : undefined;
      },
      'astro:build:done': async ({ pages }) => {
        if (!process.env.BUILD_STATS_FILE) return;
        endAfter?.();
        const cachedAfter = assetsCache ? await countFiles(assetsCache) : 0;
        addCount('images.cacheEntriesBefore', cachedBefore);
        addCount('images.cacheEntriesAfter', cachedAfter);
        addCount('images.encodedToCache', Math.max(0, cachedAfter - cachedBefore));
        addCount('pages', pages.length);
        writeBuildStats();
      },
    },
  };
}
