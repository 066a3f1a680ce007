// `pnpm bench [-- --stories 10000]`: build the site from a deterministic synthetic dataset and
// report what it cost. Not a test: numbers go to stdout and to bench-results/ (JSON + Markdown).
//
//   1. the dataset (scripts/bench/synthetic-dataset.ts), reused when its parameters and generator
//      sources are unchanged (.cache/bench/dataset-<key>/);
//   2. `astro build` of it into site/.cache/bench/dist-<stories>/, as a child process, measured from the
//      outside (wall time; peak memory of the whole process tree sampled from /proc every 100 ms;
//      /usr/bin/time's peak of the largest process) and from the inside (BUILD_STATS_FILE, see
//      site/src/lib/build-stats.ts: phase timings and counters such as OG images generated);
//   3. by default a second build with no content change, which must encode no image and generate no
//      OG image (the caches — Astro's asset cache, validation cache, OG cache — persist under
//      .cache/bench/ between runs; `--cold` empties them first);
//   4. the output: size and file count, median story page bytes gzipped (HTML, CSS, JS), and the
//      bytes Pagefind fetches for typical two-word queries, measured in Chromium (search-transfer.ts).
//
// Options: --stories N (1000) --images N --builds 0|1|2 (2; 0 re-measures the last output) --cold
//          --no-browser --query "hai từ"
//          --participation [--entries 90000] [--burst 200]: the contest intake and judges' desk instead
import { spawn } from 'node:child_process';
import { ndjsonLines } from '../../schemas/util/ndjson.ts';
import { benchmarkBooklet } from './booklet-bench.ts';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { processTree } from './proc-tree.ts';
import { deskQueryTimes } from './participation-desk.ts';
import { participationMarkdown, runParticipationBench } from './participation.ts';
import { loopMarkdown, runPublishLoopBench } from './publish-loop.ts';
import { writeSyntheticDataset } from './synthetic-dataset.ts';
import { measureSearchTransfer, searchTransferLines, typicalQueries, type SearchStats } from './search-transfer.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SITE = join(ROOT, 'site');
const CACHE = join(ROOT, '.cache', 'bench');
const RESULTS = join(ROOT, 'bench-results');

// ---------------------------------------------------------------------------------------------------
// Options

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    stories: { type: 'string', default: '1000' },
    images: { type: 'string' },
    builds: { type: 'string', default: '2' },
    cold: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    query: { type: 'string' },
    loop: { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    participation: { type: 'boolean', default: false },
    entries: { type: 'string', default: '90000' },
    burst: { type: 'string', default: '200' },
  },
});
const stories = Number(values.stories);
const images = Number(values.images ?? Math.min(120, Math.max(16, Math.round(stories / 50))));
const builds = Math.max(0, Math.min(2, Number(values.builds))); // 0: measure the last output only
if (!Number.isInteger(stories) || stories < 1) throw new Error(`--stories phải là số nguyên dương (nhận ${values.stories}).`);

// ---------------------------------------------------------------------------------------------------
// Dataset, keyed by its parameters and the generator's sources

function datasetKey(): string {
  const hash = createHash('sha256').update(JSON.stringify({ stories, images, seed: 'default' }));
  for (const file of ['scripts/bench/synthetic-dataset.ts', 'scripts/bench/zipf-text.ts', 'scripts/sample-dataset/images.ts']) {
    hash.update(readFileSync(join(ROOT, file)));
  }
  return `${stories}-${hash.digest('hex').slice(0, 10)}`;
}

async function ensureDataset(): Promise<{ dir: string; reused: boolean; ms: number }> {
  const dir = join(CACHE, `dataset-${datasetKey()}`);
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return { dir, reused: true, ms: 0 };
  const started = performance.now();
  console.log(`Tạo dataset tổng hợp ${stories} bài viết, ${images} ảnh → ${relative(ROOT, dir)} …`);
  await writeSyntheticDataset({ stories, images, outDir: dir });
  writeFileSync(marker, new Date().toISOString());
  return { dir, reused: false, ms: performance.now() - started };
}

// ---------------------------------------------------------------------------------------------------
// One build, measured

interface PhaseWindow {
  name: string;
  start: number;
  end?: number;
  peakTreeRss: number;
  /** CPU seconds of the whole tree when the phase began (sampled, see readProcTree) and ended. */
  cpuStart: number;
  cpuEnd?: number;
}

