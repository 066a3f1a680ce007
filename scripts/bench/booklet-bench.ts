// Booklet benchmark: a synthetic 40-chapter publication (stories from synthetic-dataset.ts) built as
// EPUB + PDF, timed. Target: ≤ 10 s for both on the 2-core machine.
//
//   pnpm exec node scripts/bench/booklet-bench.ts [--chapters 40] [--json]
//
// `pnpm bench` runs it as a child process and reads the last stdout line (`--json`); in-process
// callers use `benchmarkBooklet()`.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readNdjsonFile, writeNdjsonFile } from '../../schemas/util/ndjson.ts';
import { buildBooklet, launchPdfRenderer } from '../../site/src/lib/booklet/index.ts';
import { prepareContent } from '../../site/src/lib/content/index.ts';
import { writeSyntheticDataset } from './synthetic-dataset.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface BookletBenchResult {
  chapters: number;
  /** Loading the publication + resizing its images (ms). */
  prepareMs: number;
  /** Starting Chromium (ms), once per build. */
  browserMs: number;
  epub: { ms: number; bytes: number };
  pdf: { ms: number; bytes: number; pages?: number };
  /** prepare + browser + EPUB + PDF (ms): the number held against the 10 s target. */
  totalMs: number;
}

export const BENCH_SLUG = 'an-pham-do-hieu-nang';

/** Writes (or reuses) the synthetic dataset with one publication of `chapters` story chapters. */
export async function syntheticBookletDataset(chapters = 40, dir = join(ROOT, '.cache', 'bench', `booklet-${chapters}`)): Promise<string> {
  const marker = join(dir, '.booklet-ready');
  if (existsSync(marker)) return dir;
  await writeSyntheticDataset({ stories: chapters, images: 16, outDir: dir });
  const docs = readNdjsonFile<{ _id: string; _type: string; cover?: unknown }>(join(dir, 'data.ndjson'));
  const storyIds = docs.filter((d) => d._type === 'story').map((d) => d._id);
  const block = (key: string, text: string) => ({ _type: 'block', _key: key, style: 'normal', markDefs: [], children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }] });
  const cover = docs.find((d) => d._type === 'story')?.cover;
  const publication = {
    _id: `publication.${BENCH_SLUG}`,
    _type: 'publication',
    title: 'Ấn phẩm đo hiệu năng: bốn mươi gương sáng',
    slug: { _type: 'slug', current: BENCH_SLUG },
    edition: 'Bản đo hiệu năng',
    year: 2026,
    cover,
    foreword: [block('f1', 'Lời nói đầu của ấn phẩm tổng hợp dùng để đo thời gian dựng EPUB và PDF.')],
    chapters: storyIds.slice(0, chapters).map((id, i) => ({ _type: 'storyChapter', _key: `c${i}`, story: { _type: 'reference', _ref: id } })),
    credits: [{ _type: 'credit', _key: 'cr1', person: { _type: 'reference', _ref: 'person.p00000' }, role: 'bien-tap' }],
    publishedAt: '2026-01-15T08:00:00Z',
    pageSize: 'A5',
  };
  writeNdjsonFile(join(dir, 'data.ndjson'), [...docs, publication]);
  writeFileSync(marker, '');
  return dir;
}

/** Times one EPUB + PDF build of the synthetic publication (content check excluded). */
export async function benchmarkBooklet(options: { chapters?: number; outDir?: string } = {}): Promise<BookletBenchResult> {
  const chapters = options.chapters ?? 40;
  const dataset = await syntheticBookletDataset(chapters);
  const prepared = await prepareContent({ env: { CONTENT_DATASET: dataset }, argv: [] });
  const t0 = performance.now();
  const renderer = await launchPdfRenderer();
  const browserMs = performance.now() - t0;
  try {
    const result = await buildBooklet({
      source: prepared.source,
      locate: prepared.locateAsset,
      slug: BENCH_SLUG,
      formats: ['epub', 'pdf'],
      outDir: options.outDir ?? join(ROOT, '.cache', 'bench', 'booklet-out'),
      pdfRenderer: renderer,
    });
    const epub = result.files.find((f) => f.format === 'epub')!;
    const pdf = result.files.find((f) => f.format === 'pdf')!;
    return {
      chapters: result.model.chapters.length,
      prepareMs: result.prepareMs,
      browserMs,
      epub: { ms: epub.ms, bytes: epub.bytes },
      pdf: { ms: pdf.ms, bytes: pdf.bytes },
      totalMs: result.prepareMs + browserMs + epub.ms + pdf.ms,
    };
  } finally {
    await renderer.close();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { chapters: { type: 'string', default: '40' }, json: { type: 'boolean', default: false } } });
  const result = await benchmarkBooklet({ chapters: Number(values.chapters) });
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  console.log(`Ấn phẩm ${result.chapters} chương: chuẩn bị ${s(result.prepareMs)}, Chromium ${s(result.browserMs)}`);
  console.log(`  EPUB ${s(result.epub.ms)} · ${mb(result.epub.bytes)}`);
  console.log(`  PDF  ${s(result.pdf.ms)} · ${mb(result.pdf.bytes)}`);
  console.log(`  Tổng ${s(result.totalMs)} (mục tiêu ≤ 10 s)`);
  if (values.json) console.log(JSON.stringify(result));
}
