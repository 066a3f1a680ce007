// The search index split in two bundles (lib/search/bundles.ts), in Chromium: the sample build's
// index is written again, as the site server's deferred step does (site/scripts/search-index.mjs on a
// hard-linked copy), with SEARCH_RECENT_STORIES set so the small sample splits: the newest stories
// and every other page in /pagefind/, the older stories in /pagefind-luu-tru/. Expectations come from
// the dataset's ndjson (stories, their dates and titles), not from our route data or the indexer.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { isolatedContext, launchChromium, serveDir, siteDist, type SiteServer } from './helpers/index.ts';
import { layoutShifts, watchLayoutShifts } from './helpers/layout-shift.ts';
import { isDraft, readNdjson, repoRoot, sampleDatasetDir, slugOf } from '../site/helpers/build.ts';

const run = promisify(execFile);

interface Story {
  url: string;
  title: string;
  publishedAt: string;
}

let dist: string;
let copy: string;
let server: SiteServer;
let browser: Browser;
let stories: Story[];
/** The expected split, from the dataset: the newest RECENT stories (and their date's ties) vs the rest. */
let recent: Set<string>;
let older: Set<string>;
let indexerOutput: string;

const yearInVietnam = (iso: string) => new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date(iso));

beforeAll(async () => {
  dist = await siteDist();
  // Published stories with a page in the build (a taken-down story has none), newest first.
  stories = readNdjson(sampleDatasetDir)
    .filter((doc) => doc._type === 'story' && !isDraft(doc) && typeof doc.publishedAt === 'string')
    .map((doc) => ({ url: `/bai-viet/${slugOf(doc)}/`, title: String(doc.title), publishedAt: String(doc.publishedAt) }))
    .filter((story) => existsSync(join(dist, story.url, 'index.html')))
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
  const keep = Math.ceil(stories.length / 2);
  const line = Date.parse(stories[keep - 1]!.publishedAt);
  recent = new Set(stories.filter((s) => Date.parse(s.publishedAt) >= line).map((s) => s.url));
  older = new Set(stories.filter((s) => Date.parse(s.publishedAt) < line).map((s) => s.url));

  copy = mkdtempSync(join(tmpdir(), 'guong-sang-split-'));
  // Hard links, like the site server's search step; the indexer removes (never rewrites) the old bundles.
  await run('cp', ['-al', `${dist}/.`, copy]);
  const out = await run(process.execPath, [join(repoRoot, 'site/scripts/search-index.mjs'), copy], {
    cwd: repoRoot,
    env: { ...process.env, SEARCH_RECENT_STORIES: String(keep) },
  });
  indexerOutput = out.stdout + out.stderr;
  server = await serveDir(copy);
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close().catch(() => {});
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
}, 60_000);

/** A fresh context and page; `archive` lists every request the page made to the archive bundle. */
async function open(path: string, viewport = { width: 1280, height: 900 }) {
  const { context } = await isolatedContext(browser, server.origin, { viewport });
  const page = await context.newPage();
  const archive: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind-luu-tru/')) archive.push(request.url());
  });
  if (path) await page.goto(server.url(path));
  return { page, context, archive };
}

async function settled(page: Page) {
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-search-page]');
    return root && !root.hasAttribute('aria-busy') && /kết quả/.test(document.querySelector('[data-search-status]')?.textContent ?? '');
  });
}
const hrefs = (page: Page) =>
  page.locator('[data-search-results] > li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
/** Every result, pressing "Xem thêm kết quả" until it is gone. */
async function allHrefs(page: Page) {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = (await hrefs(page)).length;
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, before);
  }
  return hrefs(page);
}
const resultCount = async (page: Page) => Number(/Tìm thấy ([\d.]+)/.exec((await page.locator('[data-search-status]').innerText()) ?? '')?.[1]?.replace(/\./g, '') ?? 0);

