// Phone first (issue 10, item 1): every HTML page of the sample build at 320, 360 and 414 px is no
// wider than the screen and has no tap target under 24 × 24 px (WCAG 2.2 SC 2.5.8, with its inline
// and spacing exceptions); the main navigation is a disclosure on phones and a plain list without
// JavaScript; the directory shows one set of filters, collapsed; the honours register is cards with
// decision numbers on one line. Expectations come from the sample dataset, not from our route data.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { listPages, useSite } from './helpers/index.ts';

const site = useSite();

interface Doc {
  _id: string;
  _type: string;
  [field: string]: unknown;
}
const dataset: Doc[] = readFileSync(fileURLToPath(new URL('../../site/dataset/data.ndjson', import.meta.url)), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Doc);

const WIDTHS = [320, 360, 414];
const PHONE = { width: 375, height: 667 };

interface PageReport {
  scrollWidth: number;
  innerWidth: number;
  /** Undersized targets that are neither inline in a sentence nor spaced (SC 2.5.8). */
  small: string[];
  /** How many visible targets were measured (so an empty check cannot pass unnoticed). */
  targets: number;
}

/**
 * Runs in the page. SC 2.5.8 Target Size (Minimum): a target passes when its box is at least 24 × 24,
 * or it is inline in a sentence (its block holds text that is not itself a target), or it is spaced:
 * a 24 px circle centred on its box intersects no other target's box and no other undersized
 * target's circle.
 */
