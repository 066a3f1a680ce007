// Stylesheets. The EPUB one stays modest (reading systems impose their own fonts and margins); the
// print one drives Paged.js: page size, margin boxes (running head, folio), TOC leaders and page
// numbers via target-counter().
import type { PageSize } from './model.ts';

const SHARED = `
figure { margin: 1.2em 0; padding: 0; }
figure img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figcaption, .gallery__caption, .media-link__caption { font-size: 0.85em; color: #444; margin-top: 0.4em; }
figcaption .credit { font-style: italic; }
.image-fallback { font-style: italic; color: #444; border-left: 3px solid #c9a227; padding-left: 0.6em; }
blockquote { margin: 1em 1.5em; font-style: italic; }
.pull-quote { margin: 1.4em 0; padding: 0.6em 0 0.6em 1em; border-left: 4px solid #b3261e; font-size: 1.15em; }
.pull-quote__by { font-style: normal; font-size: 0.85em; text-align: right; }
.fact-box, .exemplar-card { margin: 1.2em 0; padding: 0.7em 1em; background: #f6f1e3; border: 1px solid #e0d5b5; }
.fact-box__title, .exemplar-card__name { font-weight: bold; margin-top: 0; }
.exemplar-card__meta { font-size: 0.9em; color: #444; }
.media-link { margin: 1em 0; padding: 0.5em 0.8em; border: 1px dashed #999; }
.media-link__url { font-size: 0.85em; overflow-wrap: anywhere; word-break: break-all; }
.media-link--qr { display: flow-root; break-inside: avoid; }
.media-link__qr { float: right; margin: 0 0 0.4em 0.8em; line-height: 0; }
.chapter__number { letter-spacing: 0.04em; font-weight: bold; font-size: 0.8em; color: #b3261e; margin-bottom: 0.2em; }
.chapter__title, .matter__title { font-size: 1.7em; line-height: 1.2; margin: 0 0 0.5em; }
.chapter__dek { font-size: 1.08em; font-style: italic; }
.chapter__byline { font-size: 0.9em; color: #444; }
.credits__role { font-weight: bold; }
.colophon { margin-top: 2em; font-size: 0.9em; color: #444; }
`;

export const EPUB_CSS = `@charset "UTF-8";
body { font-family: serif; line-height: 1.5; margin: 0 0.4em; }
h1, h2, h3, h4 { font-family: sans-serif; line-height: 1.25; page-break-after: avoid; }
p { margin: 0 0 0.8em; }
.cover { text-align: center; margin: 0; }
.cover img { max-width: 100%; max-height: 70vh; }
.cover__title { font-family: sans-serif; font-size: 2em; margin: 0.8em 0 0.2em; }
.cover__edition { font-style: italic; }
nav ol { list-style: none; padding-left: 0; }
nav li { margin: 0.3em 0; }
.gallery { margin: 1.2em 0; }
${SHARED}`;

const PAGE: Record<PageSize, { size: string; margin: string; font: string }> = {
  A5: { size: 'A5', margin: '18mm 15mm 18mm 15mm', font: '10.5pt' },
  A4: { size: 'A4', margin: '24mm 22mm 24mm 22mm', font: '11.5pt' },
};

export function printCss(pageSize: PageSize, fontFaces: string): string {
  const page = PAGE[pageSize];
  return `${fontFaces}
@page {
  size: ${page.size};
  margin: ${page.margin};
  @top-left { content: string(book-title); font-family: 'Noto Sans', sans-serif; font-size: 7.5pt; color: #555; }
  @top-right { content: string(chapter-title, first); font-family: 'Noto Sans', sans-serif; font-size: 7.5pt; color: #555; }
  @bottom-center { content: counter(page); font-family: 'Noto Sans', sans-serif; font-size: 8.5pt; }
}
@page cover { margin: 0; @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
@page front { @top-right { content: none; } }
html { font-family: 'Noto Serif', serif; font-size: ${page.font}; line-height: 1.45; color: #111; }
body { margin: 0; }
h1, h2, h3, h4 { font-family: 'Noto Sans', sans-serif; line-height: 1.25; break-after: avoid; }
h2 { font-size: 1.25em; margin: 1.2em 0 0.4em; }
h3 { font-size: 1.1em; margin: 1em 0 0.3em; }
p { margin: 0 0 0.55em; text-align: justify; orphans: 2; widows: 2; }
a { color: inherit; text-decoration: none; }
.book-title { string-set: book-title content(text); }
.cover-page { page: cover; break-after: page; height: 100%; position: relative; overflow: hidden; background: #1d2a3a; color: #fff; }
.cover-page img { display: block; width: 100%; height: 62%; object-fit: cover; }
.cover-page__text { padding: 8mm 12mm; }
.cover-page__title { font-family: 'Noto Sans', sans-serif; font-size: 2.3em; line-height: 1.15; margin: 0 0 0.3em; font-weight: 700; }
.cover-page__edition { font-size: 1.05em; font-style: italic; margin: 0 0 1em; }
.cover-page__publisher { font-family: 'Noto Sans', sans-serif; font-size: 0.9em; letter-spacing: 0.04em; }
.front { page: front; break-before: page; }
.chapter { break-before: page; }
.chapter__title { string-set: chapter-title content(text); }
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc li { margin: 0 0 0.45em; }
.toc a { display: flex; align-items: baseline; gap: 0.4em; }
.toc .toc__label { flex: 1 1 auto; }
.toc a::after { content: target-counter(attr(href), page); flex: 0 0 auto; font-family: 'Noto Sans', sans-serif; }
.toc .toc__dots { flex: 1 0 1.5em; border-bottom: 1px dotted #888; transform: translateY(-0.25em); }
.toc .toc__label { flex: 0 1 auto; }
figure { break-inside: avoid; }
figure img { max-height: 95mm; width: auto; max-width: 100%; }
.chapter__cover img { max-height: 80mm; }
.gallery { display: flex; flex-wrap: wrap; gap: 3mm; margin: 1.2em 0; }
.gallery .gallery__item { flex: 1 1 45%; margin: 0; }
.gallery__caption { flex: 1 1 100%; }
.fact-box, .exemplar-card, .pull-quote { break-inside: avoid; }
${SHARED}`;
}
