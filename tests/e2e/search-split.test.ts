// The search index split in two bundles (lib/search/bundles.ts), in Chromium: the sample build's
// index is written again, as the site server's deferred step does (site/scripts/search-index.mjs on a
// hard-linked copy), with SEARCH_RECENT_STORIES set so the small sample splits: the newest stories
// and every other page in /pagefind/, the older stories in /pagefind-luu-tru/ (in parts, with
// SEARCH_ARCHIVE_PART_STORIES set so the sample's archive has three). Expectations come from
// the dataset's ndjson (stories, their dates and titles), not from our route data or the indexer.
// Then the same indexer is given that index as the previous one (`--previous`, as the site server
// does): an unchanged site, an edited old story and one new story show when the archive bundle is
// reused (hard links of the previous files) and when it is written again, searched from Node with
// each bundle's own pagefind.js.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { SearchSplit } from '../../site/src/lib/search/bundles.ts';
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
/** SEARCH_RECENT_STORIES for every run of the indexer here: half the sample's stories. */
let keep: number;
/** SEARCH_ARCHIVE_PART_STORIES: a third of the archive, so it is written (and searched) in three parts. */
let partSize: number;
/** The archived stories' URLs part by part, oldest first (from the dataset). */
let expectedParts: string[][];
const indexEnv = () => ({ ...process.env, SEARCH_RECENT_STORIES: String(keep), SEARCH_ARCHIVE_PART_STORIES: String(partSize) });
/** Folders made by the tests with `--previous`, and the servers searching them (closed after). */
const reindexed: string[] = [];
const servers: SiteServer[] = [];
const indexer = join(repoRoot, 'site/scripts/search-index.mjs');

const yearInVietnam = (iso: string) => new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date(iso));

beforeAll(async () => {
  dist = await siteDist();
  // Published stories with a page in the build (a taken-down story has none), newest first.
  stories = readNdjson(sampleDatasetDir)
    .filter((doc) => doc._type === 'story' && !isDraft(doc) && typeof doc.publishedAt === 'string')
    .map((doc) => ({ url: `/bai-viet/${slugOf(doc)}/`, title: String(doc.title), publishedAt: String(doc.publishedAt) }))
    .filter((story) => existsSync(join(dist, story.url, 'index.html')))
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
  keep = Math.ceil(stories.length / 2);
  const line = Date.parse(stories[keep - 1]!.publishedAt);
  recent = new Set(stories.filter((s) => Date.parse(s.publishedAt) >= line).map((s) => s.url));
  older = new Set(stories.filter((s) => Date.parse(s.publishedAt) < line).map((s) => s.url));
  partSize = Math.ceil(older.size / 3);
  const oldestFirst = stories.filter((s) => older.has(s.url)).reverse();
  expectedParts = [0, 1, 2].map((i) => oldestFirst.slice(i * partSize, (i + 1) * partSize).map((s) => s.url).sort());

  copy = mkdtempSync(join(tmpdir(), 'guong-sang-split-'));
  // Hard links, like the site server's search step; the indexer removes (never rewrites) the old bundles.
  await run('cp', ['-al', `${dist}/.`, copy]);
  const out = await run(process.execPath, [indexer, copy], { cwd: repoRoot, env: indexEnv() });
  indexerOutput = out.stdout + out.stderr;
  server = await serveDir(copy);
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close().catch(() => {});
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
  for (const served of servers) await served.close();
  for (const dir of reindexed) rmSync(dir, { recursive: true, force: true });
}, 60_000);

