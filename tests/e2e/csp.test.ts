// Content-Security-Policy in Debian's Chromium: the sample build served by real nginx with the
// production config (deploy/nginx/guong-sang.conf, its headers included), every page type opened with
// zero CSP violations, no 'unsafe-inline' anywhere, and the scripts that must run under the policy do:
// the theme toggle, Pagefind search (WebAssembly), and an embed facade's iframe.
import { chmodSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { isolatedContext, launchChromium, listPages, samplePages, siteDist, type SitePage } from './helpers/index.ts';
import { freePort, startNginx, type RunningNginx } from '../../deploy/nginx/local.ts';
import { EMBED_SRC, EMBED_TAG, THEME_TOGGLE_ID } from '../../site/src/scripts/ids.ts';

let dist: string;
let nginx: RunningNginx;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  dist = await siteDist();
  chmodSync(dist, 0o755); // nginx's workers run as `nobody` when the tests run as root
  // No site server behind it here: the proxied paths are not part of this test.
  nginx = await startNginx({ root: dist, upstream: `127.0.0.1:${await freePort()}` });
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close().catch(() => {});
  await nginx?.stop();
}, 60_000);

interface Opened {
  page: Page;
  /** CSP violations: `securitypolicyviolation` events and Chromium's console reports. */
  violations: string[];
  status: number | undefined;
  cspHeader: string | undefined;
}

async function open(path: string): Promise<Opened> {
  const { context } = await isolatedContext(browser, nginx.origin, { bypassCSP: false });
  contexts.push(context);
  const page = await context.newPage();
  const violations: string[] = [];
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  const response = await page.goto(nginx.url(path), { waitUntil: 'load' });
  // Lazy pictures: scroll through the page, then wait until every picture has loaded (or failed).
  // Screen by screen, as a reader does: a jump to the bottom skips lazy pictures in the middle of a long
  // page (a photo essay's large pictures), which then never load.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
    }
    window.scrollTo(0, document.body.scrollHeight);
  });
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  return {
    page,
    violations,
    status: response?.status(),
    cspHeader: response?.headers()['content-security-policy'],
  };
}

const pageViolations = async (opened: Opened) => [
  ...opened.violations,
  ...(await opened.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
];

const metaPolicy = (page: Page) =>
  page.evaluate(() => document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? null);

describe('Content-Security-Policy', () => {
  let pages: SitePage[] = [];
  beforeAll(() => {
    pages = samplePages(dist, { perType: 1 }).map((p) => (p.type === '404' ? { ...p, path: '/khong-co-trang-nay/' } : p));
  });

  it('every page type loads under the policy with zero violations', async () => {
    expect(pages.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const p of pages) {
      const opened = await open(p.path);
      const policy = await metaPolicy(opened.page);
      if (opened.status !== (p.type === '404' ? 404 : 200)) problems.push(`${p.path}: HTTP ${opened.status}`);
      if (!policy) problems.push(`${p.path}: không có thẻ meta CSP`);
      else {
        const unsafe = policy.match(/'unsafe-inline'|'unsafe-eval'/g);
        if (unsafe) problems.push(`${p.path}: ${unsafe.join(' ')}`);
        if (!/script-src 'self'[^;]* 'sha256-/.test(policy)) problems.push(`${p.path}: script-src không có mã băm`);
        if (!/style-src 'self'[^;]* 'sha256-/.test(policy)) problems.push(`${p.path}: style-src không có mã băm`);
      }
      if (!opened.cspHeader?.includes("frame-ancestors 'none'")) problems.push(`${p.path}: thiếu tiêu đề CSP của nginx`);
      for (const v of await pageViolations(opened)) problems.push(`${p.path} (${p.type}): ${v}`);
      await opened.page.context().close();
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('the theme toggle works under the policy', async () => {
    const opened = await open('/');
    const theme = () => opened.page.evaluate(() => document.documentElement.dataset.theme ?? null);
    const before = await theme();
    await opened.page.click(`#${THEME_TOGGLE_ID}`);
    const after = await theme();
    expect(after === 'dark' || after === 'light').toBe(true);
    expect(after).not.toBe(before);
    expect(await pageViolations(opened)).toEqual([]);
  });

  it('search (Pagefind, WebAssembly) returns results under the policy', async () => {
    const opened = await open('/tim-kiem/?q=duong+den+truong');
    await opened.page.waitForFunction(() => {
      const root = document.querySelector('[data-search-page]');
      return root && !root.hasAttribute('aria-busy') && /kết quả/.test(document.querySelector('[data-search-status]')?.textContent ?? '');
    });
    const first = await opened.page.locator('[data-search-results] > li h2 a').first().getAttribute('href');
    expect(first).toBe('/bai-viet/duong-den-truong/');
    expect(await pageViolations(opened)).toEqual([]);
  });

  it('an embed facade click creates its player iframe under the policy', async () => {
    // The sample's stories with a facade: found in the built pages, not hard-coded.
    const withEmbed = listPages(dist).find((p) => p.type === 'story' && readFileSync(p.file, 'utf8').includes(`<${EMBED_TAG}`));
    expect(withEmbed, 'mẫu không có bài nào có trình phát nhúng').toBeDefined();
    const opened = await open(withEmbed!.path);
    const facade = opened.page.locator(EMBED_TAG).first();
    const src = await facade.getAttribute(EMBED_SRC);
    expect(src).toMatch(/^https:\/\//);
    await facade.locator('a').first().click();
    const frame = facade.locator('iframe');
    await frame.waitFor({ state: 'attached' });
    expect(await frame.getAttribute('src')).toBe(src);
    expect(await pageViolations(opened)).toEqual([]);
  });
});
