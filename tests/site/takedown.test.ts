// Takedowns and scheduled stories, through two real builds of a copy of the sample (the second an
// incremental rebuild, as the site server runs it):
//   build 1 (clock before Y's time): X and exemplar E are public; Y is scheduled, so nowhere.
//   build 2 (X and E deleted, clock past Y's time): X and E are nowhere; Y is everywhere.
// "Everywhere" is every file of the output: pages, feeds, sitemap, open data, the Pagefind index
// (inflated), the OG image files, and the booklets' EPUB (unzipped) and PDF (pdftotext) text.
// Each document gets a distinctive title so a hit cannot be a coincidence.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyDataset, readDocs, writeDocs, type Doc } from '../content/helpers/sample.ts';
import { removeScratch } from '../content/helpers/scratch.ts';
import { decodeEntities, exists, fileText, listFiles, removeBuild, runBuild, type BuildResult } from './helpers/build.ts';

const X_TITLE = 'Bài kiểm thử gỡ xuống Ngân Hà 7Q';
const Y_TITLE = 'Bài hẹn giờ kiểm thử Sao Mai 9Z';
const E_NAME = 'Cô giáo kiểm thử Hoạ Mi 5K';
const Y_AT = '2026-12-05T02:00:00Z';

/** Every text an output file carries, by path: decoded HTML, inflated index files, EPUB and PDF text. */
function outputTexts(outDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of listFiles(outDir)) {
    const name = relative(outDir, file);
    if (/\.(avif|webp|jpe?g|png|gif|mp3|m4a|wasm)$/i.test(file)) texts.set(name, '');
    else if (file.endsWith('.epub')) texts.set(name, execFileSync('unzip', ['-p', file], { maxBuffer: 1 << 28 }).toString('utf8').normalize('NFC'));
    // pdftotext breaks lines where the page does: join them back.
    else if (file.endsWith('.pdf')) texts.set(name, execFileSync('pdftotext', ['-q', file, '-'], { maxBuffer: 1 << 28 }).toString('utf8').replace(/\s+/g, ' ').normalize('NFC'));
    else texts.set(name, decodeEntities(fileText(file)).normalize('NFC'));
  }
  return texts;
}

/** Output files that mention any of `needles` (or whose own path does). */
function filesMentioning(texts: Map<string, string>, needles: string[]): string[] {
  return [...texts].filter(([name, text]) => needles.some((n) => text.includes(n) || decodeURIComponent(name).includes(n))).map(([name]) => name);
}

const slugOf = (doc: Doc) => (doc.slug as { current: string }).current;