/** A fresh context and page; `archive` lists every request the page made to the archive bundle. */
async function open(path: string, viewport = { width: 1280, height: 900 }, on: SiteServer = server) {
  const { context } = await isolatedContext(browser, on.origin, { viewport });
  const page = await context.newPage();
  const archive: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind-luu-tru/')) archive.push(request.url());
  });
  if (path) await page.goto(on.url(path));
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
    const split = splitOf(copy);
    expect(split).toMatchObject({ archive: '/pagefind-luu-tru/', recentStories: recent.size, archivedStories: older.size });
    const parts = split.archiveParts.map((part) => part.path);
    expect(parts).toHaveLength(3);
    for (const bundle of ['/pagefind/', ...parts]) expect(existsSync(join(copy, bundle, 'pagefind.js')), bundle).toBe(true);

    // Every page each bundle holds, read through Pagefind's own API in the browser.
    const { page, context } = await open('/tim-kiem/');
    // A string, not a function: vitest would rewrite a function's import() for Node.
    const urls = (bundle: string, filters: Record<string, string>, merged: string[] = []) =>
      page.evaluate(`(async () => {
        const pf = await import(location.origin + ${JSON.stringify(bundle)} + 'pagefind.js');
        await pf.options({ noWorker: true, baseUrl: '/' });
        for (const part of ${JSON.stringify(merged)}) await pf.mergeIndex(part, { baseUrl: '/' });
        const response = await pf.search(null, { filters: ${JSON.stringify(filters)} });
        const data = await Promise.all(response.results.map((r) => r.data()));
        return data.map((d) => new URL(d.url, location.origin).pathname).sort();
      })()`) as Promise<string[]>;
    const mainStories = await urls('/pagefind/', { type: 'Bài viết' });
    // Each part holds its third of the archive, oldest first; merged, they are the whole archive.
    for (const [i, part] of parts.entries()) expect(await urls(part, { type: 'Bài viết' }), part).toEqual(expectedParts[i]);
    const archiveStories = await urls(parts[0]!, { type: 'Bài viết' }, parts.slice(1));
    expect(mainStories).toEqual([...recent].sort());
    expect(archiveStories).toEqual([...older].sort());
    expect(mainStories.filter((url) => archiveStories.includes(url))).toEqual([]);
    expect(await urls(parts[0]!, { type: 'Gương điển hình' }, parts.slice(1))).toEqual([]);
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

/** A hard-linked copy of the build (like the site server's stage), changed by `edit`, indexed with `copy` as the previous index. */
async function reindex(edit: (dir: string) => void = () => {}): Promise<{ dir: string; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'guong-sang-split-next-'));
  reindexed.push(dir);
  await run('cp', ['-al', `${dist}/.`, dir]);
  edit(dir);
  const out = await run(process.execPath, [indexer, dir, '--previous', copy], { cwd: repoRoot, env: indexEnv() });
  return { dir, output: out.stdout + out.stderr };
}

/** Replaces a file of a hard-linked copy: a new inode, so the build's own file is left as it was. */
function replaceFile(file: string, text: string): void {
  rmSync(file);
  writeFileSync(file, text);
}

const ARCHIVE = 'pagefind-luu-tru';
const archiveFiles = (dir: string) =>
  readdirSync(join(dir, ARCHIVE), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(join(dir, ARCHIVE), join(entry.parentPath, entry.name)))
    .sort();
const inode = (dir: string, path: string) => statSync(join(dir, path)).ino;
const splitOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind', 'guong-sang-split.json'), 'utf8')) as SearchSplit;
/** The archive part holding `url` in `dir`'s index (its path under the site). */
const partOf = (dir: string, url: string) => splitOf(dir).archiveParts[expectedParts.findIndex((part) => part.includes(url))]!.path;

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }>;
}
const loaded = new Map<string, Promise<PagefindModule>>();
/**
 * A bundle of `dir` through its own pagefind.js, fetching over loopback HTTP (one server per folder,
 * kept until the end: the module remembers where it loaded from). Marks count (exactDiacritics), so
 * a word is not found through another word that folds to the same letters. The archive is its parts
 * merged into the first one's instance, as the search page does.
 */
function bundleOf(dir: string, bundle: string): Promise<PagefindModule> {
  const key = join(dir, bundle);
  if (!loaded.has(key)) {
    loaded.set(
      key,
      (async () => {
        const served = await serveDir(dir);
        servers.push(served);
        const [first, ...rest] = bundle === ARCHIVE ? splitOf(dir).archiveParts.map((part) => part.path) : [`/${bundle}/`];
        const pf = (await import(/* @vite-ignore */ pathToFileURL(join(dir, first!, 'pagefind.js')).href)) as PagefindModule;
        await pf.options({ basePath: served.url(first!), baseUrl: '/', noWorker: true, exactDiacritics: true });
        for (const part of rest) await pf.mergeIndex(served.url(part), { baseUrl: '/' });
        return pf;
      })(),
    );
  }
  return loaded.get(key)!;
}
/** The URLs a bundle of `dir` finds for `query`. */
async function findIn(dir: string, bundle: string, query: string): Promise<string[]> {
  const response = await (await bundleOf(dir, bundle)).search(query);
  return (await Promise.all(response.results.map((r) => r.data()))).map((d) => d.url).sort();
}

