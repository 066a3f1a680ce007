// Build statistics for `pnpm bench`: phase timings and counters gathered in one process-wide record
// (on globalThis, since Astro loads integrations and pages through different module graphs) and
// written as JSON when the build ends, only if BUILD_STATS_FILE is set. Costs nothing otherwise.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

interface PhaseRecord {
  ms: number;
  /** Resident set size at the end of the phase, in bytes. */
  rssAfter: number;
}

interface BuildStats {
  phases: Record<string, PhaseRecord>;
  counters: Record<string, number>;
}

const KEY = Symbol.for('guong-sang.build-stats');
const store = globalThis as typeof globalThis & { [KEY]?: BuildStats };

function stats(): BuildStats {
  return (store[KEY] ??= { phases: {}, counters: {} });
}

/** Starts timing a phase; call the returned function when it ends. Repeated phases add up. */
export function startPhase(name: string): () => void {
  const started = performance.now();
  return () => {
    const previous = stats().phases[name]?.ms ?? 0;
    stats().phases[name] = { ms: previous + performance.now() - started, rssAfter: process.memoryUsage.rss() };
  };
}

/** Adds to a named counter, e.g. `images.encoded` or `og.reused`. */
export function addCount(name: string, amount = 1): void {
  stats().counters[name] = (stats().counters[name] ?? 0) + amount;
}

/** Writes the record to BUILD_STATS_FILE, if set (called once, at the end of the build). */
export function writeBuildStats(file = process.env.BUILD_STATS_FILE): void {
  if (!file) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ ...stats(), peakRss: process.resourceUsage().maxRSS * 1024 }, null, 2));
}