describe('takedowns and scheduled stories reach every output', () => {
  let first: BuildResult | undefined;
  let second: BuildResult | undefined;
  let x: Doc, y: Doc, e: Doc;
  const cacheRoot = mkdtempSync(join(tmpdir(), 'guong-sang-takedown-'));

  beforeAll(async () => {
    const dir = copyDataset('takedown');
    const docs = readDocs(dir);
    const published = docs.filter((d) => !d._id.startsWith('drafts.'));
    // X and Y are booklet chapters, so the booklets must change too.
    const chapterIds = new Set(published.filter((d) => d._type === 'publication').flatMap((d) => [...JSON.stringify(d).matchAll(/"_ref":"([^"]+)"/g)].map((m) => m[1]!)));
    const chapters = published.filter((d) => d._type === 'story' && chapterIds.has(d._id));
    expect(chapters.length).toBeGreaterThanOrEqual(2);
    [x, y] = [chapters[0]!, chapters[1]!];
    e = published.find((d) => d._type === 'exemplar')!;
    x.title = X_TITLE;
    y.title = Y_TITLE;
    y.publishedAt = Y_AT;
    delete y.updatedAt;
    e.name = E_NAME;
    // A booklet chapter may carry its own title; make it the story's, so the booklet files show it.
    for (const publication of published.filter((d) => d._type === 'publication')) {
      for (const chapter of (publication.chapters ?? []) as { story?: { _ref?: string }; title?: string }[]) {
        if (chapter.story?._ref === x._id) chapter.title = X_TITLE;
        if (chapter.story?._ref === y._id) chapter.title = Y_TITLE;
      }
    }
    writeDocs(dir, docs);
    const env = { CONTENT_DATASET: dir, BUILD_TIME: '2026-12-02T01:00:00Z', OG_CACHE_DIR: join(cacheRoot, 'og'), VALIDATION_CACHE_FILE: join(cacheRoot, 'validation.json') };
    first = await runBuild({ env });
    expect(first.code, first.output.slice(-3000)).toBe(0);
    writeDocs(dir, readDocs(dir).filter((d) => d._id !== x._id && d._id !== e._id));
    second = await runBuild({ env: { ...env, BUILD_TIME: '2026-12-05T02:01:00Z' } });
    expect(second.code, second.output.slice(-3000)).toBe(0);
  }, 900_000);

  afterAll(() => {
    removeBuild(first);
    removeBuild(second);
    rmSync(cacheRoot, { recursive: true, force: true });
    removeScratch();
  });

  const xNeedles = () => [X_TITLE, `/bai-viet/${slugOf(x)}/`, `og/${slugOf(x)}.jpg`];
  const yNeedles = () => [Y_TITLE, `/bai-viet/${slugOf(y)}/`, `og/${slugOf(y)}.jpg`];
  const eNeedles = () => [E_NAME, `/guong-dien-hinh/${slugOf(e)}/`];

  it('build 1: X and E are public in every kind of output, Y is nowhere', () => {
    const texts = outputTexts(first!.outDir);
    const xFiles = filesMentioning(texts, xNeedles());
    for (const kind of [/^bai-viet\/[^/]+\/index\.html$/, /^index\.html$|^luu-tru\//, /rss\.xml$/, /^sitemap/, /^pagefind\/fragment\//, /^og\//, /\.epub$/, /\.pdf$/]) {
      expect(xFiles.some((f) => kind.test(f)), `X in ${kind}`).toBe(true);
    }
    const eFiles = filesMentioning(texts, eNeedles());
    for (const kind of [/^guong-dien-hinh\/[^/]+\/index\.html$/, /^du-lieu-mo\/guong-dien-hinh\.(csv|json)$/, /^sitemap/, /^pagefind\/fragment\//]) {
      expect(eFiles.some((f) => kind.test(f)), `E in ${kind}`).toBe(true);
    }
    expect(filesMentioning(texts, yNeedles())).toEqual([]);
  });

  it('build 2: X and E are gone from every output, and Y is public everywhere X was', () => {
    const texts = outputTexts(second!.outDir);
    expect(filesMentioning(texts, xNeedles())).toEqual([]);
    expect(filesMentioning(texts, eNeedles())).toEqual([]);
    expect(exists(join(second!.outDir, 'bai-viet', slugOf(x)))).toBe(false);
    const yFiles = filesMentioning(texts, yNeedles());
    for (const kind of [/^bai-viet\/[^/]+\/index\.html$/, /^index\.html$|^luu-tru\//, /rss\.xml$/, /^sitemap/, /^pagefind\/fragment\//, /^og\//, /\.epub$/, /\.pdf$/]) {
      expect(yFiles.some((f) => kind.test(f)), `Y in ${kind}`).toBe(true);
    }
  });

  it('build 2 (incremental): every image a page links is in the output', () => {
    const texts = outputTexts(second!.outDir);
    const linked = new Set([...texts].filter(([name]) => name.endsWith('.html')).flatMap(([, text]) => [...text.matchAll(/\/_astro\/[\w.-]+/g)].map((m) => m[0])));
    expect(linked.size).toBeGreaterThan(10);
    expect([...linked].filter((path) => !exists(join(second!.outDir, path)))).toEqual([]);
  });
});
