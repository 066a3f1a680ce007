// One story of each format in Chromium at 375 and 1280 px: its layout's behaviour (lightbox by
// keyboard, players that load nothing before the click, a reading-progress bar that shifts nothing),
// axe, no sideways scrolling, and a screenshot per format and width. The committed ones in
// tests/e2e/__screenshots__/<format>-<width>.png were looked at; a run writes its own to a temp folder
// (printed), and `UPDATE_SCREENSHOTS=1` writes them over the committed ones. Which story shows which
// format comes from the sample dataset; the static markup is checked in tests/site/story-formats.test.ts.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDraft, readNdjson, sampleDatasetDir, slugOf, type Doc } from '../site/helpers/build.ts';
import { formatViolations, isolatedContext, launchChromium, runAxe, useSite } from './helpers/index.ts';
import { formatShifts, layoutShifts, oneFrameScore, watchLayoutShifts } from './helpers/layout-shift.ts';
import { releaseAfterFirstPaint, serveDirSlowly, type SlowSite } from './helpers/slow-load.ts';

// A test run never dirties the working tree: screenshots are refreshed only on request.
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? fileURLToPath(new URL('./__screenshots__/', import.meta.url)) : mkdtempSync(join(tmpdir(), 'guong-sang-screenshots-'));
console.info(`[e2e] format screenshots: ${SCREENSHOTS}`);
const WIDTHS = [375, 1280] as const;
const HEIGHT = 800;
/** Taller pages are shot as one viewport, so the images stay small enough to look at. */
const MAX_FULL_PAGE = 8000;

type Block = { _type: string; style?: string; images?: unknown[]; file?: unknown; transcript?: string; longDescription?: string };
const stories = readNdjson(sampleDatasetDir).filter((d) => d._type === 'story' && !isDraft(d) && slugOf(d));
const bodyOf = (story: Doc) => (story.body ?? []) as Block[];
const pictures = (story: Doc) => bodyOf(story).reduce((n, b) => n + (b._type === 'accessibleImage' ? 1 : b._type === 'gallery' ? (b.images ?? []).length : 0), 0);
/** The story of a format that exercises the most: `score` picks among them (first wins ties). */
function pick(format: string, score: (story: Doc) => number): Doc {
  const candidates = stories.filter((s) => s.format === format);
  if (!candidates.length) throw new Error(`no sample story of format ${format}`);
  return candidates.reduce((best, s) => (score(s) > score(best) ? s : best));
}
const FORMATS: { name: string; story: Doc }[] = [
  { name: 'article', story: pick('bai-viet', () => 0) },
  { name: 'longform', story: pick('longform', (s) => (s.cover ? 1 : 0) + bodyOf(s).filter((b) => b.style === 'h2').length / 100) },
  { name: 'photo-essay', story: pick('phong-su-anh', pictures) },
  { name: 'video', story: pick('video', (s) => (bodyOf(s).find((b) => b._type === 'videoEmbed')?.transcript ? 1 : 0)) },
  { name: 'podcast', story: pick('podcast', (s) => (bodyOf(s).some((b) => b._type === 'audioEmbed' && b.file && b.transcript) ? 1 : 0)) },
  { name: 'infographic', story: pick('infographic', (s) => (bodyOf(s).some((b) => b.longDescription) ? 1 : 0)) },
];
const path = (story: Doc) => `/bai-viet/${slugOf(story)}/`;

const site = useSite();

async function open(story: Doc, width: number) {
  const opened = await site.open(path(story), { viewport: { width, height: HEIGHT } });
  // Lazy pictures in view have loaded before any measurement or screenshot.
  await opened.page.waitForFunction(() => [...document.images].every((img) => img.loading === 'lazy' || img.complete));
  return opened;
}

async function screenshot(page: Page, name: string, width: number) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (height < MAX_FULL_PAGE) {
    // Full page: load every lazy picture first, then come back to the top.
    await page.evaluate(async () => {
      for (const img of document.images) img.loading = 'eager';
      await Promise.all([...document.images].map((img) => (img.complete ? null : new Promise((r) => img.addEventListener('load', r, { once: true })))));
    });
  }
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: height < MAX_FULL_PAGE, animations: 'disabled' });
}