describe('an archive in parts', () => {
  it('ranks exact-tone matches first in every part, as in one index (merged parts keep their own options)', { timeout: 300_000 }, async () => {
    // The marked word once in a story of the oldest part; its unmarked form, many times, in a story
    // of the next part (merged into the first one's instance by the search page).
    const inPart = (i: number) => stories.find((story) => expectedParts[i]!.includes(story.url))!;
    const [marked, unmarked] = [inPart(0), inPart(1)];
    const dir = mkdtempSync(join(tmpdir(), 'guong-sang-split-tones-'));
    reindexed.push(dir);
    await run('cp', ['-al', `${dist}/.`, dir]);
    const addText = (story: Story, text: string) => {
      const file = join(dir, story.url, 'index.html');
      const html = readFileSync(file, 'utf8');
      expect(html).toContain('</h1>');
      replaceFile(file, html.replace('</h1>', `</h1><p>${text}</p>`));
    };
    addText(marked, 'quỳnhzz');
    addText(unmarked, 'quynhzz '.repeat(12));
    await run(process.execPath, [indexer, dir], { cwd: repoRoot, env: indexEnv() });
    expect(splitOf(dir).archiveParts).toHaveLength(3);
    const served = await serveDir(dir);
    try {
      const { page, context, archive } = await open(`/tim-kiem/?q=${encodeURIComponent('quỳnhzz')}`, undefined, served);
      await settled(page);
      expect(archive.length).toBeGreaterThan(0);
      // Archive results come after the main bundle's (Pagefind answers an unknown word there with
      // near matches): among them, the exact one first.
      const found = (await allHrefs(page)).filter((url) => older.has(url));
      expect(found[0]).toBe(marked.url);
      expect(found).toContain(unmarked.url);
      await context.close();
    } finally {
      await served.close();
    }
  });
});

