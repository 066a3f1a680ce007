// The sample build's environment and cache key (see sample-build.ts). No vitest import: the global
// setup (global-setup.ts) loads this in the main vitest process.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { repoRoot, sampleDatasetDir, siteDir } from '../site/helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The sample build's cache key, computed once per run by tests/helpers/global-setup.ts. */
    sampleBuildKey: string;
  }
}

/** A fake secret set while building the sample; no file in dist may contain it. */
export const SAMPLE_BUILD_TOKEN = 'skTestTokenThatMustNeverReachDist0123456789';

/** The environment of the shared sample build (BUILD_STATS_FILE is added per build). */
export const SAMPLE_BUILD_ENV: Readonly<Record<string, string | undefined>> = {
  CONTENT_DATASET: sampleDatasetDir,
  STRICT: undefined,
  SANITY_PROJECT_ID: undefined,
  SANITY_DATASET: undefined,
  SANITY_READ_TOKEN: SAMPLE_BUILD_TOKEN,
};

export const RECORD_VERSION = 2;
export const cacheRoot = join(tmpdir(), 'guong-sang-e2e');
const SKIP_DIRS = new Set(['node_modules', 'dist', '.astro', '.cache', '.git']);

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name), out);
    } else if (entry.isFile()) out.push(join(dir, entry.name));
  }
  return out;
}

/** A hash of every input of the sample build (file paths and contents, checkout, environment). */
export function buildInputsHash(): string {
  const hash = createHash('sha256');
  hash.update(`v${RECORD_VERSION}\0${resolve(repoRoot)}\0${JSON.stringify(SAMPLE_BUILD_ENV)}\0`);
  const files = [...walk(siteDir), ...walk(join(repoRoot, 'schemas')), join(repoRoot, 'pnpm-lock.yaml')].sort();
  for (const file of files) {
    hash.update(relative(repoRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

