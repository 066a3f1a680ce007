/**
 * Shared helpers for the end-to-end tests (Chromium against the production build).
 *
 *   import { useSite, runAxe, formatViolations, samplePages } from './helpers/index.ts';
 *
 *   const site = useSite();                 // registers beforeAll/afterAll in this file (or describe)
 *   it('…', async () => {
 *     const { page, blocked, requests } = await site.open('/bai-viet/duong-den-truong/', { colorScheme: 'dark' });
 *     expect(await runAxe(page)).toEqual([]);  // or expect(v, formatViolations(v)).toHaveLength(0)
 *   });
 *
 * useSite(options?) → SiteHandle, filled in beforeAll:
 *   site.dist            absolute path of the built sample site (siteDist())
 *   site.server          SiteServer: origin, url(path), requests[] (every request served), close()
 *   site.browser         playwright-core Browser (Debian Chromium)
 *   site.url(path)       absolute URL on the local server
 *   site.context(opts)   new isolated BrowserContext (+ blocked[]): vi-VN, Asia/Ho_Chi_Minh, 1280×900,
 *                        colorScheme 'light' unless opts.colorScheme; any non-local request is aborted
 *   site.open(path, opts) new context + page, goto(path) (waits for 'load'); returns
 *                        { page, context, blocked, requests } — `requests` lists every URL the page asked for.
 *                        opts: ContextOptions (colorScheme, javaScriptEnabled, viewport, …) + { waitUntil }.
 *   Every context opened through the handle is closed in afterAll, then the browser, then the server.
 *
 * Lower-level pieces (usable on their own):
 *   siteDist()                         build the sample once per run (cached by input hash under
 *                                      $TMPDIR/guong-sang-e2e; E2E_DIST=dir serves an existing dist)
 *   serveDir(dir)                      static server on 127.0.0.1:random — content types incl. .webp/.avif/
 *                                      .pf_meta/.pf_fragment/.pf_index/.pagefind; '/x' → 301 '/x/';
 *                                      '/x/' → x/index.html; missing → 404.html with status 404
 *   launchChromium()                   Browser with the project's Chromium flags
 *   isolatedContext(browser, origin, opts)
 *   runAxe(page, { tags?, exclude? })  inject axe-core, return violations (WCAG_TAGS: 2.0/2.1/2.2 A+AA)
 *   formatViolations(violations)       readable text for assertion messages
 *   listPages(dist) / samplePages(dist, { perType })  pages of the dist grouped by URL shape (data-driven)
 *   watchLayoutShifts(page) / layoutShifts(page)  (layout-shift.ts) CLS as Lighthouse counts it, from first paint; oneFrameScore(entries, viewport)
 *   serveDirSlowly(dir, opts) / releaseAfterFirstPaint(page)  (slow-load.ts) HTML in two parts, late pictures
 *   launchChromium({ scrollbars: true })  classic scrollbars, as in Lighthouse desktop
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { siteDist } from './build.ts';
import { isolatedContext, launchChromium, type ContextOptions } from './browser.ts';
import { serveDir, type SiteServer } from './server.ts';

export { buildInputsHash, siteDist } from './build.ts';
export { CHROMIUM_ARGS, CHROMIUM_PATH, isolatedContext, launchChromium, type ContextOptions } from './browser.ts';
export { CONTENT_TYPES, serveDir, type ServedRequest, type SiteServer } from './server.ts';
export { formatViolations, runAxe, WCAG_TAGS, type AxeOptions, type AxeViolation } from './axe.ts';
export { listPages, patternOf, samplePages, type SitePage } from './pages.ts';

export interface OpenOptions extends ContextOptions {
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Non-local requests that were aborted. */
  blocked: string[];
  /** Every request URL the page made (including blocked ones), in order. */
  requests: string[];
}

export interface SiteHandle {
  dist: string;
  server: SiteServer;
  browser: Browser;
  url(path: string): string;
  context(options?: ContextOptions): Promise<{ context: BrowserContext; blocked: string[] }>;
  open(path: string, options?: OpenOptions): Promise<OpenedPage>;
}

export function useSite(): SiteHandle {
  const contexts = new Set<BrowserContext>();
  let dist: string | undefined;
  let server: SiteServer | undefined;
  let browser: Browser | undefined;
  const need = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`useSite(): ${name} chưa sẵn sàng (chỉ dùng trong test, sau beforeAll)`);
    return value;
  };
  const handle: SiteHandle = {
    get dist() {
      return need(dist, 'dist');
    },
    get server() {
      return need(server, 'server');
    },
    get browser() {
      return need(browser, 'browser');
    },
    url: (path) => need(server, 'server').url(path),
    async context(options) {
      const made = await isolatedContext(need(browser, 'browser'), need(server, 'server').origin, options);
      contexts.add(made.context);
      made.context.on('close', () => contexts.delete(made.context));
      return made;
    },
    async open(path, options = {}) {
      const { waitUntil = 'load', ...contextOptions } = options;
      const { context, blocked } = await handle.context(contextOptions);
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(handle.url(path), { waitUntil });
      return { page, context, blocked, requests };
    },
  };
  beforeAll(async () => {
    dist = await siteDist();
    server = await serveDir(dist);
    browser = await launchChromium();
  }, 900_000);
  afterAll(async () => {
    for (const context of [...contexts]) await context.close().catch(() => {});
    await browser?.close().catch(() => {});
    await server?.close();
  }, 60_000);
  return handle;
}