describe('the indexer given the previous index (--previous)', () => {
  it('an unchanged site reuses the archive: the same files (hard links), the same line, and an old story is still found', { timeout: 300_000 }, async () => {
    const { dir, output } = await reindex();
    expect(output).toContain(`kho lưu trữ: dùng lại ${older.size} trang`);
    const files = archiveFiles(copy);
    expect(files.length).toBeGreaterThan(5);
    expect(archiveFiles(dir)).toEqual(files);
    for (const file of files) expect(inode(dir, join(ARCHIVE, file)), file).toBe(inode(copy, join(ARCHIVE, file)));
    // The main bundle is written afresh (its files are new), with the same split.
    expect(inode(dir, 'pagefind/pagefind-entry.json')).not.toBe(inode(copy, 'pagefind/pagefind-entry.json'));
    expect(splitOf(dir)).toEqual(splitOf(copy));
    const oldest = stories.at(-1)!;
    expect(await findIn(dir, ARCHIVE, oldest.title)).toContain(oldest.url);
  });

  it('an edited old story has its archive part written again (only that one): its new word is found there, its old one no longer', { timeout: 300_000 }, async () => {
    const oldest = stories.at(-1)!;
    // A word of its title (with Vietnamese marks, so not in its URL), replaced wherever the page has it.
    const word = (oldest.title.match(/[\p{L}\p{M}]+/gu) ?? []).filter((w) => /[^\p{ASCII}]/u.test(w)).sort((a, b) => b.length - a.length)[0]!;
    const anyCase = new RegExp(word, 'giu');
    const fresh = 'quyzzbanh';
    expect(await findIn(copy, ARCHIVE, word)).toContain(oldest.url);
    const { dir, output } = await reindex((site) => {
      const file = join(site, oldest.url, 'index.html');
      const html = readFileSync(file, 'utf8');
      expect(html).toMatch(anyCase);
      replaceFile(file, html.replace(anyCase, fresh));
    });
    // Only the oldest story's part is written again; the other two are the previous ones' files.
    const own = expectedParts.find((part) => part.includes(oldest.url))!;
    expect(output).toContain(`kho lưu trữ: dùng lại ${older.size - own.length} trang, lập mới ${own.length} trang; 3 phần`);
    expect(partOf(dir, oldest.url)).not.toBe(partOf(copy, oldest.url));
    const unchanged = splitOf(copy).archiveParts.filter((part) => part.path !== partOf(copy, oldest.url));
    expect(splitOf(dir).archiveParts.filter((part) => part.path !== partOf(dir, oldest.url))).toEqual(unchanged);
    for (const part of unchanged) expect(inode(dir, join(part.path, 'pagefind-entry.json')), part.path).toBe(inode(copy, join(part.path, 'pagefind-entry.json')));
    expect(existsSync(join(dir, partOf(copy, oldest.url))), 'the old part is not left beside the new one').toBe(false);
    expect(splitOf(dir).before).toBe(splitOf(copy).before);
    // (Merged parts each answer a word they do not hold with near matches, so the story is looked for
    // among the results, not as the only one.)
    expect(await findIn(dir, ARCHIVE, fresh)).toContain(oldest.url);
    expect(await findIn(dir, ARCHIVE, word)).not.toContain(oldest.url);
    // The previous index (another release's) was not touched. (Pagefind answers a word it does not
    // hold with near matches, so this asks for the story, not for no result.)
    expect(await findIn(copy, ARCHIVE, fresh)).not.toContain(oldest.url);
  });

  it('a neighbour renamed only in an old story\'s "Bài liên quan" keeps the archive: Pagefind does not index that list', { timeout: 300_000 }, async () => {
    const RELATED = /(<section class="related"[^>]*>[\s\S]*?<a href="[^"]*">)([^<]+)(<\/a>)/;
    const target = stories.find((story) => older.has(story.url) && RELATED.test(readFileSync(join(dist, story.url, 'index.html'), 'utf8')));
    expect(target, 'an archived story page with a related list').toBeDefined();
    const fresh = 'quyzzlienquan';
    const edit = (site: string) => {
      const file = join(site, target!.url, 'index.html');
      replaceFile(file, readFileSync(file, 'utf8').replace(RELATED, `$1${fresh}$3`));
    };
    const { output } = await reindex(edit);
    expect(output).toContain(`kho lưu trữ: dùng lại ${older.size} trang`);
    // Pagefind itself agrees: the same edit indexed from scratch (no previous index) does not make the
    // word findable on that page.
    const scratch = mkdtempSync(join(tmpdir(), 'guong-sang-split-scratch-'));
    reindexed.push(scratch);
    await run('cp', ['-al', `${dist}/.`, scratch]);
    edit(scratch);
    await run(process.execPath, [indexer, scratch], { cwd: repoRoot, env: indexEnv() });
    expect(readFileSync(join(scratch, target!.url, 'index.html'), 'utf8')).toContain(fresh);
    expect(await findIn(scratch, ARCHIVE, fresh)).not.toContain(target!.url);
  });

  it('one newer story keeps the line (a fresh split would move it) and reuses the archive; the search page still finds old stories', { timeout: 300_000 }, async () => {
    const newest = stories[0]!;
    const url = '/bai-viet/bai-moi-nhat-kiem-thu/';
    const date = new Date(Date.parse(newest.publishedAt) + 86_400_000).toISOString();
    // With one story more, a fresh split's line would be the date of today's keep-1'th newest.
    expect(Date.parse(stories[keep - 2]!.publishedAt)).not.toBe(Date.parse(stories[keep - 1]!.publishedAt));
    const { dir, output } = await reindex((site) => {
      const html = readFileSync(join(site, newest.url, 'index.html'), 'utf8');
      const dated = html.replace(/(<meta\s[^>]*property="article:published_time"[^>]*\scontent=")[^"]*"/, `$1${date}"`);
      expect(dated).toContain(date);
      mkdirSync(join(site, url), { recursive: true });
      writeFileSync(join(site, url, 'index.html'), dated);
    });
    expect(output).toContain(`kho lưu trữ: dùng lại ${older.size} trang`);
    expect(splitOf(dir)).toMatchObject({ before: splitOf(copy).before, recentStories: recent.size + 1, archivedStories: older.size });
    for (const file of archiveFiles(copy)) expect(inode(dir, join(ARCHIVE, file)), file).toBe(inode(copy, join(ARCHIVE, file)));
    expect(await findIn(dir, 'pagefind', newest.title)).toContain(url);

    // The search page reads the kept line like any other: an old story comes from the archive.
    const oldest = stories.at(-1)!;
    const served = await serveDir(dir);
    try {
      const { page, context, archive } = await open(`/tim-kiem/?q=${encodeURIComponent(oldest.title)}`, undefined, served);
      await settled(page);
      expect(archive.length).toBeGreaterThan(0);
      expect(await hrefs(page)).toContain(oldest.url);
      await context.close();
    } finally {
      await served.close();
    }
  });
});
