// Search in Chromium against the production build: /tim-kiem/ with and without marks, đ typed as d,
// filters, the URL as the source of truth (reload, back/forward), the header box, and what a story
// page and a query download.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './helpers/index.ts';
import { layoutShifts, watchLayoutShifts } from './helpers/layout-shift.ts';
import { isDraft, readNdjson, sampleDatasetDir, slugOf } from '../site/helpers/build.ts';

const site = useSite();

const results = (page: Page) => page.locator('[data-search-results] > li');
async function waitForResults(page: Page) {
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-search-page]');
    return root && !root.hasAttribute('aria-busy') && /kết quả/.test(document.querySelector('[data-search-status]')?.textContent ?? '');
  });
}
const hrefs = (page: Page) => results(page).locator('h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('search page', () => {
  it('"duong den truong" finds "Đường đến trường" first, with highlighted excerpt and thumbnail', async () => {
    const { page, blocked } = await site.open('/tim-kiem/?q=duong+den+truong');
    await waitForResults(page);
    expect((await hrefs(page))[0]).toBe('/bai-viet/duong-den-truong/');
    const first = results(page).first();
    expect(await first.locator('h2').innerText()).toBe('Đường đến trường');
    const marks = await first.locator('mark').allInnerTexts();
    expect(marks.map((m) => m.replace(/[.,]$/, ''))).toEqual(expect.arrayContaining(['Đường', 'đến', 'trường']));
    const excerpt = await first.locator('.search-result__excerpt').innerText();
    for (const helper of ['data-pagefind', '_astro', 'format:', 'Trong bài này', 'Gương điển hình trong bài']) expect(excerpt).not.toContain(helper);
    const thumb = first.locator('img');
    expect(await thumb.getAttribute('src')).toMatch(/^\/_astro\/.+\.webp$/);
    expect(await page.locator('[data-search-status]').innerText()).toMatch(/^Tìm thấy \d+ kết quả cho “duong den truong”/);
    expect(blocked).toEqual([]);
  });

  it('an accented query ranks the exact story first; the URL carries it; reload and back restore it', async () => {
    const { page } = await site.open('/tim-kiem/');
    expect(await page.locator('[data-search-status]').innerText()).toContain('có dấu hay không dấu');
    await page.fill('#tim-kiem-q', 'Đường đến trường');
    await page.press('#tim-kiem-q', 'Enter');
    await waitForResults(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Đường đến trường');
    expect((await hrefs(page))[0]).toBe('/bai-viet/duong-den-truong/');

    await page.fill('#tim-kiem-q', 'tan duoc');
    await page.press('#tim-kiem-q', 'Enter');
    await waitForResults(page);
    expect((await hrefs(page))[0]).toBe('/bai-viet/thu-vien-duoi-tan-duoc/');

    await page.reload();
    await waitForResults(page);
    expect(await page.inputValue('#tim-kiem-q')).toBe('tan duoc');
    expect((await hrefs(page))[0]).toBe('/bai-viet/thu-vien-duoi-tan-duoc/');

    await page.goBack();
    await waitForResults(page);
    expect(await page.inputValue('#tim-kiem-q')).toBe('Đường đến trường');
    expect((await hrefs(page))[0]).toBe('/bai-viet/duong-den-truong/');
    await page.goForward();
    await waitForResults(page);
    expect(await page.inputValue('#tim-kiem-q')).toBe('tan duoc');
  });

  it('another đ-word without marks: "chuyen do" finds "Chuyến đò của thầy Biển"', async () => {
    const { page } = await site.open('/tim-kiem/?q=chuyen+do+thay+bien');
    await waitForResults(page);
    expect((await hrefs(page))[0]).toBe('/bai-viet/chuyen-do-cua-thay-bien/');
    expect(await results(page).first().locator('mark').allInnerTexts()).toContain('đò');
  });

  it('filters narrow the results and go into the URL', async () => {
    const { page } = await site.open('/tim-kiem/?q=tr%C6%B0%E1%BB%9Dng');
    await waitForResults(page);
    const count = (text: string) => Number(/Tìm thấy (\d+)/.exec(text)?.[1]);
    const before = count(await page.locator('[data-search-status]').innerText());
    await page.selectOption('select[name="dang"]', 'Phóng sự');
    await page.waitForURL(/dang=/);
    await waitForResults(page);
    const after = count(await page.locator('[data-search-status]').innerText());
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(new URL(page.url()).searchParams.get('dang')).toBe('Phóng sự');
    expect(await page.locator('[data-search-status]').innerText()).toContain('(đã lọc)');
  });

  it('loads Pagefind only when searching, and measures the bytes of a two-word query', async () => {
    const { page, requests } = await site.open('/tim-kiem/');
    await page.waitForTimeout(0);
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    let bytes = 0;
    const files: string[] = [];
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes += body.length;
      files.push(`${new URL(response.url()).pathname} ${body.length}`);
    });
    await page.fill('#tim-kiem-q', 'thư viện');
    await page.press('#tim-kiem-q', 'Enter');
    await waitForResults(page);
    await page.waitForLoadState('networkidle');
    console.log(`[search] two-word query "thư viện": ${bytes} bytes from /pagefind/ (uncompressed pagefind.js):\n  ${files.join('\n  ')}`);
    expect(files.some((f) => f.startsWith('/pagefind/pagefind.js'))).toBe(true);
    // Pagefind searches in its Web Worker (the main thread stays free); none of its UI bundles load.
    expect(files.some((f) => f.startsWith('/pagefind/pagefind-worker.js'))).toBe(true);
    expect(files.some((f) => /pagefind-(ui|component-ui|modular-ui)\.js/.test(f))).toBe(false);
    expect(bytes).toBeLessThan(250_000);
  });
});

