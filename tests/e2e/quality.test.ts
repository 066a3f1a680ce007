// Keyboard focus, dark mode (system, toggle, saved choice, no flash, JavaScript off), navigation
// through the header and footer, print emulation, and the story page's script and weight budgets —
// in Chromium against the production build.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { listPages, samplePages, siteDist, useSite } from './helpers/index.ts';

const dist = await siteDist();
const allPages = listPages(dist);
const stories = allPages.filter((p) => p.type === 'story');
/** Photo essays and infographics enhance their pictures with one script file, the lightbox (a `<gs-lightbox>` element). */
const LIGHTBOX_SCRIPT = /^\/_astro\/LightboxScript\.[^/]+\.js$/;
const hasLightbox = (file: string) => readFileSync(file, 'utf8').includes('<gs-lightbox');
/** The longest story without a lightbox (most components, and the budget of "no script file" applies to it). */
const story = [...stories].filter((p) => !hasLightbox(p.file)).sort((a, b) => b.bytes - a.bytes)[0]!;
const site = useSite();

const LIGHT_PAPER = 'rgb(255, 253, 248)';
const DARK_PAPER = 'rgb(22, 21, 19)';

// WCAG relative luminance / contrast of two computed `rgb(…)` colours.
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

const htmlState = (page: Page) =>
  page.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    background: getComputedStyle(document.documentElement).backgroundColor,
    pressed: document.getElementById('giao-dien')?.getAttribute('aria-pressed'),
    toggleShown: (() => {
      const b = document.getElementById('giao-dien');
      return !!b && getComputedStyle(b).display !== 'none';
    })(),
    saved: (() => {
      try {
        return localStorage.getItem('theme');
      } catch {
        return 'unavailable';
      }
    })(),
  }));

/** Records the theme when <body> is first inserted (before first paint) and at DOMContentLoaded. */
const RECORD_FIRST_PAINT = `
  window.__qa = {};
  new MutationObserver(function (list, obs) {
    if (document.body && !window.__qa.atBody) {
      window.__qa.atBody = document.documentElement.getAttribute('data-theme');
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', function () {
    window.__qa.atDomContentLoaded = document.documentElement.getAttribute('data-theme');
    window.__qa.bgAtDomContentLoaded = getComputedStyle(document.documentElement).backgroundColor;
  });
`;
type FirstPaint = { atBody?: string | null; atDomContentLoaded?: string | null; bgAtDomContentLoaded?: string };

