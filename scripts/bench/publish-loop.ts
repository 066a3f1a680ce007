// `pnpm bench -- --loop [--stories 1000] [--runs 5] [--cold]`: the publishing loop, measured from
// the outside as an editor lives it. The site server (`pnpm server`, a child process) publishes a
// working copy of the synthetic dataset (local-dataset mode, so no network), then for each case the
// dataset is edited, one signed webhook is sent, and the clock runs until the page that shows the
// edit is served from PUBLISH_ROOT/current (what nginx serves: it resolves the symlink per request),
// and on until the search index has caught up too. Memory is the whole process tree of the server
// (its builds, Pagefind, the preview renderer once a preview was asked for), sampled every 100 ms,
// and also without the renderer (what the builds cost). Not a test: it prints numbers.
//
// Cases: one (old) story's title edited (`runs` times; p50 and worst), one recent story's title, 50
// stories edited at once (one webhook), one story deleted.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNdjson } from '../../schemas/util/ndjson.ts';
import { derivePreviewSecret } from '../../server/src/config.ts';
import { previewLink } from '../../server/src/preview/handler.ts';
import { sendTestWebhook } from '../../server/src/webhook-test.ts';
import { freePort } from './free-port.ts';
import { processTree } from './proc-tree.ts';

export interface LoopBenchOptions {
  root: string;
  datasetDir: string;
  stories: number;
  runs: number;
  cold: boolean;
}

interface Doc {
  _id: string;
  _type: string;
  title?: string;
  slug?: { current?: string };
}

export interface LoopCase {
  name: string;
  /** Webhook sent → the edited page served. */
  liveMs: number;
  /** Webhook sent → the server idle again (search index up to date). */
  settledMs: number;
  /** Peak RSS of the server's whole process tree during the case. */
  peakTreeRss: number;
  /** The same without the preview renderer: the server, its build and its search step. */
  peakBuildTreeRss: number;
  /** The preview renderer alone (0 when it is not running). */
  peakRendererRss: number;
  pages: { total: number; rendered: number; reused: number } | null;
}

export interface LoopBenchResult {
  stories: number;
  initial: { ms: number; peakTreeRss: number; peakBuildTreeRss: number; cold: boolean };
  cases: LoopCase[];
  /** Draft preview response times: the first (renderer and context warming up), then warm ones. */
  previewMs: number[];
}

/** How often the bench asks the server's /status (its limit is 120 a minute per address). */
const STATUS_POLL_MS = 600;

/** The preview renderer's command line (site/src/lib/preview/render-worker.ts). */
const RENDERER = /render-worker\.ts/;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Status {
  live: { id: string } | null;
  building: boolean;
  queued: boolean;
  lastBuild: { result: string; pages: LoopCase['pages']; search?: unknown } | null;
  lastError: { message: string } | null;
}