describe('result types', () => {
  const docs = readNdjson(sampleDatasetDir).filter((d) => !isDraft(d));
  const types = (page: Page) => results(page).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.type));
  const count = async (page: Page) => Number(/Tìm thấy (\d+)/.exec(await page.locator('[data-search-status]').innerText())?.[1]);

  it('the type filter narrows a query to contests; each result shows its type label', async () => {
    const contest = docs.find((d) => d._type === 'contest')!;
    const { page } = await site.open(`/tim-kiem/?q=${encodeURIComponent('người thầy')}`);
    await waitForResults(page);
    const before = await count(page);
    expect(new Set(await types(page)).size).toBeGreaterThan(1);
    await page.selectOption('select[name="loai"]', 'Cuộc thi');
    await page.waitForURL(/loai=/);
    await waitForResults(page);
    expect(await count(page)).toBeLessThan(before);
    // Every result is a contest page, this contest among them (the sample's other contest speaks of teachers too).
    const contestTypes = await types(page);
    expect(contestTypes.length).toBeGreaterThan(0);
    expect(new Set(contestTypes)).toEqual(new Set(['Cuộc thi']));
    const found = await hrefs(page);
    expect(found).toContain(`/cuoc-thi/${slugOf(contest)}/`);
    for (const href of found) expect(href).toMatch(/^\/cuoc-thi\/[^/]+\/$/);
    expect(await results(page).first().locator('.search-result__type').innerText()).toMatch(/^cuộc thi$/i);
    expect(await results(page).first().locator('.search-result__info').innerText()).toMatch(/^Nhận bài \d/);
  });

  it('lists every public honour under "Khen thưởng", each linking to its row on the register', async () => {
    const honours = docs.filter((d) => d._type === 'honour' && d.isPublic === true);
    const { page } = await site.open(`/tim-kiem/?loai=${encodeURIComponent('Khen thưởng')}`);
    await waitForResults(page);
    expect(await count(page)).toBe(honours.length);
    while (await page.locator('[data-search-more]').isVisible()) await page.click('[data-search-more]');
    expect(new Set(await types(page))).toEqual(new Set(['Khen thưởng']));
    const link = results(page).first().locator('h2 a');
    const target = new URL((await link.getAttribute('href'))!, 'http://x');
    expect(target.pathname).toBe('/bang-vang/');
    await link.click();
    await page.waitForURL(/\/bang-vang\/#kt-/);
    expect(await page.locator(target.hash).count()).toBe(1);
  });

  // Lighthouse saw CLS 0.75 on the desktop search page with a query: the results pushed the footer
  // and the status line moved everything under it. Every layout shift of the load and the search,
  // observed from the first paint (buffered), must add up to at most 0.05.
  for (const viewport of [{ width: 375, height: 812 }, { width: 1280, height: 800 }]) {
    it(`a query's results arrive without layout shift at ${viewport.width} px`, async () => {
      const { context } = await site.context({ viewport });
      const page = await context.newPage();
      await watchLayoutShifts(page);
      await page.goto(site.url(`/tim-kiem/?q=${encodeURIComponent('trường học')}`));
      await waitForResults(page);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await results(page).count()).toBeGreaterThan(3);
      const { shifts, total } = await layoutShifts(page);
      expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(0.05);
    });
  }
});

describe('search box and other pages', () => {
  it('a story page loads no JavaScript file and nothing from Pagefind', async () => {
    const { page, requests } = await site.open('/bai-viet/duong-den-truong/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => /\.m?js(\?|$)/.test(u) || u.includes('/pagefind/'))).toEqual([]);
    expect(await page.locator('header form[role="search"] input[name="q"]').count()).toBe(1);
  });

  it('the header box is a plain GET form that works with JavaScript off', async () => {
    const { page } = await site.open('/guong-dien-hinh/', { javaScriptEnabled: false });
    await page.fill('header input[name="q"]', 'duong den truong');
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=/), page.press('header input[name="q"]', 'Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('duong den truong');
    expect(await page.locator('noscript').count()).toBe(1);
  });

  it('the header box leads to results with JavaScript on', async () => {
    const { page } = await site.open('/');
    await page.fill('header input[name="q"]', 'thu vien xanh');
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=/), page.press('header input[name="q"]', 'Enter')]);
    await waitForResults(page);
    expect(await page.inputValue('#tim-kiem-q')).toBe('thu vien xanh');
    expect((await hrefs(page)).length).toBeGreaterThan(0);
  });
});
