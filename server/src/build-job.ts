/**
 * One build, from an empty stage to a live release:
 *   stage → `node site/scripts/build.mjs --outDir <stage>` (its own process group, output to
 *   logs/<id>.log) → checks (exit 0, report, page count) → borrow the live search index if the new one
 *   is deferred → commit → activate (pages live) → prune(5) → search step: a hard-linked copy of the
 *   release, `site/scripts/search-index.mjs <copy> --previous <release>` writes fresh pagefind/ and
 *   pagefind-luu-tru/ (each archive part hard-linked from the borrowed index when none of its pages
 *   changed), commit, activate.
 * Any failure discards the stage and leaves `current` as it was; the error is one Vietnamese sentence.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BuildReport, readBuildReport } from './build-report.ts';
import type { Logger } from './log.ts';
import type { Release, ReleaseStore } from './releases.ts';
import { linkTree } from '../../site/src/lib/files/tree-link.ts';
import { BUNDLE_DIRS as SEARCH_BUNDLE_DIRS } from '../../site/src/lib/search/bundles.ts';

/** The one folder every build writes into (under staging/, never served); see runBuildJob. */
const BUILD_OUT_DIR = 'astro-out';

export interface BuildJobOptions {
  store: ReleaseStore;
  repoRoot: string;
  publishRoot: string;
  /** Content variables, SITE_URL, SANITY_API_HOST, STRICT (from the server config; no server secrets). */
  buildEnv: Record<string, string>;
  /** The build's clock (BUILD_TIME). */
  buildTime: Date;
  reasons: string[];
  logger: Logger;
  /** Each child process as it starts (build, then search). */
  onProcess?: (child: ChildProcess, step: 'build' | 'search') => void;
  /** Called as soon as the pages are live, before the search step. */
  onLive?: (release: Release, report: BuildReport) => void;
  /** Stops the running child and fails the build (server shutdown). */
  signal?: AbortSignal;
  /** Largest accepted drop in page count against the live release, unless the content explains it. */
  pageDropTolerance?: number;
  keepReleases?: number;
}

export type SearchState = 'built' | 'deferred' | 'failed' | 'not-needed';

export interface BuildRecord {
  id: string;
  reasons: string[];
  result: 'success' | 'failed';
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  buildTime: string;
  /** The release the pages went live in (success only). */
  release: string | null;
  /** The release holding the fresh search index, when the search step made one. */
  searchRelease: string | null;
  report: BuildReport | null;
  search: SearchState;
  timings: { buildMs: number; searchMs: number | null };
  error: string | null;
}

class BuildFailure extends Error {}