describe.each(WIDTHS)('story formats at %i px', (width) => {
  it.each(FORMATS)('$name: its layout, no sideways scrolling, axe clean, screenshot', async ({ name, story }) => {
    const { page, blocked } = await open(story, width);
    expect(await page.getAttribute('article[data-layout]', 'data-layout')).toBe(name);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await screenshot(page, name, width);
    expect(blocked).toEqual([]);
  });
});

// Lighthouse's desktop preset: 1350×940 at 1×, with classic scrollbars (playwright hides them by
// default). The page arrives in two parts (the top is painted before the story's body exists, as on
// a slow connection) and pictures come late, so whatever moves while the page fills in does move.
// CLS ≤ 0.05 is the Lighthouse floor (.lighthouserc.cjs); it must hold even when the load's shifts
// land in one frame (`oneFrameScore`), which is how CI's Lighthouse once read 0.068 on the podcast.
describe('story formats while loading slowly at 1350×940 (Lighthouse desktop)', () => {
  const DESKTOP = { width: 1350, height: 940 };
  let browser: Browser;
  let slow: SlowSite;
  beforeAll(async () => {
    browser = await launchChromium({ scrollbars: true });
    slow = await serveDirSlowly(site.dist, { splitBefore: /<[a-z-]+ class="story__body"/, imageDelayMs: 400 });
  });
  afterAll(async () => {
    await browser?.close();
    await slow?.close();
  });

  it.each(FORMATS)('$name: CLS ≤ 0.05, even with every shift in one frame', async ({ story }) => {
    const { context, blocked } = await isolatedContext(browser, slow.origin, { viewport: DESKTOP, deviceScaleFactor: 1 });
    try {
      const page = await context.newPage();
      await watchLayoutShifts(page);
      await releaseAfterFirstPaint(page);
      await page.goto(slow.url(path(story)), { waitUntil: 'load' });
      // The scrollbar needs the whole page, hence `load`; two frames later every shift is recorded.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.evaluate(() => innerWidth - document.documentElement.clientWidth), 'classic scrollbars').toBeGreaterThan(0);
      const { total, entries } = await layoutShifts(page);
      expect(total, formatShifts(entries)).toBeLessThanOrEqual(0.05);
      expect(oneFrameScore(entries, DESKTOP), formatShifts(entries)).toBeLessThanOrEqual(0.05);
      expect(blocked).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('format behaviour', () => {
  it('longform: the reading-progress bar follows the scroll and the page shifts nothing (CLS 0)', async () => {
    const { story } = FORMATS.find((f) => f.name === 'longform')!;
    const { context } = await site.context({ viewport: { width: 1280, height: HEIGHT } });
    const page = await context.newPage();
    await watchLayoutShifts(page);
    await page.goto(site.url(path(story)), { waitUntil: 'load' });
    const progress = () => page.$eval('.reading-progress > span', (el) => new DOMMatrix(getComputedStyle(el).transform).a);
    expect(await page.isVisible('.reading-progress')).toBe(true);
    expect(await progress()).toBeLessThan(0.05);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y <= height; y += 400) {
      await page.mouse.wheel(0, 400);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    expect(await progress()).toBeGreaterThan(0.95);
    const { shifts, total } = await layoutShifts(page);
    expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBe(0);
  });

  it.each(['photo-essay', 'infographic'])('%s: the lightbox opens from the keyboard, arrows move, Esc closes and focus returns', async (name) => {
    const { story } = FORMATS.find((f) => f.name === name)!;
    for (const width of WIDTHS) {
      const { page } = await open(story, width);
      const links = page.locator('a[data-lightbox-item]');
      const total = await links.count();
      expect(total).toBe(pictures(story));
      const first = links.first();
      const firstAlt = await first.locator('img').getAttribute('alt');
      await first.focus();
      await page.keyboard.press('Enter');
      const dialog = page.locator('dialog.lightbox');
      await dialog.waitFor({ state: 'visible' });
      expect(await dialog.evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal'))).toBe(true);
      const shown = dialog.locator('img');
      const shownPath = async () => new URL((await shown.getAttribute('src'))!, page.url()).pathname;
      expect(await shown.getAttribute('alt')).toBe(firstAlt);
      expect(firstAlt).toBeTruthy();
      expect(await shownPath()).toBe(await first.getAttribute('href'));
      await shown.evaluate((img: HTMLImageElement) => img.decode());
      expect(await shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      if (total > 1) {
        await page.keyboard.press('ArrowRight');
        expect(await shownPath()).toBe(await links.nth(1).getAttribute('href'));
        expect(await dialog.locator('.lightbox__count').textContent()).toBe(`Ảnh 2/${total}`);
        await page.keyboard.press('ArrowLeft');
        expect(await shownPath()).toBe(await first.getAttribute('href'));
      }
      if (width === 375) await page.screenshot({ path: join(SCREENSHOTS, `${name}-lightbox-${width}.png`), animations: 'disabled' });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await first.evaluate((a) => a === document.activeElement)).toBe(true);
    }
  });

  it('photo essay without JavaScript: each picture is a link to its full-size file', async () => {
    const { story } = FORMATS.find((f) => f.name === 'photo-essay')!;
    const { page } = await site.open(path(story), { javaScriptEnabled: false });
    const href = await page.locator('a[data-lightbox-item]').first().getAttribute('href');
    await Promise.all([page.waitForURL((url) => url.pathname === href), page.locator('a[data-lightbox-item]').first().click()]);
    expect(await page.evaluate(() => document.contentType)).toBe('image/webp');
  });

  it('video: nothing is requested from the provider until the reader clicks the player', async () => {
    const { story } = FORMATS.find((f) => f.name === 'video')!;
    const { page, requests, blocked } = await open(story, 375);
    const origin = new URL(site.url('/')).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    expect(await page.locator('.story__player .embed__duration').textContent()).toMatch(/^Thời lượng: \d+ phút( \d+ giây)?$/);
    const transcript = page.locator('.story__player details.embed__transcript');
    await transcript.locator('summary').click();
    expect(await transcript.locator('p').first().isVisible()).toBe(true);
    await page.locator('.story__player gs-embed a').click();
    await page.locator('.story__player iframe').waitFor({ state: 'attached' });
    await expect.poll(() => blocked.some((url) => /^https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//.test(url))).toBe(true);
  });

  it('podcast: the audio file is not fetched before play, duration and transcript are shown', async () => {
    const { story } = FORMATS.find((f) => f.name === 'podcast')!;
    const { page, requests, blocked } = await open(story, 1280);
    expect(blocked).toEqual([]);
    const src = await page.getAttribute('.story__player audio', 'src');
    expect(src).toMatch(/^\/tep\/[0-9a-f]+\.\w+$/);
    expect(await page.getAttribute('.story__player audio', 'preload')).toBe('none');
    expect(requests.some((url) => url.includes(src!))).toBe(false);
    expect(await page.locator('.story__player .embed__duration').textContent()).toMatch(/^Thời lượng: /);
    expect(await page.locator('.story__player details.embed__transcript summary').textContent()).toBe('Lời thoại');
  });

  it('event page: the recording is the same click-to-load player', async () => {
    const events = readNdjson(sampleDatasetDir).filter((d) => d._type === 'event' && !isDraft(d) && (d.recording as { url?: string } | undefined)?.url);
    const { page, blocked } = await site.open(`/su-kien/${slugOf(events[0]!)}/`, { viewport: { width: 375, height: HEIGHT } });
    expect(blocked).toEqual([]);
    const link = page.locator('#ghi-hinh ~ figure gs-embed a.embed__link');
    const box = await link.boundingBox();
    // Drawn as the 16:9 player box, not a run-together line of text.
    expect(box!.height).toBeGreaterThan(box!.width * 0.5);
    await link.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'event-recording-375.png'), animations: 'disabled' });
    await link.click();
    await page.locator('#ghi-hinh ~ figure iframe').waitFor({ state: 'attached' });
    expect(page.url()).toContain('/su-kien/');
  });
});
