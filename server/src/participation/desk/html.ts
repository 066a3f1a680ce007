// The desk's HTML: one layout, escaping for every piece of text (content is hostile), no inline
// script or style (the CSP below forbids them), forms that work without JavaScript.
export const DESK_PREFIX = '/cham-thi/';
export const STYLESHEET_PATH = '/cham-thi/kieu.css';

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Only our own styles and forms; nothing inline, no frames, no referrer (login keys are in URLs). */
export const DESK_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export interface LayoutOptions {
  title: string;
  /** Present when someone is logged in: the logout form needs the CSRF token. */
  csrf?: string;
  who?: string;
}

export function layout(body: string, options: LayoutOptions): string {
  const nav = options.csrf
    ? `<header class="desk-bar"><a href="${DESK_PREFIX}">Bàn chấm thi</a><span>${escapeHtml(options.who ?? '')}</span><form method="post" action="${DESK_PREFIX}dang-xuat">${csrfField(options.csrf)}<button type="submit">Đăng xuất</button></form></header>`
    : '';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>${escapeHtml(options.title)} — Bàn chấm thi Gương sáng</title><link rel="stylesheet" href="${STYLESHEET_PATH}"></head><body>${nav}<main><h1>${escapeHtml(options.title)}</h1>${body}</main></body></html>`;
}

export function csrfField(token: string): string {
  return `<input type="hidden" name="csrf" value="${escapeHtml(token)}">`;
}

export function notice(text: string, kind: 'ok' | 'error' = 'ok'): string {
  return `<p class="notice notice-${kind}" role="${kind === 'error' ? 'alert' : 'status'}">${escapeHtml(text)}</p>`;
}

export const formatDate = (iso: unknown): string => {
  const time = typeof iso === 'string' ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(time) ? '' : new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' }).format(new Date(time));
};

export const formatNumber = (value: number, digits = 2): string =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

/** Colours chosen for AA contrast on white; the desk is a plain work tool, not the public site. */
export const DESK_STYLESHEET = `body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}
main{max-width:70rem;margin:0 auto;padding:1rem}
a{color:#0b4f8a}
.desk-bar{display:flex;gap:1rem;align-items:center;padding:.5rem 1rem;background:#f1f3f5;border-bottom:1px solid #ccd}
.desk-bar form{margin-left:auto}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #dde;vertical-align:top}
.notice{padding:.5rem .75rem;border-left:4px solid #2f7d32;background:#eef7ee}
.notice-error{border-color:#b3261e;background:#fbeeee}
.work{white-space:pre-wrap;border:1px solid #dde;padding:1rem;background:#fafafa}
label{display:block;margin:.5rem 0 .25rem;font-weight:600}
input,select,textarea,button{font:inherit;box-sizing:border-box;max-width:100%}
textarea{width:100%;min-height:6rem}
button{padding:.35rem .9rem}
.tied{font-weight:600;color:#7a4b00}
nav.pages{display:flex;gap:1rem;margin:1rem 0}
ul.counts{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0}
`;
