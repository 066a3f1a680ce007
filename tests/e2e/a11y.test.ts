// WCAG 2.2 AA with axe-core on every page type of the production build, in light and dark mode
// (light at 1280 px, dark at 390 px).
// The page list comes from dist (grouped by URL shape), so page types added later are covered
// without editing this file. Each type is checked on its largest page and, when there are several,
// its smallest one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe, samplePages, siteDist, useSite, WCAG_TAGS } from './helpers/index.ts';

const dist = await siteDist();
const pages = samplePages(dist);
const site = useSite();

describe('the build has the basic page types', () => {
  it('home, story, column, exemplar, search and 404 exist', () => {
    const types = new Set(pages.map((p) => p.type));
    for (const type of ['home', 'story', 'column', 'exemplar', 'search', '404']) expect(types, type).toContain(type);
  });
});

describe.each(pages.map((p) => [`${p.type} ${p.path}`, p] as const))('%s', (_name, sitePage) => {
  // The 404 page is what the server answers for any unknown path; open it that way.
  const path = sitePage.type === '404' ? '/khong-co-trang-nay/' : sitePage.path;

  // Light on a desktop viewport, dark on a phone-sized one: both modes, both layouts.
  const runs = [
    { colorScheme: 'light', viewport: { width: 1280, height: 900 } },
    { colorScheme: 'dark', viewport: { width: 390, height: 844 } },
  ] as const;
  for (const { colorScheme, viewport } of runs) {
    it(`axe: 0 violations (${colorScheme}, ${viewport.width} px)`, async () => {
      const { page, context, blocked } = await site.open(path, { colorScheme, viewport });
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
      const violations = await runAxe(page);
      await context.close();
      expect(violations.map((v) => `${v.id}: ${v.nodes.length}`), formatViolations(violations)).toEqual([]);
      expect(blocked, 'requests outside the site').toEqual([]);
    });
  }

  it('Tab reaches the skip link first; it moves focus to <main>', async () => {
    const { page, context } = await site.open(path);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { cls: el.className, href: el.getAttribute('href'), top: box.top, height: box.height, outline: getComputedStyle(el).outlineStyle };
    });
    expect(first.cls).toBe('skip-link');
    expect(first.top, 'the focused skip link is on screen').toBeGreaterThanOrEqual(0);
    expect(first.height).toBeGreaterThan(20);
    expect(first.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    await context.close();
  });
});

// Pages whose content appears after load: check them in that state too.
describe.runIf(pages.some((p) => p.type === 'search'))('search page with results', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe: 0 violations with results shown (${colorScheme})`, async () => {
      const { page, context, blocked } = await site.open('/tim-kiem/?q=truong', { colorScheme });
      await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 0);
      const violations = await runAxe(page);
      await context.close();
      expect(violations.map((v) => `${v.id}: ${v.nodes.length}`), formatViolations(violations)).toEqual([]);
      expect(blocked).toEqual([]);
    });
  }
});

// Every URL of the sitemap, once: WCAG 2.0–2.2 A/AA plus axe's best-practice rules (landmarks,
// heading order, regions…). One context and one tab for the whole pass, light mode at 1280 px.
describe('every sitemap URL', () => {
  const locs = [...readFileSync(join(dist, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

  it('the sitemap lists the pages', () => expect(locs.length).toBeGreaterThan(pages.length));

  it('axe (WCAG A/AA + best-practice): 0 violations on every page', async () => {
    const { context, blocked } = await site.context();
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of locs) {
      await page.goto(site.url(path), { waitUntil: 'load' });
      const violations = await runAxe(page, { tags: [...WCAG_TAGS, 'best-practice'] });
      if (violations.length) found.push(`${path}\n${formatViolations(violations).replace(/^/gm, '  ')}`);
    }
    await context.close();
    expect(found.length, found.join('\n')).toBe(0);
    expect(blocked, 'requests outside the site').toEqual([]);
  }, 900_000);
});
