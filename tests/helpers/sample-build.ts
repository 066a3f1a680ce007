// The sample site, built once and shared by every test file that needs it (site, e2e, booklet).
//
// Builds go through tests/site/helpers/build.ts (`runBuild`, the real CLI path) with one fixed
// environment (SAMPLE_BUILD_ENV: the sample dataset, no Sanity project, and a fake read token that
// sample-build.test.ts checks never reaches dist). The result — dist directory, exit code, everything
// the build printed and its BUILD_STATS_FILE statistics — is cached on disk under
// $TMPDIR/guong-sang-e2e/, keyed by a hash of everything that feeds the build (site sources, dataset,
// schemas, lockfile, this checkout's path, the environment above). Every file in a run — and later
// runs with no change — reuse the same build; a lock directory makes concurrent test processes wait
// for one build instead of starting two.
//
// Within one `vitest` run every file gets the same build even if sources change mid-run (others edit
// concurrently): tests/helpers/global-setup.ts computes the key once at the start of the run and
// provides it to every file (`inject('sampleBuildKey')`). Outside vitest the key is computed here.
//
// The key includes the checkout's path because the build also fills that checkout's own caches
// (site/.cache: booklets, OG images): booklet tests rely on a second build reusing them.
//
// E2E_DIST=/path/to/dist skips building and uses that directory as is (no output, no statistics).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pidAlive, tryBuildLock } from './build-lock.ts';
import { inject } from 'vitest';
import { type BuildResult, removeBuild, runBuild } from '../site/helpers/build.ts';
import { buildInputsHash, cacheRoot, RECORD_VERSION, SAMPLE_BUILD_ENV } from './sample-build-key.ts';

export { buildInputsHash, SAMPLE_BUILD_ENV, SAMPLE_BUILD_TOKEN } from './sample-build-key.ts';

export interface BuildStats {
  counters: Record<string, number>;
  [field: string]: unknown;
}

export interface SampleBuild extends BuildResult {
  /** What BUILD_STATS_FILE held after the build (undefined with E2E_DIST). */
  stats: BuildStats | undefined;
  /** The cache key the build is stored under. */
  key: string;
}

/** The key of this run: provided by the global setup, else computed now. */
function runKey(): string {
  try {
    const provided = inject('sampleBuildKey');
    if (provided) return provided;
  } catch {
    /* not inside a vitest worker */
  }
  return buildInputsHash();
}

interface CacheRecord {
  version: number;
  outDir: string;
  code: number | null;
  output: string;
  ms: number;
  stats: BuildStats | undefined;
}

/**
 * A build is reused for 12 hours at most: the checkout's own caches it filled (booklets, OG images)
 * forget entries unused for a day, and tests that rebuild on top of it expect to find them.
 */
const MAX_AGE_MS = 12 * 3600_000;

