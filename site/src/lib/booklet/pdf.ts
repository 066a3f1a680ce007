// PDF renderer: Debian's Chromium driven by playwright-core, with Paged.js (from node_modules)
// laying the book out — named pages, running heads (string-set), folios and a table of contents
// with target-counter() page numbers — before Chromium prints it with page.pdf(). Everything the
// page loads is served from memory on a fake origin; any other request is refused (no network).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { BookletError } from './errors.ts';
import { loadFonts } from './fonts.ts';
import type { PageSize } from './model.ts';
import { chapterHtml, creditsHtml, forewordHtml, type Layout, type PreparedBooklet } from './render.ts';
import { withPdfMetadata } from './pdf-metadata.ts';
import { qrSvg } from './qr.ts';
import { printCss } from './styles.ts';
import { esc } from './xml.ts';

const require = createRequire(import.meta.url);
// The package's `exports` hide dist/; its CommonJS entry is lib/index.cjs, next to dist/.
const PAGED_POLYFILL = join(dirname(require.resolve('pagedjs')), '..', 'dist', 'paged.polyfill.js');
const ORIGIN = 'http://booklet.invalid';
const LAYOUT: Layout = { src: (path) => `/${path}`, chapterHref: (id) => `#${id}`, qr: qrSvg };

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** One browser for several booklets (the build renders them in a row). */
export interface PdfRenderer {
  render(book: PreparedBooklet, pageSize: PageSize): Promise<Buffer>;
  close(): Promise<void>;
}

export async function launchPdfRenderer(): Promise<PdfRenderer> {
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new BookletError(
      `Không khởi động được Chromium ở ${CHROMIUM_PATH} để dựng bản PDF (cài gói chromium bằng scripts/install-system-deps.sh ` +
        `hoặc đặt CHROMIUM_PATH): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}.`,
    );
  }
  return {
    render: (book, pageSize) => renderWith(browser, book, pageSize),
    close: () => browser.close(),
  };
}

/** The whole book as one HTML document for Paged.js. */
export function printHtml(book: PreparedBooklet, pageSize: PageSize): string {
  const { model } = book;
  const fonts = loadFonts();
  const cover =
    `<section class="cover-page">${book.cover ? `<img src="/${book.cover.path}" alt="${esc(model.cover?.alt ?? '')}"/>` : ''}` +
    `<div class="cover-page__text"><h1 class="cover-page__title book-title">${esc(model.title)}</h1>` +
    `${model.edition ? `<p class="cover-page__edition">${esc(model.edition)}</p>` : ''}` +
    `<p class="cover-page__publisher">${esc(model.publisher)}${model.year ? ` · ${model.year}` : ''}</p></div></section>`;
  const foreword = forewordHtml(book, LAYOUT);
  const toc =
    `<section class="front toc" id="muc-luc"><h1 class="matter__title">Mục lục</h1><ol>` +
    model.chapters
      .map((chapter) => `<li><a href="#${chapter.id}"><span class="toc__label">${chapter.index}. ${esc(chapter.title)}</span><span class="toc__dots"></span></a></li>`)
      .join('') +
    `<li><a href="#thuc-hien"><span class="toc__label">Thực hiện</span><span class="toc__dots"></span></a></li></ol></section>`;
  const chapters = model.chapters.map((chapter) => `<section class="chapter" id="${chapter.id}">${chapterHtml(book, chapter, LAYOUT)}</section>`);
  return (
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/><title>${esc(model.title)}</title>` +
    `<style>${printCss(pageSize, fonts.css)}</style></head><body>` +
    cover +
    (foreword ? `<section class="front foreword" id="loi-noi-dau">${foreword}</section>` : '') +
    toc +
    chapters.join('') +
    `<section class="front credits-page" id="thuc-hien">${creditsHtml(book)}</section>` +
    `</body></html>`
  );
}

async function renderWith(browser: Browser, book: PreparedBooklet, pageSize: PageSize): Promise<Buffer> {
  const resources = new Map<string, { body: Buffer; contentType: string }>();
  resources.set('/index.html', { body: Buffer.from(printHtml(book, pageSize), 'utf8'), contentType: 'text/html; charset=utf-8' });
  for (const [path, body] of loadFonts().files) resources.set(path, { body, contentType: 'font/woff2' });
  for (const file of book.images.files()) resources.set(`/${file.path}`, { body: file.bytes, contentType: file.mediaType });

  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const resource = url.origin === ORIGIN ? resources.get(decodeURIComponent(url.pathname)) : undefined;
      if (resource) await route.fulfill({ status: 200, body: resource.body, contentType: resource.contentType });
      else await route.abort('blockedbyclient');
    });
    await page.addInitScript(() => {
      const w = window as unknown as { PagedConfig: unknown; __pagedDone?: number; __pagedError?: string };
      w.PagedConfig = {
        auto: true,
        before: () => document.fonts.ready,
        after: (flow: { total?: number }) => {
          w.__pagedDone = flow?.total ?? 0;
        },
      };
      window.addEventListener('error', (event) => {
        w.__pagedError = String(event.message);
      });
    });
    await page.goto(`${ORIGIN}/index.html`, { waitUntil: 'load' });
    await page.addScriptTag({ path: PAGED_POLYFILL });
    await page.waitForFunction(
      () => {
        const w = window as unknown as { __pagedDone?: number; __pagedError?: string };
        return w.__pagedDone !== undefined || w.__pagedError !== undefined;
      },
      undefined,
      { timeout: 120_000, polling: 50 },
    );
    const error = await page.evaluate(() => (window as unknown as { __pagedError?: string }).__pagedError);
    const pages = await page.evaluate(() => (window as unknown as { __pagedDone?: number }).__pagedDone);
    if (error !== undefined && !pages) throw new Error(`Paged.js: ${error}`);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    return await withPdfMetadata(pdf, book.model);
  } finally {
    await context.close();
  }
}

/** One booklet, one browser (the CLI and tests). */
export async function renderPdf(book: PreparedBooklet, pageSize: PageSize, renderer?: PdfRenderer): Promise<Buffer> {
  const own = renderer ?? (await launchPdfRenderer());
  try {
    return await own.render(book, pageSize);
  } finally {
    if (!renderer) await own.close();
  }
}
