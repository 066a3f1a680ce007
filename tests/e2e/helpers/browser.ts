// Debian's Chromium through playwright-core (no downloaded browsers), and page contexts that can only
// reach the local test server.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * `scrollbars: true` keeps classic (15 px) scrollbars, as Lighthouse's desktop runs have them:
 * playwright hides them in headless mode by default, which hides every shift they cause.
 */
export function launchChromium(options: { scrollbars?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    timeout: 60_000,
    ...(options.scrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
  });
}

export interface ContextOptions extends BrowserContextOptions {
  /** 'light' (default) or 'dark': the system preference the page sees. */
  colorScheme?: 'light' | 'dark';
}

/**
 * A browser context that only talks to `origin`: any other request is aborted and listed in
 * `blocked` (there is no internet here, and a page must not depend on third parties).
 */
export async function isolatedContext(
  browser: Browser,
  origin: string,
  options: ContextOptions = {},
): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 900 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
    // The pages carry a strict CSP (hashes only), which also blocks the tools tests inject (axe-core
    // through an inline script tag). tests/e2e/csp.test.ts turns this off to check the policy itself.
    bypassCSP: true,
    ...options,
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(20_000);
  const blocked: string[] = [];
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return { context, blocked };
}