function measure(): PageReport {
  const SELECTOR =
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="tab"], [role="checkbox"], [role="switch"]';
  const MIN = 24;
  const targets = [...document.querySelectorAll<HTMLElement>(SELECTOR)]
    .map((el) => ({ el, rect: el.getBoundingClientRect() }))
    .filter(({ el, rect }) => {
      if (rect.width * rect.height <= 1) return false; // not rendered, or visually hidden (1 px clip)
      if (rect.right + scrollX <= 0 || rect.bottom + scrollY <= 0) return false; // off screen (skip link)
      const style = getComputedStyle(el);
      return style.visibility === 'visible' && el.checkVisibility({ opacityProperty: true, contentVisibilityAuto: true });
    });
  const targetSet = new Set(targets.map((t) => t.el));
  const inSentence = (el: HTMLElement) => {
    if (getComputedStyle(el).display !== 'inline') return false;
    let block: HTMLElement | null = el.parentElement;
    while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
    if (!block) return false;
    // The block's own text, without the text of any target in it: a sentence has letters.
    let own = '';
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let inTarget = false;
      for (let p = node.parentElement; p && p !== block; p = p.parentElement) if (targetSet.has(p)) inTarget = true;
      if (!inTarget) own += node.textContent ?? '';
    }
    return /\p{L}{2,}/u.test(own);
  };
  const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  const related = (a: HTMLElement, b: HTMLElement) => a === b || a.contains(b) || b.contains(a);
  const undersized = targets.filter(({ rect }) => rect.width < MIN || rect.height < MIN);
  const small: string[] = [];
  for (const t of undersized) {
    if (inSentence(t.el)) continue;
    const c = centre(t.rect);
    const clash = targets.find((o) => {
      if (related(o.el, t.el)) return false;
      const undersizedOther = o.rect.width < MIN || o.rect.height < MIN;
      if (undersizedOther) {
        const oc = centre(o.rect);
        if (Math.hypot(oc.x - c.x, oc.y - c.y) < MIN) return true;
      }
      const dx = Math.max(o.rect.left - c.x, 0, c.x - o.rect.right);
      const dy = Math.max(o.rect.top - c.y, 0, c.y - o.rect.bottom);
      return Math.hypot(dx, dy) < MIN / 2;
    });
    if (clash) {
      const name = (el: HTMLElement) => `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      small.push(`${name(t.el)} ${Math.round(t.rect.width)}×${Math.round(t.rect.height)} quá gần ${name(clash.el)}`);
    }
  }
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth, small, targets: targets.length };
}

describe('every page at phone widths', () => {
  it('is no wider than the screen and has no tap target under 24 × 24 px (SC 2.5.8)', async () => {
    const pages = listPages(site.dist);
    expect(pages.length).toBeGreaterThan(100);
    const failures: string[] = [];
    // One page object navigated through every page; each page is laid out at the three widths by
    // resizing the viewport (CSS decides the phone layouts, no script reads the width at load), which
    // takes a third of the navigations of one context per width: on the shared 2-core machines the
    // navigations are what costs.
    const { context } = await site.context({ viewport: { width: WIDTHS[0]!, height: 740 } });
    const page = await context.newPage();
    for (const { path } of pages) {
      // Styles are inlined and images carry their dimensions: the layout is final once the document
      // (and its deferred module scripts) has run; waiting for every image is slower.
      await page.goto(site.url(path), { waitUntil: 'domcontentloaded' });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 740 });
        const report = await page.evaluate(measure);
        expect(report.innerWidth).toBe(width);
        expect(report.targets, `${path}: không có phần tử tương tác nào`).toBeGreaterThan(0);
        if (report.scrollWidth > report.innerWidth) failures.push(`${width}px ${path}: rộng ${report.scrollWidth}px`);
        for (const target of report.small) failures.push(`${width}px ${path}: ${target}`);
      }
    }
    await context.close();
    expect(failures, failures.join('\n')).toEqual([]);
  }, 300_000);
});

/** Sum of layout shifts since navigation (not caused by input): the page's CLS while loading. */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
      }),
  );

describe('main navigation on a phone', () => {
  const settings = dataset.find((d) => d._type === 'siteSettings') as Doc & { navigation: { reference?: { _ref: string }; url?: string }[] };
  const editorsItems = settings.navigation.length;

  it('is a disclosure that toggles the list, by pointer and keyboard, with the directory and register in it', async () => {
    const { page } = await site.open('/', { viewport: PHONE });
    // A native disclosure: <details>/<summary> (the browser exposes the summary as a button with its
    // expanded state, and Enter/Space toggle it, with no script on the page).
    const menu = page.locator('.site-nav details');
    const button = menu.locator('> summary');
    const list = menu.locator('ul');
    const expanded = () => menu.evaluate((el) => (el as HTMLDetailsElement).open);
    expect(await button.textContent()).toContain('Mục lục');
    expect(await button.isVisible()).toBe(true);
    expect(await expanded()).toBe(false);
    expect(await list.isVisible()).toBe(false);
    expect(await layoutShift(page)).toBeLessThan(0.01);

    await button.click();
    expect(await expanded()).toBe(true);
    expect(await list.isVisible()).toBe(true);
    const hrefs = await list.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // The sample's editors link neither: both are added after the editors' items.
    expect(hrefs).toHaveLength(editorsItems + 2);
    expect(hrefs.slice(-2)).toEqual(['/guong-dien-hinh/', '/bang-vang/']);
    for (const link of await list.locator('a').all()) {
      expect(await link.isVisible()).toBe(true);
      const box = (await link.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    // A vertical list: every link starts on the same left edge.
    const lefts = new Set(await list.locator('a').evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().left))));
    expect(lefts.size).toBe(1);

    await button.click();
    expect(await expanded()).toBe(false);
    expect(await list.isVisible()).toBe(false);

    // Keyboard: Tab reaches the button, Enter and Space toggle it, and the links follow it in tab order.
    await page.locator('.site-tools').evaluate((el) => (el.querySelector('button, input') as HTMLElement | null)?.focus());
    for (let i = 0; i < 10 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await expanded()).toBe(true);
    await page.keyboard.press('Space');
    expect(await expanded()).toBe(false);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(hrefs[0]);
  });

  it('without JavaScript is a plain wrapped list: every link visible, on screen, no sideways overflow', async () => {
    const { page } = await site.open('/', { viewport: PHONE, javaScriptEnabled: false });
    expect(await page.locator('.site-nav summary').isVisible()).toBe(false);
    const links = await page.locator('.site-nav a').all();
    expect(links).toHaveLength(editorsItems + 2);
    for (const link of links) {
      expect(await link.isVisible()).toBe(true);
      const box = (await link.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  it('on a desktop shows the list without the button', async () => {
    const { page } = await site.open('/');
    expect(await page.locator('.site-nav summary').isVisible()).toBe(false);
    expect(await page.locator('.site-nav a[href="/bang-vang/"]').isVisible()).toBe(true);
  });
});

describe('directory on a phone', () => {
  const controlSets = (page: Page) => page.locator('[data-facet-nav], form[data-directory-form]').count();

  it.each([true, false])('has one set of filter controls, collapsed, and the first exemplar in the first screen (JavaScript %s)', async (javaScriptEnabled) => {
    const { page } = await site.open('/guong-dien-hinh/', { viewport: PHONE, javaScriptEnabled });
    expect(await controlSets(page)).toBe(1);
    const first = page.locator('[data-exemplar]').first();
    const box = (await first.boundingBox())!;
    expect(box.y).toBeLessThan(PHONE.height);
    expect(await page.locator('.filter-panel').getAttribute('open')).toBeNull();
    if (javaScriptEnabled) expect(await layoutShift(page)).toBeLessThan(0.01);
    await page.locator('.filter-panel > summary').click();
    const controls = javaScriptEnabled ? page.locator('form[data-directory-form] select').first() : page.locator('[data-facet-nav] a').first();
    expect(await controls.isVisible()).toBe(true);
  });

  it('filters by the lifecycle stages editors made public, with their counts', async () => {
    const expected = new Map<string, number>();
    for (const d of dataset) {
      const lifecycle = d.lifecycle as { stage?: string; showPublicly?: boolean } | undefined;
      if (d._type === 'exemplar' && lifecycle?.showPublicly === true && lifecycle.stage) expected.set(lifecycle.stage, (expected.get(lifecycle.stage) ?? 0) + 1);
    }
    const hiddenOnly = dataset.filter((d) => d._type === 'exemplar' && (d.lifecycle as { showPublicly?: boolean } | undefined)?.showPublicly === false);
    expect(hiddenOnly.length).toBeGreaterThan(0); // the sample has private stages the facet must not count

    const { page } = await site.open('/guong-dien-hinh/', { viewport: PHONE });
    const options = await page.$$eval('select[name="giai-doan"] option', (opts) =>
      opts.filter((o) => (o as HTMLOptionElement).value).map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ''] as const),
    );
    expect(new Set(options.map(([value]) => value))).toEqual(new Set(expected.keys()));
    for (const [value, text] of options) expect(text).toContain(`(${expected.get(value)})`);
    await page.locator('.filter-panel > summary').click();
    const [stage, count] = [...expected].sort((a, b) => b[1] - a[1])[0]!;
    await page.selectOption('select[name="giai-doan"]', stage);
    expect(await page.$$eval('[data-exemplar]', (items) => items.filter((li) => !(li as HTMLElement).hidden).length)).toBe(count);
    expect(new URL(page.url()).searchParams.get('giai-doan')).toBe(stage);
  });
});

describe('honours register on a phone', () => {
  // The register's rows: every public honour decision, and every awarded contest entry whose prize is
  // an honour (issue 11: the decision is on the prize).
  const honours = dataset.filter((d) => d._type === 'honour' && d.isPublic !== false).map((d) => d.decisionNumber as string);
  const awards = dataset
    .filter((d) => d._type === 'contestEntry' && d.status === 'dat-giai')
    .flatMap((entry) => {
      const contest = dataset.find((c) => c._id === (entry.contest as { _ref: string })._ref);
      const prize = ((contest?.prizes ?? []) as { _key: string; isHonour?: boolean; decisionNumber?: string }[]).find((p) => p._key === entry.placing);
      return prize?.isHonour && prize.decisionNumber ? [prize.decisionNumber] : [];
    });
  const decisionNumbers = new Set([...honours, ...awards]);

  it('is a list of cards, the first in the first screen, nothing scrolled sideways, no layout shift', async () => {
    const { page } = await site.open('/bang-vang/', { viewport: PHONE });
    expect(await layoutShift(page)).toBeLessThan(0.01);
    const cards = await page.$$eval('[data-honour]', (rows) =>
      rows.map((row) => {
        const r = row.getBoundingClientRect();
        return { display: getComputedStyle(row).display, left: r.left, right: r.right };
      }),
    );
    expect(cards.length).toBe(honours.length + awards.length);
    // The filters are collapsed: the first honour shows in the first screen.
    expect(await page.locator('honours-register details.filter-panel').getAttribute('open')).toBeNull();
    expect((await page.locator('[data-honour]').first().boundingBox())!.y).toBeLessThan(PHONE.height);
    for (const card of cards) {
      expect(card.display).toBe('block');
      expect(card.left).toBeGreaterThanOrEqual(0);
      expect(card.right).toBeLessThanOrEqual(PHONE.width);
    }
    const scrolled = await page.$$eval('*', (els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX)).length);
    expect(scrolled).toBe(0);
  });

  const oneLine = async (page: Page, context: string) => {
    const lines = await page.$$eval('[data-decision-number]', (spans) =>
      spans.map((span) => {
        const range = document.createRange();
        range.selectNodeContents(span);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return { text: span.textContent ?? '', lines: tops.size };
      }),
    );
    expect(lines.length, context).toBeGreaterThan(0);
    for (const { text, lines: n } of lines) {
      expect(decisionNumbers.has(text), `${context}: ${text}`).toBe(true);
      expect(n, `${context}: "${text}" bị ngắt dòng`).toBe(1);
    }
  };

  it('never breaks a decision number inside, in the register and on profiles', async () => {
    const recipient = dataset.find((d) => d._type === 'honour' && d.isPublic !== false) as Doc & { recipients: { _ref: string }[] };
    const exemplar = dataset.find((d) => d._id === recipient.recipients[0]!._ref) as Doc & { slug: { current: string } };
    let context: BrowserContext | undefined;
    for (const width of [320, 375]) {
      const opened = await site.open('/bang-vang/', { viewport: { width, height: 667 } });
      context = opened.context;
      await oneLine(opened.page, `/bang-vang/ ${width}px`);
      await opened.page.goto(site.url(`/guong-dien-hinh/${exemplar.slug.current}/`));
      await oneLine(opened.page, `hồ sơ ${width}px`);
      await context.close();
    }
  });
});
