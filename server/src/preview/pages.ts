// The preview's own small HTML: the banner added to a rendered draft, and the Vietnamese pages for
// refusals. Refusal pages say what to do, never why a token failed (no oracle for forgers).
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const PREVIEW_BANNER_TEXT = 'Bản xem trước — chưa xuất bản';

// Colours from the site's tokens (tokens.css), so the banner passes contrast in light and dark mode.
const BANNER_STYLE = `<style>@layer components{.preview-banner{position:sticky;top:0;z-index:10;margin:0;padding:.5rem 1rem;background:var(--accent);color:var(--on-accent);font:600 1rem/1.4 var(--font-sans);text-align:center}}</style>`;

/** Adds the banner as the first thing in <body> (and its style in <head>). */
export function withPreviewBanner(html: string): string {
  return html
    .replace('</head>', () => `${BANNER_STYLE}</head>`)
    .replace(/<body([^>]*)>/, (tag) => `${tag}<p class="preview-banner" role="status">${PREVIEW_BANNER_TEXT}</p>`);
}

/** A complete page for a refusal or an error: one heading, one sentence. */
export function messagePage(title: string, sentence: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} — Gương sáng</title></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(sentence)}</p></main></body></html>`;
}
