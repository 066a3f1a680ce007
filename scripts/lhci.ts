// `pnpm lhci [--dist site/dist] [--out .lighthouseci] [--preset mobile|desktop|both]`
//
// Lighthouse CI on the built site: `lhci autorun` (collect, assert, upload to a filesystem target)
// once per preset with .lighthouserc.cjs (pages, floors), then a table of every page's scores. Uses
// Debian's Chromium (CHROME_PATH, default /usr/bin/chromium) and nothing from the network. Exit code
// 1 when any assertion fails (LHCI prints which).
//
// Runs on Node 24's type stripping (`node scripts/lhci.ts`).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const LHCI_BIN = join(ROOT, 'node_modules', '.bin', 'lhci');
export const PRESETS = ['mobile', 'desktop'] as const;
export type Preset = (typeof PRESETS)[number];

export interface PageScores {
  preset: Preset;
  url: string;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  cls: number | null;
}

export interface LhciRun {
  preset: Preset;
  code: number | null;
  output: string;
  /** The LHRs the filesystem target wrote (manifest.json lists them). */
  reports: LighthouseResult[];
}

/** The parts of a Lighthouse result (LHR) read here and by the test. */
export interface LighthouseResult {
  requestedUrl: string;
  finalDisplayedUrl: string;
  runtimeError?: { code: string; message: string };
  configSettings: { formFactor: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { id: string; score: number | null; scoreDisplayMode: string; numericValue?: number; displayValue?: string }>;
}

/** One `lhci autorun` of the page list with one preset; the reports are read from `outDir/<preset>`. */
export function runLhci(options: { dist: string; outDir: string; preset: Preset }): Promise<LhciRun> {
  const outputDir = join(options.outDir, options.preset);
  // Not LHCI_*: LHCI reads every LHCI_<OPTION> variable as a command-line option of each command.
  const env = {
    ...process.env,
    GS_LHCI_PRESET: options.preset,
    GS_LHCI_DIST: options.dist,
    GS_LHCI_OUTPUT_DIR: outputDir,
    CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium',
    // Node 24 from node_modules/.bin runs lhci and the Lighthouse it starts.
    PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
  };
  return new Promise((done, fail) => {
    // Each preset collects into its own working folder (.lighthouseci is LHCI's scratch space).
    const child = spawn(LHCI_BIN, ['autorun', `--config=${join(ROOT, '.lighthouserc.cjs')}`], { cwd: options.outDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ preset: options.preset, code, output, reports: readReports(outputDir) }));
  });
}

function readReports(outputDir: string): LighthouseResult[] {
  const manifest = join(outputDir, 'manifest.json');
  if (!existsSync(manifest)) return [];
  // With several runs of a URL, LHCI writes each (same file name: the median run last) and marks its
  // median run as the representative one: that is the report kept, one per URL.
  const entries = JSON.parse(readFileSync(manifest, 'utf8')) as { jsonPath: string; isRepresentativeRun?: boolean }[];
  return entries.filter((entry) => entry.isRepresentativeRun !== false).map((entry) => JSON.parse(readFileSync(resolve(outputDir, entry.jsonPath), 'utf8')) as LighthouseResult);
}

export function scoresOf(preset: Preset, lhr: LighthouseResult): PageScores {
  const score = (id: string) => lhr.categories[id]?.score ?? null;
  return {
    preset,
    url: new URL(lhr.requestedUrl).pathname + new URL(lhr.requestedUrl).search,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
  };
}

/** A plain-text table: one line per page and preset, scores ×100, and the audits that failed or scored poorly. */
export function scoreTable(runs: LhciRun[]): string {
  const pct = (v: number | null) => (v === null ? '  —' : String(Math.round(v * 100)).padStart(3));
  const lines = ['preset   perf a11y  b-p  seo    cls  page'];
  for (const run of runs) {
    for (const lhr of run.reports) {
      const s = scoresOf(run.preset, lhr);
      // Audits that count towards a category score (weight > 0): failed ones, and metrics below "good" (0.9).
      const weighted = new Set(Object.values(lhr.categories).flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id)));
      const failing = Object.values(lhr.audits)
        .filter((a) => weighted.has(a.id) && a.score !== null && a.score < (a.scoreDisplayMode === 'numeric' ? 0.9 : 1))
        .map((a) => a.id);
      lines.push(
        `${s.preset.padEnd(8)} ${pct(s.performance)}  ${pct(s.accessibility)}  ${pct(s.bestPractices)}  ${pct(s.seo)}  ${s.cls === null ? '    —' : s.cls.toFixed(3)}  ${s.url}` +
          (lhr.runtimeError ? `  LỖI ${lhr.runtimeError.code}` : '') +
          (failing.length ? `  [${failing.join(', ')}]` : ''),
      );
    }
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: 'site/dist' }, out: { type: 'string', default: '.lighthouseci' }, preset: { type: 'string', default: 'both' } },
  });
  const dist = resolve(values.dist);
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`Không thấy bản dựng ở ${dist}: chạy \`pnpm build\` trước, hoặc chỉ thư mục bằng --dist.`);
    return 1;
  }
  const presets = values.preset === 'both' ? PRESETS : PRESETS.filter((p) => p === values.preset);
  if (presets.length === 0) {
    console.error(`--preset phải là mobile, desktop hoặc both (nhận được ${JSON.stringify(values.preset)}).`);
    return 1;
  }
  const outDir = resolve(values.out);
  const { mkdirSync } = await import('node:fs');
  mkdirSync(outDir, { recursive: true });
  const runs: LhciRun[] = [];
  for (const preset of presets) {
    console.log(`Lighthouse CI (${preset}) trên ${dist}…`);
    const run = await runLhci({ dist, outDir, preset });
    if (run.code !== 0) console.log(run.output);
    runs.push(run);
  }
  console.log(scoreTable(runs));
  const failed = runs.filter((r) => r.code !== 0).map((r) => r.preset);
  if (failed.length) console.error(`Lighthouse CI không đạt (${failed.join(', ')}): xem các khẳng định ở trên.`);
  return failed.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
