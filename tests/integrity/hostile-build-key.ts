// The hostile corpus builds' cache key (see hostile-build.ts). No vitest import: the global setup
// (tests/helpers/global-setup.ts) loads this in the main vitest process.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildInputsHash } from '../helpers/sample-build-key.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The hostile corpus builds' cache key, computed once per run by tests/helpers/global-setup.ts. */
    hostileBuildKey: string;
  }
}

/** Files whose source decides what the corpus holds and how it is built. */
const GENERATOR_FILES = ['./hostile-corpus.ts', './hostile-build.ts'].map((file) => fileURLToPath(new URL(file, import.meta.url)));

/**
 * Everything the sample build depends on (site sources, sample dataset, schemas, lockfile, checkout)
 * plus the corpus generator's and the build helper's source.
 */
export function hostileInputsHash(): string {
  const hash = createHash('sha256').update(`hostile-v1\0${buildInputsHash()}\0`);
  for (const file of GENERATOR_FILES) hash.update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