describe('keyboard focus', () => {
  it('every focusable element in the header, main and footer shows a focus outline with 3:1 contrast', async () => {
    for (const path of ['/', story.path]) {
      const { page, context } = await site.open(path);
      const seen: string[] = [];
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const cs = getComputedStyle(el);
          return {
            desc: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).split(' ')[0] : ''} ${(el.textContent ?? '').trim().slice(0, 30)}`,
            outlineStyle: cs.outlineStyle,
            outlineWidth: parseFloat(cs.outlineWidth),
            outlineColor: cs.outlineColor,
            focusVisible: el.matches(':focus-visible'),
            background: getComputedStyle(document.documentElement).backgroundColor,
            inFooter: !!el.closest('footer'),
          };
        });
        if (!state) break;
        seen.push(state.desc);
        expect(state.focusVisible, state.desc).toBe(true);
        expect(state.outlineStyle, state.desc).not.toBe('none');
        expect(state.outlineWidth, state.desc).toBeGreaterThanOrEqual(2);
        expect(contrast(state.outlineColor, state.background), `${state.desc}: outline ${state.outlineColor} on ${state.background}`).toBeGreaterThanOrEqual(3);
        if (state.inFooter && seen.length > 40) break;
      }
      expect(seen.length, `${path}: focus moved through the page`).toBeGreaterThan(3);
      await context.close();
    }
  });
});

describe('dark mode', () => {
  it('follows the system when nothing is saved, and the toggle reflects it', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, context } = await site.open('/', { colorScheme: scheme });
      const state = await htmlState(page);
      expect(state).toMatchObject({ theme: scheme, pressed: String(scheme === 'dark'), toggleShown: true, saved: null });
      expect(state.background).toBe(scheme === 'dark' ? DARK_PAPER : LIGHT_PAPER);
      // The system changes while the page is open: the page follows.
      const other = scheme === 'dark' ? 'light' : 'dark';
      await page.emulateMedia({ colorScheme: other });
      await page.waitForFunction((t) => document.documentElement.dataset.theme === t, other);
      expect((await htmlState(page)).background).toBe(other === 'dark' ? DARK_PAPER : LIGHT_PAPER);
      await context.close();
    }
  });

  it('the header toggle switches theme, saves the choice, and the choice survives reload with no flash', async () => {
    const { context } = await site.context({ colorScheme: 'light' });
    await context.addInitScript(RECORD_FIRST_PAINT);
    const page = await context.newPage();
    await page.goto(site.url(story.path));
    const toggle = page.locator('header #giao-dien');
    expect(await toggle.getAttribute('type')).toBe('button');
    expect((await toggle.textContent())?.trim()).toBeTruthy();
    await toggle.click();
    expect(await htmlState(page)).toMatchObject({ theme: 'dark', pressed: 'true', saved: 'dark', background: DARK_PAPER });

    await page.reload();
    const first = (await page.evaluate(() => (window as unknown as { __qa: FirstPaint }).__qa)) as FirstPaint;
    expect(first.atBody, 'theme set before <body> exists (before first paint)').toBe('dark');
    expect(first.atDomContentLoaded).toBe('dark');
    expect(first.bgAtDomContentLoaded).toBe(DARK_PAPER);
    expect(await htmlState(page)).toMatchObject({ theme: 'dark', pressed: 'true' });

    // Another page of the site remembers it too; toggling back saves "light", which beats a dark system.
    await page.goto(site.url('/'));
    expect((await htmlState(page)).theme).toBe('dark');
    await page.locator('#giao-dien').press('Enter');
    expect(await htmlState(page)).toMatchObject({ theme: 'light', pressed: 'false', saved: 'light', background: LIGHT_PAPER });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    const again = (await page.evaluate(() => (window as unknown as { __qa: FirstPaint }).__qa)) as FirstPaint;
    expect(again.atBody).toBe('light');
    expect(await htmlState(page)).toMatchObject({ theme: 'light', background: LIGHT_PAPER });
    await context.close();
  });

  it('with JavaScript off the system preference still applies and the toggle is hidden', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, context } = await site.open(story.path, { colorScheme: scheme, javaScriptEnabled: false });
      const state = await page.evaluate(() => ({
        theme: document.documentElement.getAttribute('data-theme'),
        background: getComputedStyle(document.documentElement).backgroundColor,
        toggle: getComputedStyle(document.getElementById('giao-dien')!).display,
      }));
      expect(state).toEqual({ theme: null, background: scheme === 'dark' ? DARK_PAPER : LIGHT_PAPER, toggle: 'none' });
      await context.close();
    }
  });

  it('the no-JavaScript dark tokens equal the scripted dark tokens', async () => {
    const tokens = ['--paper', '--surface', '--ink', '--muted', '--accent', '--on-accent', '--focus', '--control', '--rule'];
    const read = async (javaScriptEnabled: boolean) => {
      const { page, context } = await site.open('/', { colorScheme: 'dark', javaScriptEnabled });
      const values = await page.evaluate((names) => names.map((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim()), tokens);
      await context.close();
      return values;
    };
    const scripted = await read(true);
    expect(scripted.every(Boolean)).toBe(true);
    expect(await read(false)).toEqual(scripted);
  });
});

describe('navigation', () => {
  it('every header and footer link of the home page leads to a page; the header marks the current section', async () => {
    const { page, context } = await site.open('/');
    const links = await page.$$eval('header a[href], footer nav a[href]', (as) =>
      as.map((a) => ({ text: (a.textContent ?? '').trim(), href: (a as HTMLAnchorElement).href, inNav: !!a.closest('header nav') })),
    );
    const local = links.filter((l) => new URL(l.href).origin === site.server.origin);
    expect(local.filter((l) => l.inNav).length, 'header navigation has links').toBeGreaterThan(2);
    const broken: string[] = [];
    for (const link of local) {
      const res = await page.goto(link.href);
      if (res?.status() !== 200) broken.push(`${link.text} → ${link.href} (${res?.status()})`);
    }
    expect(broken).toEqual([]);

    // Follow the header navigation by clicking, as a reader would.
    await page.goto(site.url('/'));
    for (const link of local.filter((l) => l.inNav && new URL(l.href).pathname !== '/')) {
      await page.goto(site.url('/'));
      await page.locator('header nav a', { hasText: link.text }).first().click();
      await page.waitForURL(link.href);
      expect(await page.locator('main h1').count(), `${link.href} has a heading`).toBeGreaterThan(0);
      const current = await page.locator('header nav a[aria-current]').allTextContents();
      expect(current, `${link.href}: current section`).toEqual([link.text]);
    }
    await page.locator('header .site-name').click();
    await page.waitForURL(site.url('/'));
    await context.close();
  });
});

describe('print', () => {
  for (const path of ['/', story.path]) {
    it(`print hides navigation and chrome, prints dark text on white (${path})`, async () => {
      const { page, context } = await site.open(path, { colorScheme: 'dark' });
      await page.emulateMedia({ media: 'print' });
      const state = await page.evaluate(() => {
        const shown = (el: Element) => {
          const box = (el as HTMLElement).getBoundingClientRect();
          return getComputedStyle(el).display !== 'none' && box.width > 0 && box.height > 0;
        };
        const chrome = [...document.querySelectorAll('nav, .skip-link, .site-tools, #giao-dien, footer.site-footer')];
        return {
          chromeFound: chrome.length,
          chromeShown: chrome.filter(shown).map((el) => el.outerHTML.slice(0, 80)),
          mainShown: shown(document.querySelector('main')!),
          h1Shown: shown(document.querySelector('main h1')!),
          background: getComputedStyle(document.documentElement).backgroundColor,
          color: getComputedStyle(document.querySelector('main h1')!).color,
        };
      });
      expect(state.chromeFound).toBeGreaterThan(2);
      expect(state.chromeShown).toEqual([]);
      expect(state.mainShown && state.h1Shown).toBe(true);
      expect(state.background).toBe('rgb(255, 255, 255)');
      expect(state.color).toBe('rgb(0, 0, 0)');
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('header nav').first().isVisible()).toBe(true);
      await context.close();
    });
  }
});

describe('story page budgets', () => {
  it('a story page requests no JavaScript file', async () => {
    const { page, requests, context } = await site.open(story.path, { waitUntil: 'networkidle' });
    // Scroll to the end so lazy images and anything else below the fold are requested too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.filter((u) => /\.m?js(\?|$)/.test(new URL(u).pathname + new URL(u).search))).toEqual([]);
    expect(await page.locator('script[src]').count()).toBe(0);
    expect(await page.locator('link[rel="modulepreload"], link[as="script"]').count()).toBe(0);
    await context.close();
  });

  it('every page has the theme script in <head> (≤ 500 bytes); story pages: inline JavaScript ≤ 1 KB', () => {
    const over: string[] = [];
    const others: string[] = [];
    expect(stories.length).toBeGreaterThan(10);
    expect(allPages.length).toBeGreaterThan(stories.length);
    for (const p of allPages) {
      const html = readFileSync(p.file, 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
        .filter(([, attrs]) => !/type\s*=\s*"?(application\/(ld\+)?json|text\/plain)/i.test(attrs!))
        .map(([, attrs, body]) => ({ attrs: attrs!, bytes: Buffer.byteLength(body!) }));
      const total = scripts.reduce((n, s) => n + s.bytes, 0);
      if (total > 1024) (p.type === 'story' ? over : others).push(`${p.path}: ${total} B`);
      const head = html.slice(0, html.indexOf('</head>'));
      const theme = /<script>([^<]*giao-dien[^<]*)<\/script>/.exec(head)?.[1];
      if (!theme) over.push(`${p.path}: no theme script in <head>`);
      else if (Buffer.byteLength(theme) > 500) over.push(`${p.path}: theme script ${Buffer.byteLength(theme)} B`);
      const files = scripts.map((s) => /\bsrc\s*=\s*"([^"]*)"/.exec(s.attrs)?.[1]).filter((src) => src !== undefined);
      const allowed = (src: string) => LIGHTBOX_SCRIPT.test(src) && html.includes('<gs-lightbox');
      if (p.type === 'story' && !files.every(allowed)) over.push(`${p.path}: loads a script file`);
    }
    if (others.length) console.info(`[e2e] pages with more than 1 KB of inline JS (not story pages): ${others.join(', ')}`);
    expect(over).toEqual([]);
  });

  it('every story page weighs ≤ 25 KB of HTML + CSS gzipped', () => {
    const sizes = stories.map((p) => {
      const html = readFileSync(p.file);
      const css = [...html.toString('utf8').matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map(([, href]) =>
        readFileSync(`${dist}${new URL(href!, 'http://x').pathname}`),
      );
      return { path: p.path, bytes: [html, ...css].reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) };
    });
    expect(sizes.length).toBeGreaterThan(0);
    const max = sizes.sort((a, b) => b.bytes - a.bytes)[0]!;
    console.info(`[e2e] heaviest story page: ${max.path} ${max.bytes} B gzipped (HTML + CSS)`);
    expect(sizes.filter((s) => s.bytes > 25 * 1024)).toEqual([]);
  });
});

describe('every page type is a complete page', () => {
  it('one skip link, a named main landmark target, one banner, one contentinfo, lang="vi"', () => {
    const problems: string[] = [];
    const sampled = samplePages(dist, { perType: 1 });
    expect(new Set(sampled.map((p) => p.type)).size, 'several page types').toBeGreaterThan(5);
    for (const p of sampled) {
      const html = readFileSync(p.file, 'utf8');
      const count = (re: RegExp) => (html.match(re) ?? []).length;
      if (!/<html lang="vi"/.test(html)) problems.push(`${p.path}: lang`);
      if (count(/class="skip-link" href="#noi-dung"/g) !== 1) problems.push(`${p.path}: skip link`);
      if (count(/<main\b[^>]*id="noi-dung"/g) !== 1) problems.push(`${p.path}: main#noi-dung`);
      if (count(/<header class="site-header"/g) !== 1) problems.push(`${p.path}: site header`);
      if (count(/<footer class="site-footer"/g) !== 1) problems.push(`${p.path}: site footer`);
    }
    expect(problems).toEqual([]);
  });
});