export async function runPublishLoopBench(options: LoopBenchOptions): Promise<LoopBenchResult> {
  const work = join(options.root, '.cache', 'bench', `loop-${options.stories}`);
  const dataset = join(work, 'dataset');
  const publishRoot = join(work, 'publish');
  if (options.cold) rmSync(publishRoot, { recursive: true, force: true });
  rmSync(dataset, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(options.datasetDir, dataset, { recursive: true });
  const dataFile = join(dataset, 'data.ndjson');
  const docs = (): Doc[] => parseNdjson<Doc>(readFileSync(dataFile, 'utf8'));
  const save = (list: Doc[]) => writeFileSync(dataFile, `${list.map((d) => JSON.stringify(d)).join('\n')}\n`);

  const secret = randomBytes(32).toString('hex');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, [join(options.root, 'server/src/cli.ts')], {
    cwd: options.root,
    env: { ...process.env, CONTENT_DATASET: dataset, PUBLISH_ROOT: publishRoot, SANITY_WEBHOOK_SECRET: secret, SERVER_PORT: String(port), SERVER_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  // Whole tree, and without the preview renderer (it lives beside the builds once a preview was asked for).
  let peak = 0;
  let peakBuild = 0;
  let peakRenderer = 0;
  const resetPeaks = () => (peak = peakBuild = peakRenderer = 0);
  const sampler = setInterval(() => {
    if (server.pid === undefined) return;
    const tree = processTree(server.pid, RENDERER);
    peak = Math.max(peak, tree.rss + tree.excludedRss);
    peakBuild = Math.max(peakBuild, tree.rss);
    peakRenderer = Math.max(peakRenderer, tree.excludedRss);
  }, 100);

  const status = async (): Promise<Status | undefined> => {
    try {
      const response = await fetch(`${base}/status`);
      return response.ok ? ((await response.json()) as Status) : undefined;
    } catch {
      return undefined;
    }
  };
  // `everyMs`: the server rate-limits /status (120 a minute per address); a bench that polled faster
  // would be turned away for up to a minute and report the wait as build time.
  const waitFor = async (what: string, done: () => boolean | Promise<boolean>, everyMs = 100, limitMs = 3 * 3600_000): Promise<number> => {
    const started = performance.now();
    while (!(await done())) {
      if (server.exitCode !== null) throw new Error(`Máy chủ đã dừng khi chờ ${what}:\n${log.slice(-3000)}`);
      if (performance.now() - started > limitMs) throw new Error(`Quá thời gian chờ ${what}.`);
      await sleep(everyMs);
    }
    return performance.now() - started;
  };
  const idle = async () => {
    const s = await status();
    return s !== undefined && s.live !== null && !s.building && !s.queued;
  };
  const pageFile = (slug: string) => join(publishRoot, 'current', 'bai-viet', slug, 'index.html');
  const served = (slug: string, text: string) => {
    try {
      return readFileSync(pageFile(slug), 'utf8').includes(text);
    } catch {
      return false;
    }
  };

  try {
    console.log(`▶ Vòng xuất bản, ${options.stories} bài: bản dựng đầu tiên (${options.cold ? 'lạnh' : 'ấm'}) …`);
    resetPeaks();
    const initialMs = await waitFor('bản dựng đầu tiên', idle, STATUS_POLL_MS);
    const initial = { ms: initialMs, peakTreeRss: peak, peakBuildTreeRss: peakBuild, cold: options.cold };
    console.log(`  xong sau ${(initialMs / 1000).toFixed(1)} s`);

    const stories = docs().filter((d) => d._type === 'story' && !d._id.startsWith('drafts.') && d.slug?.current);
    const previewMs: number[] = [];
    for (const story of stories.slice(0, 4)) {
      const link = previewLink(story._id, { siteUrl: base, secret: derivePreviewSecret(secret), now: new Date() });
      const asked = performance.now();
      const response = await fetch(link);
      const html = await response.text();
      if (response.status !== 200 || !html.includes('</html>')) throw new Error(`Xem trước ${story._id} trả mã ${response.status}.`);
      previewMs.push(performance.now() - asked);
    }
    console.log(`  xem trước: ${previewMs.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}`);
    const cases: LoopCase[] = [];
    const measure = async (name: string, edit: () => { id: string; live: () => boolean }): Promise<void> => {
      const { id, live } = edit();
      resetPeaks();
      const sent = performance.now();
      const answer = await sendTestWebhook(base, secret, id);
      if (answer.status !== 202) throw new Error(`Webhook bị từ chối (${answer.status}): ${answer.body}`);
      await waitFor(name, live);
      const liveMs = performance.now() - sent;
      await waitFor(`${name} (tìm kiếm)`, idle, STATUS_POLL_MS);
      const settledMs = performance.now() - sent;
      const s = await status();
      if (s?.lastBuild?.result !== 'success') {
        throw new Error(`Bản dựng "${name}" không thành công: ${s?.lastError?.message ?? JSON.stringify(s?.lastBuild)}`);
      }
      cases.push({ name, liveMs, settledMs, peakTreeRss: peak, peakBuildTreeRss: peakBuild, peakRendererRss: peakRenderer, pages: s.lastBuild.pages });
      console.log(`  ${name}: lên trang sau ${(liveMs / 1000).toFixed(1)} s, xong hẳn (cả tìm kiếm) sau ${(settledMs / 1000).toFixed(1)} s`);
    };

    for (let run = 1; run <= options.runs; run++) {
      const target = stories[(run * 97) % stories.length]!;
      await measure(`sửa 1 bài (lần ${run})`, () => {
        const title = `Tiêu đề đã sửa ${run} ${randomBytes(3).toString('hex')}`;
        save(docs().map((d) => (d._id === target._id ? { ...d, title } : d)));
        return { id: target._id, live: () => served(target.slug!.current!, title) };
      });
    }
    // A recent story (the five above are old ones, in the search archive): its search step can keep
    // the archive as it was.
    const recentStory = stories[stories.length - 2]!;
    await measure('sửa 1 bài mới đăng', () => {
      const title = `Tiêu đề bài mới đã sửa ${randomBytes(3).toString('hex')}`;
      save(docs().map((d) => (d._id === recentStory._id ? { ...d, title } : d)));
      return { id: recentStory._id, live: () => served(recentStory.slug!.current!, title) };
    });
    const batch = stories.slice(0, 50);
    await measure('sửa 50 bài cùng lúc', () => {
      const suffix = randomBytes(3).toString('hex');
      const ids = new Set(batch.map((d) => d._id));
      save(docs().map((d) => (ids.has(d._id) ? { ...d, title: `${d.title} — bản sửa ${suffix}` } : d)));
      return { id: batch[0]!._id, live: () => batch.every((d) => served(d.slug!.current!, `bản sửa ${suffix}`)) };
    });
    const removed = stories[stories.length - 1]!;
    await measure('xoá 1 bài', () => {
      save(docs().filter((d) => d._id !== removed._id));
      return { id: removed._id, live: () => !existsSync(pageFile(removed.slug!.current!)) };
    });
    return { stories: options.stories, initial, cases, previewMs };
  } finally {
    clearInterval(sampler);
    server.kill('SIGTERM');
    await new Promise((done) => (server.exitCode !== null ? done(null) : server.once('exit', done)));
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;

export function loopMarkdown(result: LoopBenchResult): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  const edits = result.cases.filter((c) => c.name.startsWith('sửa 1 bài (lần'));
  const lines = [
    `### Vòng xuất bản, ${result.stories} bài viết`,
    '',
    `Bản dựng đầu tiên (${result.initial.cold ? 'lạnh' : 'ấm'}): ${s(result.initial.ms)}, đỉnh bộ nhớ cả cây tiến trình ${mib(result.initial.peakTreeRss)} (không kể trình dựng xem trước: ${mib(result.initial.peakBuildTreeRss)}).`,
    '',
    '| trường hợp | webhook → trang mới được phục vụ | → xong cả chỉ mục tìm kiếm | trang dựng lại / dùng lại | đỉnh bộ nhớ cả cây | — máy chủ, bản dựng, tìm kiếm | — trình dựng xem trước |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...result.cases.map(
      (c) => `| ${c.name} | ${s(c.liveMs)} | ${s(c.settledMs)} | ${c.pages ? `${c.pages.rendered} / ${c.pages.reused}` : '–'} | ${mib(c.peakTreeRss)} | ${mib(c.peakBuildTreeRss)} | ${mib(c.peakRendererRss)} |`,
    ),
  ];
  if (result.previewMs.length > 0) {
    lines.push('', `Xem trước bản nháp: lần đầu ${s(result.previewMs[0]!)} (khởi động trình dựng và ngữ cảnh), sau đó ${result.previewMs.slice(1).map(s).join(', ')}.`);
  }
  if (edits.length > 0) {
    lines.push('', `Sửa 1 bài: p50 ${s(median(edits.map((c) => c.liveMs)))}, chậm nhất ${s(Math.max(...edits.map((c) => c.liveMs)))} (${edits.length} lần).`);
  }
  return `${lines.join('\n')}\n`;
}