export function buildChildEnv(options: Pick<BuildJobOptions, 'buildEnv' | 'buildTime' | 'publishRoot' | 'repoRoot'>, reportFile: string): Record<string, string> {
  const cache = join(options.publishRoot, 'cache');
  const inherited: Record<string, string> = {};
  // Only what a Node process needs from our own environment; never the server's secrets.
  for (const name of ['HOME', 'TMPDIR', 'LANG', 'LC_ALL', 'TZ']) {
    const value = process.env[name];
    if (value !== undefined) inherited[name] = value;
  }
  return {
    ...inherited,
    PATH: `${join(options.repoRoot, 'node_modules', '.bin')}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...options.buildEnv,
    BUILD_TIME: options.buildTime.toISOString(),
    BUILD_REPORT_FILE: reportFile,
    SEARCH_INDEX: 'defer',
    ASTRO_CACHE_DIR: join(cache, 'astro'),
    OG_CACHE_DIR: join(cache, 'og'),
    VALIDATION_CACHE_FILE: join(cache, 'validation.json'),
  };
}

/** Runs one command in its own process group with output appended to `logFile`. */
function runLogged(
  args: string[],
  env: Record<string, string>,
  cwd: string,
  logFile: string,
  onStart: ((child: ChildProcess) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile, { flags: 'a' });
    log.on('error', () => {});
    // detached: a process group of its own, so the wrapper's grandchild (astro) dies with it.
    const child = spawn(process.execPath, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const killGroup = () => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const onAbort = () => killGroup();
    signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    child.on('error', (error) => {
      signal?.removeEventListener('abort', onAbort);
      log.end();
      reject(error);
    });
    child.on('exit', (code, exitSignal) => {
      signal?.removeEventListener('abort', onAbort);
      // Whatever happened to the direct child, nothing of its group may keep writing to the stage.
      killGroup();
      log.end(() => resolve({ code, signal: exitSignal }));
    });
    onStart?.(child);
  });
}

function describeExit(what: string, id: string, exit: { code: number | null; signal: NodeJS.Signals | null }): string {
  if (exit.signal) return `${what} ${id} bị dừng giữa chừng bởi tín hiệu ${exit.signal}; xem logs/${id}.log.`;
  return `${what} ${id} thất bại (mã thoát ${exit.code}); xem logs/${id}.log.`;
}

async function readReportOf(publishRoot: string, id: string): Promise<BuildReport | null> {
  try {
    const record = JSON.parse(await readFile(join(publishRoot, 'reports', `${id}.json`), 'utf8')) as { report?: BuildReport | null };
    return record.report ?? null;
  } catch {
    return null;
  }
}

/** The page-count check: no more than `tolerance` below the live release unless the content shrank too. */
export function checkPageCount(fresh: BuildReport, live: BuildReport | null, tolerance: number): string | null {
  if (!live || live.pages.total === 0) return null;
  const floor = live.pages.total * (1 - tolerance);
  if (fresh.pages.total >= floor) return null;
  const shrankWithContent = fresh.routedDocuments < live.routedDocuments;
  const complete = fresh.expectedPages === undefined || fresh.pages.total === fresh.expectedPages;
  const explained = shrankWithContent && complete;
  if (explained) return null;
  return `Bản dựng có ${fresh.pages.total} trang, ít hơn quá ${Math.round(tolerance * 100)}% so với ${live.pages.total} trang của bản đang chạy mà nội dung không giảm tương ứng; không phát hành.`;
}

export async function runBuildJob(options: BuildJobOptions): Promise<BuildRecord> {
  const { store, publishRoot, logger } = options;
  const started = new Date();
  const reportsDir = join(publishRoot, 'reports');
  const logsDir = join(publishRoot, 'logs');
  await mkdir(reportsDir, { recursive: true });
  await mkdir(logsDir, { recursive: true });

  // Release ids follow the wall clock (they order releases), not BUILD_TIME (the content's clock).
  const { id, dir } = await store.stage(new Date());
  const record: BuildRecord = {
    id,
    reasons: options.reasons,
    result: 'failed',
    startedAt: started.toISOString(),
    finishedAt: started.toISOString(),
    durationMs: 0,
    buildTime: options.buildTime.toISOString(),
    release: null,
    searchRelease: null,
    report: null,
    search: 'not-needed',
    timings: { buildMs: 0, searchMs: null },
    error: null,
  };
  const logFile = join(logsDir, `${id}.log`);
  const rawReportFile = join(reportsDir, `${id}.build.json`);
  const saveRecord = async () => {
    record.finishedAt = new Date().toISOString();
    record.durationMs = Date.parse(record.finishedAt) - started.getTime();
    const file = join(reportsDir, `${id}.json`);
    await writeFile(`${file}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
    await rename(`${file}.tmp`, file);
  };

  logger.info(`Bắt đầu dựng ${id} (${options.reasons.join('; ')}).`);
  let committed = false;
  try {
    const live = await store.live();
    const env = buildChildEnv(options, rawReportFile);
    const buildScript = join(options.repoRoot, 'site', 'scripts', 'build.mjs');
    // Astro compiles its output folder into the pages' bundle (astro:assets' `outDir`), so a folder
    // named after each release would change every page's dependency hash and defeat the incremental
    // build. Every build therefore writes to the same folder, renamed to the release's stage after.
    const outDir = join(store.stagingDir, BUILD_OUT_DIR);
    await rm(outDir, { recursive: true, force: true });
    const exit = await runLogged([buildScript, '--outDir', outDir], env, options.repoRoot, logFile, (child) => options.onProcess?.(child, 'build'), options.signal);
    record.timings.buildMs = Date.now() - started.getTime();
    if (exit.code !== 0 || exit.signal) throw new BuildFailure(describeExit('Bản dựng', id, exit));
    await rm(dir, { recursive: true, force: true });
    await rename(outDir, dir);

    const report = await readBuildReport(rawReportFile).catch((error: Error) => {
      throw new BuildFailure(error.message);
    });
    if (!report) throw new BuildFailure(`Bản dựng ${id} không ghi báo cáo vào BUILD_REPORT_FILE; không phát hành.`);
    record.report = report;
    await rm(rawReportFile, { force: true });
    if (report.pages.total === 0) throw new BuildFailure(`Bản dựng ${id} không có trang nào; không phát hành.`);

    const liveReport = live ? await readReportOf(publishRoot, live.id) : null;
    const countProblem = checkPageCount(report, liveReport, options.pageDropTolerance ?? 0.05);
    if (countProblem) throw new BuildFailure(countProblem);

    const searchDeferred = report.search === 'deferred';
    if (searchDeferred && live) {
      // Search keeps working (with yesterday's index: both bundles, lib/search/bundles.ts) until the
      // fresh index exists.
      for (const bundle of SEARCH_BUNDLE_DIRS) {
        if (existsSync(join(live.dir, bundle)) && !existsSync(join(dir, bundle))) await linkTree(join(live.dir, bundle), join(dir, bundle));
      }
    }

    const release = await store.commit(id);
    committed = true;
    await store.activate(id);
    record.result = 'success';
    record.release = id;
    record.search = searchDeferred ? 'deferred' : 'not-needed';
    await saveRecord();
    logger.info(`Đã phát hành ${id}: ${report.pages.total} trang (dựng lại ${report.pages.rendered}, dùng lại ${report.pages.reused}).`);
    options.onLive?.(release, report);
    const removed = await store.prune(options.keepReleases ?? 5);
    if (removed.length > 0) logger.info(`Đã xóa ${removed.length} bản phát hành cũ: ${removed.join(', ')}.`);

    if (searchDeferred) await runSearchStep(options, record, release, logFile);
  } catch (error) {
    if (!committed) await store.discard(id).catch(() => {});
    if (!committed) await rm(join(store.stagingDir, BUILD_OUT_DIR), { recursive: true, force: true }).catch(() => {});
    await rm(rawReportFile, { force: true });
    record.result = committed ? record.result : 'failed';
    const message = error instanceof BuildFailure ? error.message : `Bản dựng ${id} gặp lỗi không lường trước: ${(error as Error).message ?? String(error)}`;
    if (!committed) record.error = message;
    logger.error(message);
  }
  await saveRecord().catch(() => {});
  return record;
}

