// The booklets in the site build (site/src/integrations/booklets.ts): EPUB + PDF for every sample
// publication under /an-pham/<slug>/, download buttons with correct sizes, one web-reader page per
// chapter with "Chương i/n" and previous/next, the cache (a second build after the shared sample build
// reuses every booklet), and
// bad input: a left-out chapter is named, a booklet that cannot be rendered loses its button (the
// strict build fails instead).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_BUILD_ENV, type BuildStats, sampleBuild } from '../helpers/sample-build.ts';
import {
  decodeEntities,
  exists,
  pagePath,
  removeBuild,
  runBuild,
  sampleDatasetDir,
  type BuildResult,
} from '../site/helpers/build.ts';
import { brokenCopy, PUBLICATIONS, readZip, removeTemp, sampleChapters, tempDir } from './helpers.ts';

const SAMPLE_ENV = { CONTENT_DATASET: sampleDatasetDir, STRICT: undefined, SANITY_PROJECT_ID: undefined, SANITY_DATASET: undefined };
const SAMPLE = Object.values(PUBLICATIONS);
const NO_CHROMIUM = '/nonexistent/chromium';

type Stats = BuildStats;

let first: BuildResult;
let second: BuildResult;
let firstStats: Stats;
let secondStats: Stats;

const statsFile = () => join(tempDir('stats'), 'stats.json');
const readStats = (file: string): Stats => JSON.parse(readFileSync(file, 'utf8')) as Stats;
const html = (build: BuildResult, route: string) => readFileSync(pagePath(build.outDir, route), 'utf8');
const text = (fragment: string) => decodeEntities(fragment.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
const fileIn = (build: BuildResult, href: string) => join(build.outDir, decodeURIComponent(href));
const landing = (slug: string) => `/an-pham/${slug}/`;
const chapterRoute = (slug: string, n: number) => `/an-pham/${slug}/chuong-${n}/`;

interface Link {
  href: string;
  rel: string;
  label: string;
  attrs: string;
}
function links(page: string): Link[] {
  return [...page.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)].map((m) => ({
    href: decodeEntities(/\shref="([^"]*)"/.exec(m[1]!)?.[1] ?? ''),
    rel: /\srel="([^"]*)"/.exec(m[1]!)?.[1] ?? '',
    label: text(m[2]!),
    attrs: m[1]!,
  }));
}
const downloadLinks = (page: string) => links(page).filter((l) => /\.(epub|pdf)$/.test(l.href));

/** "Tải EPUB (1,3 MB)" → format and size in bytes as shown (vi-VN: comma decimals, at most one). */
function parseButton(label: string): { format: string; shown: number; unit: 'MB' | 'KB' } {
  const m = /^Tải (EPUB|PDF) \((\d+(?:,\d)?) (MB|KB)\)$/.exec(label);
  if (!m) throw new Error(`unexpected download label ${JSON.stringify(label)}`);
  return { format: m[1]!, shown: Number(m[2]!.replace(',', '.')), unit: m[3] as 'MB' | 'KB' };
}

beforeAll(async () => {
  // The first build is the shared sample build (tests/helpers/sample-build.ts), which ran in this
  // checkout and so filled its booklet cache; the second one, same inputs, must reuse all of it.
  const shared = await sampleBuild();
  first = shared;
  if (!shared.stats) throw new Error('the shared sample build has no statistics (E2E_DIST set?)');
  firstStats = shared.stats;
  const file = statsFile();
  second = await runBuild({ env: { ...SAMPLE_BUILD_ENV, BUILD_STATS_FILE: file } });
  if (second.code !== 0) throw new Error(`second sample build failed:\n${second.output.slice(-4000)}`);
  secondStats = readStats(file);
});
afterAll(() => {
  removeBuild(second);
  removeTemp();
});