interface BuildRun {
  label: string;
  exitCode: number | null;
  wallMs: number;
  /** Sum of RSS over the build's whole process tree, sampled every 100 ms (bytes). */
  peakTreeRss: number;
  /** /usr/bin/time -v "Maximum resident set size": the largest single process (bytes). */
  peakProcessRss?: number;
  cpuSeconds?: number;
  /** Phases seen from outside (Astro's log lines and build-stats markers): wall time + tree peak. */
  phases: Record<string, { ms: number; peakTreeRss: number; cpuSeconds: number }>;
  /** Images Astro wrote in this build: encoded (cache miss) vs copied from its cache (hit). */
  images: { encoded: number; reused: number };
  /** The in-process record (phases, counters) written by site/src/lib/build-stats.ts. */
  stats: { phases?: Record<string, { ms: number; peakRss: number }>; counters?: Record<string, number>; peakRss?: number } | undefined;
  pages: number;
  log: string;
}

async function build(id: string, label: string, datasetDir: string, outDir: string): Promise<BuildRun> {
  const statsFile = join(CACHE, `build-stats-${stories}-${id}.json`);
  rmSync(statsFile, { force: true });
  rmSync(outDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    CONTENT_DATASET: datasetDir,
    BUILD_STATS_FILE: statsFile,
    // Caches kept per dataset size under .cache/bench, so bench runs never disturb the sample's.
    VALIDATION_CACHE_FILE: join(CACHE, `validation-${stories}.json`),
    ASTRO_CACHE_DIR: join(CACHE, `astro-cache-${stories}`),
    OG_CACHE_DIR: join(CACHE, `og-cache-${stories}`),
  };
  const astro = join(SITE, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const timeFile = join(CACHE, `time-${stories}-${id}.txt`);
  const command = timeBin ? [timeBin, '-v', '-o', timeFile, process.execPath] : [process.execPath];
  const args = [...command.slice(1), astro, 'build', '--outDir', outDir];

  console.log(`\n▶ Bản dựng "${label}" (${stories} bài viết) …`);
  const started = performance.now();
  const child = spawn(command[0]!, args, { cwd: SITE, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const windows: PhaseWindow[] = [];
  const open = new Map<string, PhaseWindow>();
  const begin = (name: string) => {
    if (open.has(name)) return;
    const w: PhaseWindow = { name, start: performance.now(), peakTreeRss: 0, cpuStart: treeCpu };
    windows.push(w);
    open.set(name, w);
  };
  const finish = (name: string) => {
    const w = open.get(name);
    if (w) {
      w.end = performance.now();
      w.cpuEnd = treeCpu;
    }
    open.delete(name);
  };
  let peakTreeRss = 0;
  let treeCpu = 0;
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    const { rss, cpu } = processTree(child.pid);
    treeCpu = Math.max(treeCpu, cpu);
    peakTreeRss = Math.max(peakTreeRss, rss);
    for (const w of open.values()) w.peakTreeRss = Math.max(w.peakTreeRss, rss);
  }, 100);

  let log = '';
  let encoded = 0;
  let reused = 0;
  let pages = 0;
  let pending = '';
  const onLine = (raw: string) => {
    // eslint-disable-next-line no-control-regex
    const line = raw.replace(/\u001b\[[0-9;]*m/g, '');
    log += line + '\n';
    const marker = /^\[build-stats\] (start|end) (\S+)/.exec(line);
    if (marker) {
      if (marker[1] === 'start') begin(marker[2]!);
      else finish(marker[2]!);
      return;
    }
    if (line.includes('generating static routes')) {
      finish('bundle');
      begin('render');
    } else if (line.includes('generating optimized images')) {
      finish('render');
      begin('images');
    } else if (/\[build\] ✓ Completed in/.test(line) && open.has('images')) {
      finish('images');
    } else if (/\[build\] ✓ Completed in/.test(line) && open.has('render')) {
      finish('render');
    } else if (line.includes('Building static entrypoints')) {
      begin('bundle');
    }
    if (/▶ .*\(reused cache entry\)/.test(line)) reused++;
    else if (/▶ .*\(before: /.test(line)) encoded++;
    const built = /(\d+) page\(s\) built in/.exec(line);
    if (built) pages = Number(built[1]);
    if (/Complete!/.test(line)) open.clear();
  };
  const onData = (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exitCode = await new Promise<number | null>((done) => child.on('close', done));
  if (pending) onLine(pending);
  clearInterval(sampler);
  const wallMs = performance.now() - started;

  const phases: BuildRun['phases'] = {};
  for (const w of windows) {
    const previous = phases[w.name];
    const ms = (w.end ?? performance.now()) - w.start;
    const cpuSeconds = (w.cpuEnd ?? treeCpu) - w.cpuStart;
    phases[w.name] = { ms: (previous?.ms ?? 0) + ms, peakTreeRss: Math.max(previous?.peakTreeRss ?? 0, w.peakTreeRss), cpuSeconds: (previous?.cpuSeconds ?? 0) + cpuSeconds };
  }
  let peakProcessRss: number | undefined;
  let cpuSeconds: number | undefined;
  if (timeBin && existsSync(timeFile)) {
    const time = readFileSync(timeFile, 'utf8');
    const max = /Maximum resident set size \(kbytes\): (\d+)/.exec(time);
    if (max) peakProcessRss = Number(max[1]) * 1024;
    const user = /User time \(seconds\): ([\d.]+)/.exec(time);
    const system = /System time \(seconds\): ([\d.]+)/.exec(time);
    if (user && system) cpuSeconds = Number(user[1]) + Number(system[1]);
  }
  const stats = existsSync(statsFile) ? JSON.parse(readFileSync(statsFile, 'utf8')) : undefined;
  writeFileSync(join(CACHE, `build-${stories}-${id}.log`), log);
  if (exitCode !== 0) {
    console.error(log.split('\n').slice(-40).join('\n'));
    throw new Error(`Bản dựng "${label}" thất bại (mã ${exitCode}); nhật ký: .cache/bench/build-${stories}-${id}.log`);
  }
  console.log(`  xong sau ${(wallMs / 1000).toFixed(1)} s, ${pages} trang, ${encoded} ảnh mã hóa, ${reused} ảnh lấy từ bộ đệm`);
  return { label, exitCode, wallMs, peakTreeRss, peakProcessRss, cpuSeconds, phases, images: { encoded, reused }, stats, pages, log: '' };
}

// ---------------------------------------------------------------------------------------------------
// Output measurements

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface OutputStats {
  distBytes: number;
  distFiles: number;
  storyPages: number;
  /** Medians over every story page, gzipped (level 9), in bytes. */
  storyMedian: { html: number; css: number; inlineCss: number; js: number; inlineScript: number; scriptFiles: number; htmlPlusCss: number };
}

function measureOutput(dist: string): OutputStats {
  const files = walk(dist);
  const distBytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const storyDir = join(dist, 'bai-viet');
  const pages = existsSync(storyDir)
    ? readdirSync(storyDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(storyDir, e.name, 'index.html')).filter(existsSync)
    : [];
  const assetGz = new Map<string, number>();
  const assetSize = (href: string): number => {
    if (!href.startsWith('/') || href.startsWith('//')) return 0;
    const path = join(dist, decodeURIComponent(href.split(/[?#]/)[0]!));
    let size = assetGz.get(path);
    if (size === undefined) {
      size = existsSync(path) ? gz(readFileSync(path)) : 0;
      assetGz.set(path, size);
    }
    return size;
  };
  const html: number[] = [];
  const css: number[] = [];
  const js: number[] = [];
  const inline: number[] = [];
  const inlineCss: number[] = [];
  const scriptFiles: number[] = [];
  const total: number[] = [];
  for (const page of pages) {
    const text = readFileSync(page, 'utf8');
    const h = gz(text);
    let c = 0;
    for (const m of text.matchAll(/<link\b[^>]*>/g)) {
      if (!/rel=["']?stylesheet/.test(m[0])) continue;
      const href = /href=["']?([^"' >]+)/.exec(m[0])?.[1];
      if (href) c += assetSize(href);
    }
    let j = 0;
    let files = 0;
    let inlineBytes = 0;
    for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attrs = m[1] ?? '';
      if (/type=["']?application\/(ld\+)?json/.test(attrs)) continue;
      const src = /src=["']?([^"' >]+)/.exec(attrs)?.[1];
      if (src) {
        files++;
        j += assetSize(src);
      } else inlineBytes += Buffer.byteLength(m[2] ?? '');
    }
    for (const m of text.matchAll(/<link\b[^>]*rel=["']?modulepreload[^>]*>/g)) {
      const href = /href=["']?([^"' >]+)/.exec(m[0])?.[1];
      if (href) {
        files++;
        j += assetSize(href);
      }
    }
    const styles = [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('');
    inlineCss.push(styles ? gz(styles) : 0);
    html.push(h);
    css.push(c);
    js.push(j);
    inline.push(inlineBytes);
    scriptFiles.push(files);
    total.push(h + c);
  }
  return {
    distBytes,
    distFiles: files.length,
    storyPages: pages.length,
    storyMedian: { html: median(html), css: median(css), inlineCss: median(inlineCss), js: median(js), inlineScript: median(inline), scriptFiles: median(scriptFiles), htmlPlusCss: median(total) },
  };
}

// ---------------------------------------------------------------------------------------------------
// Report

const mib = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / 2 ** 20).toFixed(0)} MiB`);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const s = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);

function bookletMarkdown(result: Report['booklet']): string {
  if (!result) return '';
  return [
    '',
    `## Ấn phẩm điện tử ${result.chapters} chương (EPUB + PDF)`,
    '',
    `Tổng ${s(result.totalMs)} (mục tiêu ≤ 10 s) · EPUB ${s(result.epub.ms)}, ${kb(result.epub.bytes)} · PDF ${s(result.pdf.ms)}, ${kb(result.pdf.bytes)}`,
    '',
  ].join('\n');
}

function markdown(report: Report): string {
  const lines: string[] = [];
  lines.push(`# pnpm bench — ${report.stories} bài viết`, '');
  lines.push(`${report.date} · ${report.machine} · dataset ${report.dataset.documents} tài liệu, ${report.dataset.images} ảnh gốc`, '');
  lines.push('| | ' + report.builds.map((b) => b.label).join(' | ') + ' |');
  lines.push('|---|' + report.builds.map(() => '---:').join('|') + '|');
  const row = (name: string, cell: (b: BuildRun) => string) => lines.push(`| ${name} | ${report.builds.map(cell).join(' | ')} |`);
  row('Thời gian dựng (wall)', (b) => s(b.wallMs));
  row('Bộ nhớ đỉnh (cả cây tiến trình)', (b) => mib(b.peakTreeRss));
  row('Bộ nhớ đỉnh (tiến trình lớn nhất)', (b) => mib(b.peakProcessRss));
  row('CPU (user+sys)', (b) => (b.cpuSeconds === undefined ? '–' : `${b.cpuSeconds.toFixed(0)} s`));
  row('Trang', (b) => String(b.pages));
  row('Trang / giây', (b) => (b.pages / (b.wallMs / 1000)).toFixed(1));
  const phaseNames = [...new Set(report.builds.flatMap((b) => Object.keys(b.phases)))];
  for (const name of phaseNames) {
    row(`Pha ${name}: thời gian · bộ nhớ đỉnh · CPU`, (b) => (b.phases[name] ? `${s(b.phases[name]!.ms)} · ${mib(b.phases[name]!.peakTreeRss)} · ${b.phases[name]!.cpuSeconds.toFixed(1)} s CPU` : '–'));
  }
  row('Ảnh mã hóa / lấy từ bộ đệm', (b) => `${b.images.encoded} / ${b.images.reused}`);
  const counterNames = [...new Set(report.builds.flatMap((b) => Object.keys(b.stats?.counters ?? {})))].sort();
  for (const name of counterNames) row(`Đếm: ${name}`, (b) => String(b.stats?.counters?.[name] ?? 0));
  lines.push('');
  const o = report.output;
  lines.push(`**dist**: ${mib(o.distBytes)}, ${o.distFiles} tệp; ${o.storyPages} trang bài viết.`, '');
  lines.push(
    `**Trang bài viết (trung vị, gzip)**: HTML ${kb(o.storyMedian.html)} (trong đó CSS nội tuyến ${kb(o.storyMedian.inlineCss ?? 0)}), tệp CSS ${kb(o.storyMedian.css)}, JS ${kb(o.storyMedian.js)} ` +
      `(${o.storyMedian.scriptFiles} tệp script; script nội tuyến ${o.storyMedian.inlineScript} B chưa nén); HTML + CSS ${kb(o.storyMedian.htmlPlusCss)}.`,
    '',
  );
  for (const line of searchTransferLines(report.search)) lines.push(line, '');
  return lines.join('\n');
}

interface Report {
  stories: number;
  date: string;
  machine: string;
  dataset: { key: string; documents: number; images: number; reused: boolean; generateMs: number };
  builds: BuildRun[];
  output: OutputStats;
  search: SearchStats[];
  /** A 40-chapter publication built as EPUB + PDF (issue target: ≤ 10 s for both). */
  booklet?: Awaited<ReturnType<typeof benchmarkBooklet>>;
}

// ---------------------------------------------------------------------------------------------------

mkdirSync(CACHE, { recursive: true });
mkdirSync(RESULTS, { recursive: true });
if (values.participation) {
  // Contest entries at national scale (scripts/bench/participation.ts): no site build, no dataset.
  const entries = Number(values.entries);
  const burst = Number(values.burst);
  if (!Number.isInteger(entries) || entries < 1 || !Number.isInteger(burst) || burst < 1) throw new Error('--entries và --burst phải là số nguyên dương.');
  const result = await runParticipationBench({ root: ROOT, entries, burst }, deskQueryTimes);
  const md = participationMarkdown(result);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(RESULTS, `participation-${entries}-${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(RESULTS, `participation-${entries}-${stamp}.md`), md);
  console.log(`\n${md}`);
  process.exit(result.stored === result.sent ? 0 : 1);
}
const dataset = await ensureDataset();
if (values.loop) {
  // The publishing loop (scripts/bench/publish-loop.ts): webhook → page served, instead of two builds.
  const result = await runPublishLoopBench({ root: ROOT, datasetDir: dataset.dir, stories, runs: Number(values.runs), cold: values.cold });
  const md = loopMarkdown(result);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(RESULTS, `loop-${stories}-${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(RESULTS, `loop-${stories}-${stamp}.md`), md);
  console.log(`\n${md}`);
  process.exit(0);
}
if (values.cold) {
  for (const dir of [`astro-cache-${stories}`, `og-cache-${stories}`]) rmSync(join(CACHE, dir), { recursive: true, force: true });
  rmSync(join(CACHE, `validation-${stories}.json`), { force: true });
  rmSync(join(SITE, '.cache', 'images'), { recursive: true, force: true });
}
// Inside site/ on purpose: for an outDir outside the working directory Astro writes its prerender
// bundle to site/.astro/.prerender/, which every other concurrent build shares (and deletes).
const outDir = join(SITE, '.cache', 'bench', `dist-${stories}`);
const runs: BuildRun[] = [];
if (builds === 0) {
  const previous = join(RESULTS, `latest-${stories}.json`);
  if (existsSync(previous)) runs.push(...(JSON.parse(readFileSync(previous, 'utf8')) as Report).builds);
} else runs.push(await build('first', values.cold ? 'lần 1 (bộ đệm trống)' : 'lần 1', dataset.dir, outDir));
if (builds > 1) runs.push(await build('second', 'lần 2 (không đổi nội dung)', dataset.dir, outDir));

const output = measureOutput(outDir);
const queries = values.query ? [values.query] : typicalQueries();
const search = values['no-browser'] ? [] : await measureSearchTransfer(outDir, queries);
const booklet = values['no-browser'] ? undefined : await benchmarkBooklet({ chapters: 40 });
const documents = ndjsonLines(readFileSync(join(dataset.dir, 'data.ndjson'), 'utf8')).length;
const report: Report = {
  stories,
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  dataset: { key: datasetKey(), documents, images, reused: dataset.reused, generateMs: Math.round(dataset.ms) },
  builds: runs,
  output,
  search,
  booklet,
};
const stamp = report.date.replace(/[:.]/g, '-');
const md = markdown(report) + bookletMarkdown(report.booklet);
writeFileSync(join(RESULTS, `bench-${stories}-${stamp}.json`), JSON.stringify(report, null, 2));
writeFileSync(join(RESULTS, `bench-${stories}-${stamp}.md`), md);
writeFileSync(join(RESULTS, `latest-${stories}.json`), JSON.stringify(report, null, 2));
writeFileSync(join(RESULTS, `latest-${stories}.md`), md);
console.log('\n' + md);
console.log(`\nĐã ghi bench-results/bench-${stories}-${stamp}.{json,md}`);