/** Writes a fresh search index next to the live pages and activates it; failure keeps the borrowed one. */
async function runSearchStep(options: BuildJobOptions, record: BuildRecord, release: Release, logFile: string): Promise<void> {
  const { store, logger } = options;
  const searchScript = join(options.repoRoot, 'site', 'scripts', 'search-index.mjs');
  const started = Date.now();
  // Made after the pages' release was committed, so its id sorts after it.
  const stage = await store.stage(new Date());
  try {
    await linkTree(release.dir, stage.dir);
    // The borrowed index is hard-linked into older releases: remove it, never overwrite it in place.
    for (const bundle of SEARCH_BUNDLE_DIRS) await rm(join(stage.dir, bundle), { recursive: true, force: true });
    const env = buildChildEnv(options, join(options.publishRoot, 'reports', `${stage.id}.build.json`));
    // The previous index is read from the pages' release, not the stage (whose bundles were just
    // removed): its bundles are the ones borrowed from the index that was live when these pages went
    // live (hard links, so the same files, split file and archive always from one index), and being the
    // newest committed release it is the one release prune never removes. Without an index to
    // borrow (the first build) the indexer finds no split file there and indexes everything.
    const exit = await runLogged([searchScript, stage.dir, '--previous', release.dir], env, options.repoRoot, logFile, (child) => options.onProcess?.(child, 'search'), options.signal);
    if (exit.code !== 0 || exit.signal) throw new BuildFailure(describeExit('Bước tạo chỉ mục tìm kiếm của bản', record.id, exit));
    await stat(join(stage.dir, 'pagefind'));
    await store.commit(stage.id);
    // Only if our pages are still the live ones: a rollback meanwhile wins.
    if ((await store.live())?.id === release.id) await store.activate(stage.id);
    record.search = 'built';
    record.searchRelease = stage.id;
    logger.info(`Đã cập nhật chỉ mục tìm kiếm (bản ${stage.id}).`);
    await store.prune(options.keepReleases ?? 5);
  } catch (error) {
    await store.discard(stage.id).catch(() => {});
    record.search = 'failed';
    record.error = error instanceof BuildFailure ? error.message : `Bước tạo chỉ mục tìm kiếm của bản ${record.id} gặp lỗi: ${(error as Error).message}`;
    logger.error(record.error);
  } finally {
    record.timings.searchMs = Date.now() - started;
  }
}