describe('booklets in the sample build', () => {
  it('writes a valid-looking EPUB and PDF for every sample publication', () => {
    for (const { slug } of SAMPLE) {
      const epub = readFileSync(fileIn(first, `/an-pham/${slug}/${slug}.epub`));
      const entries = readZip(epub);
      expect(entries[0]?.name).toBe('mimetype');
      expect(entries[0]?.data.toString('ascii')).toBe('application/epub+zip');
      expect(entries.some((e) => e.name.endsWith('.opf'))).toBe(true);
      const pdf = readFileSync(fileIn(first, `/an-pham/${slug}/${slug}.pdf`));
      expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(10_000);
    }
    expect((firstStats.counters['booklet.generated'] ?? 0) + (firstStats.counters['booklet.reused'] ?? 0)).toBe(SAMPLE.length);
  });

  it('links both files from the landing page, with the size in Vietnamese', () => {
    for (const { slug } of SAMPLE) {
      const buttons = downloadLinks(html(first, landing(slug)));
      expect(buttons.map((b) => b.href).sort()).toEqual([`/an-pham/${slug}/${slug}.epub`, `/an-pham/${slug}/${slug}.pdf`]);
      for (const button of buttons) {
        const bytes = statSync(fileIn(first, button.href)).size;
        const { format, shown, unit } = parseButton(button.label);
        expect(format.toLowerCase()).toBe(button.href.split('.').pop());
        expect(button.attrs).toMatch(/\sdownload\b/);
        // 1 MB = 1024 × 1024 bytes, rounded to one decimal; below 1 MB whole kilobytes.
        if (bytes >= 1024 * 1024) {
          expect(unit).toBe('MB');
          expect(Math.abs(shown - bytes / (1024 * 1024))).toBeLessThanOrEqual(0.05 + 1e-9);
        } else {
          expect(unit).toBe('KB');
          expect(Math.abs(shown - bytes / 1024)).toBeLessThanOrEqual(0.5 + 1e-9);
        }
      }
    }
  });

  it('shows the landing page: foreword, table of contents linking every chapter, credits', () => {
    for (const { id, slug } of SAMPLE) {
      const page = html(first, landing(slug));
      const chapters = sampleChapters(id);
      expect(page).toContain('id="muc-luc"');
      expect(page).toContain('id="thuc-hien"');
      const toc = /<ol class="reader-toc">([\s\S]*?)<\/ol>/.exec(page)?.[1] ?? '';
      const tocLinks = links(toc);
      expect(tocLinks.map((l) => l.href)).toEqual(chapters.map((_, i) => chapterRoute(slug, i + 1)));
      expect(tocLinks.map((l) => l.label)).toEqual(chapters.map((c) => c.title));
    }
  });

  it('has one page per chapter with "Chương i/n", its title and text, and previous/next links', () => {
    for (const { id, slug } of SAMPLE) {
      const chapters = sampleChapters(id);
      const n = chapters.length;
      expect(n).toBeGreaterThan(3);
      chapters.forEach((chapter, index) => {
        const i = index + 1;
        const route = chapterRoute(slug, i);
        expect(exists(pagePath(first.outDir, route)), route).toBe(true);
        const page = html(first, route);
        expect(text(page)).toContain(`Chương ${i}/${n}`);
        expect(text(/<h1>([\s\S]*?)<\/h1>/.exec(page)?.[1] ?? '')).toBe(chapter.title);
        // The chapter's own text is on the page (first paragraph, whitespace-normalised).
        if (chapter.paragraphs[0]) expect(text(page)).toContain(chapter.paragraphs[0].replace(/\s+/g, ' ').trim().slice(0, 60));
        const all = links(page);
        const prev = all.filter((l) => l.rel === 'prev');
        const next = all.filter((l) => l.rel === 'next');
        expect(prev.map((l) => l.href)).toEqual(i > 1 ? [chapterRoute(slug, i - 1)] : []);
        expect(next.map((l) => l.href)).toEqual(i < n ? [chapterRoute(slug, i + 1)] : []);
        expect(page).not.toMatch(/<script\b[^>]*\bsrc=/);
      });
      expect(exists(pagePath(first.outDir, chapterRoute(slug, n + 1)))).toBe(false);
    }
  });

  it('lists the publications on the home page and the /an-pham/ index', () => {
    for (const route of ['/', '/an-pham/']) {
      const hrefs = links(html(first, route)).map((l) => l.href);
      for (const { slug } of SAMPLE) expect(hrefs, route).toContain(landing(slug));
    }
  });

  it('reuses every cached booklet on a second build: nothing regenerated, identical files', () => {
    expect(secondStats.counters['booklet.reused']).toBe(SAMPLE.length);
    expect(secondStats.counters['booklet.generated'] ?? 0).toBe(0);
    for (const { slug } of SAMPLE) {
      for (const format of ['epub', 'pdf']) {
        const href = `/an-pham/${slug}/${slug}.${format}`;
        expect(readFileSync(fileIn(second, href)).equals(readFileSync(fileIn(first, href))), href).toBe(true);
      }
    }
  });
});