describe('search index in two bundles', () => {
  it('the sample splits: both bundles exist, every story is in exactly one, by date; other pages only in the main one', async () => {
    expect(older.size).toBeGreaterThan(5);
    expect(recent.size).toBeGreaterThan(5);
    expect(indexerOutput).toMatch(/Đã lập chỉ mục tìm kiếm cho \d+ trang/);
    for (const bundle of ['pagefind', 'pagefind-luu-tru']) expect(existsSync(join(copy, bundle, 'pagefind.js')), bundle).toBe(true);
    const split = JSON.parse(readFileSync(join(copy, 'pagefind', 'guong-sang-split.json'), 'utf8')) as Record<string, unknown>;
    expect(split).toMatchObject({ archive: '/pagefind-luu-tru/', recentStories: recent.size, archivedStories: older.size });

    // Every page each bundle holds, read through Pagefind's own API in the browser.
    const { page, context } = await open('/tim-kiem/');
    // A string, not a function: vitest would rewrite a function's import() for Node.
    const urls = (bundle: string, filters: Record<string, string>) =>
      page.evaluate(`(async () => {
        const pf = await import(location.origin + ${JSON.stringify(bundle)} + 'pagefind.js');
        await pf.options({ noWorker: true, baseUrl: '/' });
        const response = await pf.search(null, { filters: ${JSON.stringify(filters)} });
        const data = await Promise.all(response.results.map((r) => r.data()));
        return data.map((d) => new URL(d.url, location.origin).pathname).sort();
      })()`) as Promise<string[]>;
    const mainStories = await urls('/pagefind/', { type: 'Bài viết' });
    const archiveStories = await urls('/pagefind-luu-tru/', { type: 'Bài viết' });
    expect(mainStories).toEqual([...recent].sort());
    expect(archiveStories).toEqual([...older].sort());
    expect(mainStories.filter((url) => archiveStories.includes(url))).toEqual([]);
    expect(await urls('/pagefind-luu-tru/', { type: 'Gương điển hình' })).toEqual([]);
    expect((await urls('/pagefind/', { type: 'Gương điển hình' })).length).toBeGreaterThan(0);
    await context.close();
  });

  it('a query with a page of recent results asks nothing of the archive until the reader presses the button', async () => {
    const { page, context, archive } = await open('/tim-kiem/?q=tr%C6%B0%E1%BB%9Dng');
    await settled(page);
    await page.waitForLoadState('networkidle');
    const before = await resultCount(page);
    expect(before).toBeGreaterThanOrEqual(10);
    const firstPage = await hrefs(page);
    expect(firstPage.filter((url) => older.has(url))).toEqual([]);
    expect(await page.locator('[data-search-status]').innerText()).toMatch(/Muốn tìm cả bài đăng trước \d{1,2}\/\d{1,2}\/\d{4}, hãy xem hết kết quả hoặc chọn năm\.$/);
    // The button stands where the archive's results will appear: after the last main result.
    const button = page.locator('[data-search-archive]');
    expect(await button.isHidden()).toBe(before > 10);
    const mainOnly = await allHrefs(page);
    expect(mainOnly).toHaveLength(before);
    expect(mainOnly.filter((url) => older.has(url))).toEqual([]);
    expect(archive).toEqual([]);
    expect(await button.innerText()).toMatch(/^Tìm cả trong bài cũ hơn \(đăng trước \d{1,2}\/\d{1,2}\/\d{4}\)$/);

    await button.click();
    await page.waitForFunction(() => document.querySelector('[data-search-archive]')?.hasAttribute('hidden'));
    await settled(page);
    expect(archive.length).toBeGreaterThan(0);
    expect(await resultCount(page)).toBeGreaterThan(before);
    expect(await page.locator('[data-search-status]').innerText()).toMatch(/trong đó \d+ bài đăng trước/);
    // The keyboard lands on the first older result, right after the main ones.
    const focused = await page.evaluate(() => (document.activeElement instanceof HTMLAnchorElement ? new URL(document.activeElement.href).pathname : ''));
    expect(older.has(focused)).toBe(true);
    const all = await allHrefs(page);
    // Results already on screen stay where they were; the archive's come after every main result.
    expect(all.slice(0, mainOnly.length)).toEqual(mainOnly);
    expect(all[mainOnly.length]).toBe(focused);
    expect(all.slice(mainOnly.length).every((url) => older.has(url))).toBe(true);
    await context.close();
  });

  it('an old story is found through the archive without a click, and the results arrive without layout shift', async () => {
    const oldest = stories.at(-1)!;
    expect(older.has(oldest.url)).toBe(true);
    const { page, context, archive } = await open('', { width: 1280, height: 800 });
    await watchLayoutShifts(page);
    await page.goto(server.url(`/tim-kiem/?q=${encodeURIComponent(oldest.title)}`));
    await settled(page);
    await page.waitForLoadState('networkidle');
    expect(archive.length).toBeGreaterThan(0);
    expect(await hrefs(page)).toContain(oldest.url);
    expect(await page.locator('[data-search-archive]').isHidden()).toBe(true);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const { shifts, total } = await layoutShifts(page);
    expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(0.05);
    await context.close();
  });

  it('a year filter for an old year goes straight to the archive; a recent year never touches it', async () => {
    const oldYear = yearInVietnam(stories.at(-1)!.publishedAt);
    const expected = stories.filter((s) => yearInVietnam(s.publishedAt) === oldYear).map((s) => s.url).sort();
    const { page, context, archive } = await open(`/tim-kiem/?loai=${encodeURIComponent('Bài viết')}&nam=${oldYear}`);
    await settled(page);
    expect(archive.length).toBeGreaterThan(0);
    expect((await allHrefs(page)).sort()).toEqual(expected);
    await context.close();

    const newYear = yearInVietnam(stories[0]!.publishedAt);
    const newest = stories.filter((s) => yearInVietnam(s.publishedAt) === newYear).map((s) => s.url).sort();
    expect(newest.every((url) => recent.has(url))).toBe(true);
    const again = await open(`/tim-kiem/?loai=${encodeURIComponent('Bài viết')}&nam=${newYear}`);
    await settled(again.page);
    await again.page.waitForLoadState('networkidle');
    // Even with fewer than a page of results: the archive holds nothing that recent.
    expect((await allHrefs(again.page)).sort()).toEqual(newest);
    expect(again.archive).toEqual([]);
    await again.context.close();
  });
});