function readRecord(file: string): CacheRecord | undefined {
  try {
    if (Date.now() - statSync(file).mtimeMs > MAX_AGE_MS) return undefined;
    const record = JSON.parse(readFileSync(file, 'utf8')) as CacheRecord;
    return record.version === RECORD_VERSION && existsSync(join(record.outDir, 'index.html')) ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Remove cached builds other than `keep` that are older than a day (and leftovers of old versions). */
function pruneOld(keep: string): void {
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const name of readdirSync(cacheRoot)) {
    const file = join(cacheRoot, name);
    if (name.startsWith('run-') && name.endsWith('.json')) {
      // Per-process pins of the previous helper version.
      const pid = Number(/^run-(\d+)\.json$/.exec(name)?.[1]);
      if (!pidAlive(pid)) rmSync(file, { force: true });
      continue;
    }
    if (!name.endsWith('.json') || name === `${keep}.json`) continue;
    try {
      if (statSync(file).mtimeMs > dayAgo) continue;
    } catch {
      continue;
    }
    try {
      const record = JSON.parse(readFileSync(file, 'utf8')) as { outDir?: string };
      if (record.outDir?.startsWith(tmpdir())) rmSync(record.outDir, { recursive: true, force: true });
    } catch {
      /* unreadable record */
    }
    rmSync(file, { force: true });
  }
}

let memo: Promise<SampleBuild> | undefined;

/**
 * The built sample site. Builds at most once per set of inputs; throws with the build's output when
 * the build fails. Bounded: waits at most 10 minutes for another process's build. The result is
 * shared: never remove or modify its directory.
 */
export function sampleBuild(): Promise<SampleBuild> {
  memo ??= resolveBuild();
  return memo;
}

/** The directory of the built sample site (absolute). */
export async function siteDist(): Promise<string> {
  return (await sampleBuild()).outDir;
}

const memoAt = new Map<string, Promise<SampleBuild>>();

/**
 * The sample site built with its clock at `buildTime` (BUILD_TIME, an ISO instant with offset): for
 * what the shared build's clock (the time of the run) cannot show, e.g. a sample contest taking
 * entries. Cached like the shared build, under its own key. E2E_DIST is not used here: its clock is unknown.
 */
export function sampleBuildAt(buildTime: string): Promise<SampleBuild> {
  let build = memoAt.get(buildTime);
  if (!build) {
    build = (async () => {
      mkdirSync(cacheRoot, { recursive: true });
      const key = createHash('sha256').update(`${runKey()}\0BUILD_TIME=${buildTime}`).digest('hex').slice(0, 16);
      const record = await buildOrReuse(key, { BUILD_TIME: buildTime });
      return { outDir: record.outDir, code: record.code, output: record.output, ms: record.ms, stats: record.stats, key };
    })();
    memoAt.set(buildTime, build);
  }
  return build;
}

async function resolveBuild(): Promise<SampleBuild> {
  if (process.env.E2E_DIST) {
    const dir = resolve(process.env.E2E_DIST);
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`E2E_DIST=${dir} không có index.html`);
    return { outDir: dir, code: 0, output: '', ms: 0, stats: undefined, key: 'E2E_DIST' };
  }
  mkdirSync(cacheRoot, { recursive: true });
  const key = runKey();
  const record = await buildOrReuse(key);
  return { outDir: record.outDir, code: record.code, output: record.output, ms: record.ms, stats: record.stats, key };
}

async function buildOrReuse(key: string, extraEnv: Record<string, string> = {}): Promise<CacheRecord> {
  const recordFile = join(cacheRoot, `${key}.json`);
  const lockDir = join(cacheRoot, `${key}.lock`);
  const deadline = Date.now() + 10 * 60_000;
  const failedFile = join(cacheRoot, `${key}.failed`);
  for (;;) {
    const cached = readRecord(recordFile);
    if (cached) return cached;
    // A build of these inputs failed moments ago (an earlier file of this run): fail the same way
    // instead of building again for every file.
    try {
      if (Date.now() - statSync(failedFile).mtimeMs < 10 * 60_000) {
        throw new Error(`${readFileSync(failedFile, 'utf8')}\n(${failedFile}: xóa tệp này để build lại ngay)`);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    // Someone else is building these inputs: wait for them (or take over if they died).
    if (!tryBuildLock(lockDir)) {
      if (Date.now() > deadline) throw new Error(`Quá 10 phút chờ bản build ${lockDir}`);
      await sleep(500);
      continue;
    }
    try {
      // A record too old to reuse: drop its directory with it.
      try {
        const stale = JSON.parse(readFileSync(recordFile, 'utf8')) as { outDir?: string };
        if (stale.outDir?.startsWith(tmpdir())) rmSync(stale.outDir, { recursive: true, force: true });
      } catch {
        /* no record */
      }
      const statsFile = join(lockDir, 'stats.json');
      const build = await runBuild({ env: { ...SAMPLE_BUILD_ENV, ...extraEnv, BUILD_STATS_FILE: statsFile } });
      if (build.code !== 0 || !existsSync(join(build.outDir, 'index.html'))) {
        removeBuild(build);
        const message = `Build mẫu thất bại (mã ${build.code}):\n${build.output.slice(-4000)}`;
        writeFileSync(failedFile, message);
        throw new Error(message);
      }
      let stats: BuildStats | undefined;
      try {
        stats = JSON.parse(readFileSync(statsFile, 'utf8')) as BuildStats;
      } catch {
        stats = undefined;
      }
      const record: CacheRecord = { version: RECORD_VERSION, outDir: build.outDir, code: build.code, output: build.output, ms: build.ms, stats };
      writeFileSync(`${recordFile}.tmp`, JSON.stringify(record));
      renameSync(`${recordFile}.tmp`, recordFile);
      rmSync(failedFile, { force: true });
      console.info(`[sample] build ${key}: ${(build.ms / 1000).toFixed(1)} s → ${build.outDir}`);
      pruneOld(key);
      return record;
    } finally {
      rmSync(lockDir, { recursive: true, force: true });
    }
  }
}