describe('booklets with bad input', () => {
  let lenient: BuildResult;
  let strict: BuildResult;

  beforeAll(async () => {
    // The A5 booklet gains a chapter whose story does not exist (weak reference, as Sanity keeps
    // after a deletion); Chromium cannot start, so no PDF can be made. Empty caches: nothing reused.
    const broken = brokenCopy((docs) => {
      const publication = docs.find((d) => d._id === PUBLICATIONS.a5.id)!;
      (publication.chapters as unknown[]).splice(1, 0, { _type: 'storyChapter', _key: 'missing01', story: { _type: 'reference', _ref: 'story.khong-ton-tai', _weak: true } });
    });
    // One after the other: two builds of the same site directory share site/.astro/.
    lenient = await runBuild({ env: { ...SAMPLE_ENV, CONTENT_DATASET: broken, CHROMIUM_PATH: NO_CHROMIUM, BOOKLET_CACHE_DIR: tempDir('cache') } });
    strict = await runBuild({ env: { ...SAMPLE_ENV, STRICT: '1', CHROMIUM_PATH: NO_CHROMIUM, BOOKLET_CACHE_DIR: tempDir('cache') } });
  });
  afterAll(() => {
    removeBuild(lenient);
    removeBuild(strict);
  });

  it('names the publication and the story of a left-out chapter, and numbers the rest without it', () => {
    expect(lenient.code, lenient.output.slice(-3000)).toBe(0);
    expect(lenient.output).toMatch(new RegExp(`${PUBLICATIONS.a5.id.replace(/\./g, '\\.')}.*story\\.khong-ton-tai`));
    const n = sampleChapters(PUBLICATIONS.a5.id).length;
    expect(text(html(lenient, chapterRoute(PUBLICATIONS.a5.slug, 2)))).toContain(`Chương 2/${n}`);
    expect(exists(pagePath(lenient.outDir, chapterRoute(PUBLICATIONS.a5.slug, n + 1)))).toBe(false);
  });

  it('reports a booklet that cannot be built in one Vietnamese sentence and leaves its button out', () => {
    for (const { id, slug } of SAMPLE) {
      expect(lenient.output).toMatch(new RegExp(`Không tạo được bản PDF của ấn phẩm «[^»]+» \\(${id.replace(/\./g, '\\.')}\\)`));
      const buttons = downloadLinks(html(lenient, landing(slug)));
      expect(buttons.map((b) => b.href)).toEqual([`/an-pham/${slug}/${slug}.epub`]);
      expect(exists(fileIn(lenient, `/an-pham/${slug}/${slug}.epub`))).toBe(true);
      expect(exists(fileIn(lenient, `/an-pham/${slug}/${slug}.pdf`))).toBe(false);
    }
    expect(lenient.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('fails the strict build instead', () => {
    expect(strict.code).not.toBe(0);
    expect(strict.output).toContain('Chế độ nghiêm ngặt');
    expect(strict.output).toMatch(/Không tạo được bản PDF của ấn phẩm «[^»]+»/);
  });
});
