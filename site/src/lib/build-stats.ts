// Build statistics for `pnpm bench`: phase timings and counters gathered in the build state
// (lib/build/state.ts, shared by the integrations and the pages) and
// written as JSON when the build ends, only if BUILD_STATS_FILE is set. Costs nothing otherwise
// (no timer, no output); counters and phase times are still kept in memory, which is a few bytes.
//
// Usage: `const done = startPhase('og'); … done();` and `addCount('og.generated')`.
// With BUILD_STATS_FILE set, each phase start/end is also printed as one `[build-stats] …` line so
// the bench harness can attribute its own process-tree memory samples to phases.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildState, type BuildStatsState } from './build/state.ts';

export interface PhaseRecord {
  /** Total time spent in the phase (repeated or overlapping runs add up), in milliseconds. */
  ms: number;
  /** Wall-clock span from the first start to the last end, in milliseconds. */
  spanMs: number;
  /** Resident set size of this process at the end of the phase, in bytes. */
  rssAfter: number;
  /** Highest resident set size of this process seen while the phase ran (sampled every 100 ms), in bytes. */
  peakRss: number;
}

export interface BuildStats {
  phases: Record<string, PhaseRecord>;
  counters: Record<string, number>;
}

type State = BuildStatsState;

const state = (): State => buildState.stats;

const enabled = (): boolean => Boolean(process.env.BUILD_STATS_FILE);

function sample(s: State): void {
  const rss = process.memoryUsage.rss();
  for (const name of s.active.keys()) {
    const phase = s.phases[name];
    if (phase && rss > phase.peakRss) phase.peakRss = rss;
  }
}

/** Starts timing a phase; call the returned function (once) when it ends. Repeated phases add up. */
export function startPhase(name: string): () => void {
  const s = state();
  const started = performance.now();
  if (!s.firstStart.has(name)) s.firstStart.set(name, started);
  s.phases[name] ??= { ms: 0, spanMs: 0, rssAfter: 0, peakRss: 0 };
  s.active.set(name, (s.active.get(name) ?? 0) + 1);
  if (enabled()) {
    console.error(`[build-stats] start ${name}`);
    s.sampler ??= setInterval(() => sample(s), 100);
    s.sampler.unref?.();
  }
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    const now = performance.now();
    const rss = process.memoryUsage.rss();
    const phase = s.phases[name]!;
    phase.ms += now - started;
    phase.spanMs = now - (s.firstStart.get(name) ?? started);
    phase.rssAfter = rss;
    phase.peakRss = Math.max(phase.peakRss, rss);
    const open = (s.active.get(name) ?? 1) - 1;
    if (open > 0) s.active.set(name, open);
    else s.active.delete(name);
    if (enabled()) console.error(`[build-stats] end ${name}`);
  };
}

/** Times an async function as (part of) a phase. */
export async function timePhase<T>(name: string, run: () => Promise<T>): Promise<T> {
  const done = startPhase(name);
  try {
    return await run();
  } finally {
    done();
  }
}

/** Adds to a named counter, e.g. `images.encoded` or `og.reused`. */
export function addCount(name: string, amount = 1): void {
  const s = state();
  s.counters[name] = (s.counters[name] ?? 0) + amount;
}

/** The record so far (a copy). */
export function readBuildStats(): BuildStats {
  const s = state();
  return structuredClone({ phases: s.phases, counters: s.counters });
}

/** Writes the record to BUILD_STATS_FILE, if set (called once, at the end of the build). */
export function writeBuildStats(file = process.env.BUILD_STATS_FILE): void {
  if (!file) return;
  const s = state();
  if (s.sampler) clearInterval(s.sampler);
  s.sampler = undefined;
  mkdirSync(dirname(file), { recursive: true });
  const usage = process.resourceUsage();
  writeFileSync(
    file,
    JSON.stringify(
      {
        ...readBuildStats(),
        // ru_maxrss of this process (kilobytes on Linux).
        peakRss: usage.maxRSS * 1024,
        cpuUserMs: Math.round(usage.userCPUTime / 1000),
        cpuSystemMs: Math.round(usage.systemCPUTime / 1000),
        writtenAt: new Date().toISOString(),
      },
      null,
      2,
    ),
  );
}
