// The exemplar directory and the honours register in Chromium: the custom elements filter, sort,
// keep their state in the URL and announce counts; without JavaScript the pages still list everything.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, runAxe, useSite } from './helpers/index.ts';

const site = useSite();

const visibleExemplars = (page: Page) =>
  page.$$eval('[data-exemplar]', (items) => items.filter((li) => !(li as HTMLElement).hidden).map((li) => (li as HTMLElement).dataset));
const status = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent?.trim() ?? '');

it('directory: without JavaScript the whole list shows and the filter form stays hidden', async () => {
  const { page } = await site.open('/guong-dien-hinh/', { javaScriptEnabled: false });
  const total = await page.$$eval('[data-exemplar]', (items) => items.length);
  expect(total).toBeGreaterThan(10);
  expect(await page.isVisible('form[data-directory-form]')).toBe(false);
  expect((await visibleExemplars(page)).length).toBe(total);
  // The pre-built listings are reachable by plain links.
  const link = page.locator('[data-facet-nav] a[data-facet="tinh"]').first();
  const count = Number(await link.getAttribute('data-count'));
  // Long groups (provinces) start collapsed in a <details>: open it as a reader would.
  if (!(await link.isVisible())) await page.locator('[data-facet-nav] details:has(a[data-facet="tinh"]) > summary').click();
  await Promise.all([page.waitForURL(/\/guong-dien-hinh\/tinh\/[^/]+\/$/), link.click()]);
  expect(await page.$$eval('[data-exemplar]', (items) => items.length)).toBe(count);
});

it('directory: combining facets filters the list, updates the URL and announces the count', async () => {
  const { page } = await site.open('/guong-dien-hinh/');
  expect(await page.isVisible('form[data-directory-form]')).toBe(true);
  const all = await visibleExemplars(page);

  await page.selectOption('select[name="cap-hoc"]', 'thcs');
  const thcs = all.filter((d) => d.capHoc === 'thcs');
  expect(thcs.length).toBeGreaterThan(1);
  expect((await visibleExemplars(page)).map((d) => d.exemplar)).toEqual(thcs.map((d) => d.exemplar));
  expect(new URL(page.url()).searchParams.get('cap-hoc')).toBe('thcs');
  expect(await status(page, '[data-directory-count]')).toContain(`${thcs.length} / ${all.length}`);

  await page.selectOption('select[name="loai"]', 'tap-the');
  const both = thcs.filter((d) => d.loai === 'tap-the');
  expect(both.length).toBeGreaterThan(0);
  expect(both.length).toBeLessThan(thcs.length);
  expect((await visibleExemplars(page)).map((d) => d.exemplar)).toEqual(both.map((d) => d.exemplar));
  expect(new URL(page.url()).search).toBe('?cap-hoc=thcs&loai=tap-the');
  expect(await status(page, '[data-directory-count]')).toContain(`${both.length} / ${all.length}`);
  expect(await page.getAttribute('[data-directory-count]', 'aria-live')).toBe('polite');

  // Reloading the shared URL restores the same view.
  await page.reload();
  expect(await page.inputValue('select[name="cap-hoc"]')).toBe('thcs');
  expect((await visibleExemplars(page)).map((d) => d.exemplar)).toEqual(both.map((d) => d.exemplar));

  // Reset clears filters and the query string.
  await page.click('form[data-directory-form] button[type="reset"]');
  await page.waitForFunction(() => location.search === '');
  expect((await visibleExemplars(page)).length).toBe(all.length);
});

it('directory: a filter with no match says so', async () => {
  const { page } = await site.open('/guong-dien-hinh/?loai=tap-the&vai-tro=nha-giao');
  expect((await visibleExemplars(page)).length).toBe(0);
  expect(await page.isVisible('[data-directory-empty]')).toBe(true);
  expect(await status(page, '[data-directory-count]')).toMatch(/^Tìm thấy 0 \//);
});

it('directory: no accessibility violations with the filter shown', async () => {
  const { page } = await site.open('/guong-dien-hinh/?cap-hoc=tieu-hoc');
  const violations = await runAxe(page);
  expect(violations, formatViolations(violations)).toHaveLength(0);
});

const rowIds = (page: Page) =>
  page.$$eval('tr[data-honour]', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLElement).dataset));

it('honours register: header buttons sort with aria-sort, filters narrow, state in the URL', async () => {
  const { page } = await site.open('/bang-vang/');
  const initial = await rowIds(page);
  expect(initial.length).toBeGreaterThan(5);
  const dates = initial.map((d) => d.date!);
  expect(dates).toEqual([...dates].sort().reverse());
  expect(await page.getAttribute('th[data-sort="ngay"]', 'aria-sort')).toBe('descending');

  await page.click('th[data-sort="ten"] button');
  expect(await page.getAttribute('th[data-sort="ten"]', 'aria-sort')).toBe('ascending');
  expect(await page.getAttribute('th[data-sort="ngay"]', 'aria-sort')).toBeNull();
  const titles = (await rowIds(page)).map((d) => d.title!);
  expect(titles).toEqual([...titles].sort(new Intl.Collator('vi').compare));
  expect(new URL(page.url()).searchParams.get('sap')).toBe('ten');

  await page.click('th[data-sort="ten"] button');
  expect(await page.getAttribute('th[data-sort="ten"]', 'aria-sort')).toBe('descending');

  await page.selectOption('select[name="cap"]', 'toan-quoc');
  const national = await rowIds(page);
  expect(national.length).toBeGreaterThan(0);
  expect(national.length).toBeLessThan(initial.length);
  expect(national.every((d) => d.cap === 'toan-quoc')).toBe(true);
  expect(new URL(page.url()).searchParams.get('cap')).toBe('toan-quoc');
  expect(await status(page, '[data-honours-count]')).toContain(`${national.length} / ${initial.length}`);

  const violations = await runAxe(page);
  expect(violations, formatViolations(violations)).toHaveLength(0);
});

it('open data: the downloads parse and agree', async () => {
  const csv = await fetch(site.url('/du-lieu-mo/khen-thuong.csv'));
  expect(csv.status).toBe(200);
  const bytes = new Uint8Array(await csv.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const json = (await (await fetch(site.url('/du-lieu-mo/khen-thuong.json'))).json()) as { records: { id: string }[] };
  const lines = new TextDecoder().decode(bytes).split('\r\n').filter(Boolean);
  expect(lines.length - 1).toBe(json.records.length);
});

it.each(['/du-lieu-mo/', '/guong-dien-hinh/khen-thuong/toan-quoc/', '/guong-dien-hinh/co-giao-ha-thi-lan/'])(
  'no accessibility violations on %s',
  async (path) => {
    const { page } = await site.open(path);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toHaveLength(0);
  },
);

it.each(['/guong-dien-hinh/', '/bang-vang/'])('no accessibility violations in dark mode on %s (enhanced controls)', async (path) => {
  const { page } = await site.open(path, { colorScheme: 'dark' });
  const violations = await runAxe(page);
  expect(violations, formatViolations(violations)).toHaveLength(0);
});
