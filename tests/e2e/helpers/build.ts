// The production build the e2e tests run against: the sample site, built once per test run.
// Builds go through tests/site/helpers/build.ts (`runBuild`, the real CLI path) and are cached under
// $TMPDIR/guong-sang-e2e/, keyed by a hash of everything that feeds the build (site sources, dataset,
// schemas, lockfile). Every e2e file in a run — and later runs with no change — reuse the same dist;
// a lock directory makes concurrent test processes wait for one build instead of starting two.
// Within one `vitest` run every file gets the same dist even if sources change mid-run (others edit
// concurrently): the first file's choice is pinned to the vitest process id.
// E2E_DIST=/path/to/dist skips building and serves that directory as is.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { removeBuild, repoRoot, runBuild, sampleDatasetDir, siteDir } from '../../site/helpers/build.ts';

const cacheRoot = join(tmpdir(), 'guong-sang-e2e');
const SKIP_DIRS = new Set(['node_modules', 'dist', '.astro', '.cache', '.git']);

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name), out);
    } else if (entry.isFile()) out.push(join(dir, entry.name));
  }
  return out;
}

/** A hash of every input of the sample build (file paths and contents). */
export function buildInputsHash(): string {
  const hash = createHash('sha256');
  const files = [
    ...walk(siteDir),
    ...walk(join(repoRoot, 'schemas')),
    join(repoRoot, 'pnpm-lock.yaml'),
  ].sort();
  for (const file of files) {
    hash.update(relative(repoRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

interface CacheRecord {
  outDir: string;
  ms: number;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readRecord(file: string): CacheRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as CacheRecord;
    return existsSync(join(record.outDir, 'index.html')) ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Remove cached builds other than `keep` that are older than a day. */
function pruneOld(keep: string): void {
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const name of readdirSync(cacheRoot)) {
    if (!name.endsWith('.json') || name.startsWith('run-') || name === `${keep}.json`) continue;
    const file = join(cacheRoot, name);
    if (statSync(file).mtimeMs > dayAgo) continue;
    const record = readRecord(file);
    if (record) rmSync(record.outDir, { recursive: true, force: true });
    rmSync(file, { force: true });
  }
}

let memo: Promise<string> | undefined;

/**
 * The directory of the built sample site (absolute). Builds at most once per set of inputs; throws
 * with the build's output when the build fails. Bounded: waits at most 10 minutes for another
 * process's build.
 */
export function siteDist(): Promise<string> {
  memo ??= resolveDist();
  return memo;
}

/** The vitest process of this run: the parent of a forked worker, else this process. */
const runPid = () => (process.env.VITEST_WORKER_ID && typeof process.send === 'function' ? process.ppid : process.pid);

async function resolveDist(): Promise<string> {
  if (process.env.E2E_DIST) {
    const dir = resolve(process.env.E2E_DIST);
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`E2E_DIST=${dir} không có index.html`);
    return dir;
  }
  mkdirSync(cacheRoot, { recursive: true });
  const runFile = join(cacheRoot, `run-${runPid()}.json`);
  const pinned = readRecord(runFile);
  if (pinned && Date.now() - statSync(runFile).mtimeMs < 6 * 3600_000) return pinned.outDir;
  const outDir = await buildOrReuse();
  writeFileSync(runFile, JSON.stringify({ outDir, ms: 0 } satisfies CacheRecord));
  for (const name of readdirSync(cacheRoot)) {
    const pid = /^run-(\d+)\.json$/.exec(name)?.[1];
    if (pid && !pidAlive(Number(pid))) rmSync(join(cacheRoot, name), { force: true });
  }
  return outDir;
}

async function buildOrReuse(): Promise<string> {
  const key = buildInputsHash();
  const recordFile = join(cacheRoot, `${key}.json`);
  const lockDir = join(cacheRoot, `${key}.lock`);
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const cached = readRecord(recordFile);
    if (cached) return cached.outDir;
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, 'pid'), String(process.pid));
    } catch {
      // Someone else is building these inputs: wait for them (or take over if they died).
      let owner = NaN;
      try {
        owner = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
      } catch {
        /* lock being created */
      }
      if (Number.isFinite(owner) && owner > 0 && !pidAlive(owner)) rmSync(lockDir, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Quá 10 phút chờ bản build ${lockDir}`);
      await sleep(500);
      continue;
    }
    try {
      const build = await runBuild({
        env: { CONTENT_DATASET: sampleDatasetDir, STRICT: undefined, SANITY_PROJECT_ID: undefined, SANITY_DATASET: undefined },
      });
      if (build.code !== 0 || !existsSync(join(build.outDir, 'index.html'))) {
        removeBuild(build);
        throw new Error(`Build mẫu thất bại (mã ${build.code}):\n${build.output.slice(-4000)}`);
      }
      writeFileSync(recordFile, JSON.stringify({ outDir: build.outDir, ms: build.ms } satisfies CacheRecord));
      console.info(`[e2e] sample build ${key}: ${(build.ms / 1000).toFixed(1)} s → ${build.outDir}`);
      pruneOld(key);
      return build.outDir;
    } finally {
      rmSync(lockDir, { recursive: true, force: true });
    }
  }
}
