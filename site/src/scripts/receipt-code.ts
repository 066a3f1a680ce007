// The confirmation pages (/tham-gia/da-nhan/, /de-cu/da-nhan/): shows the receipt code from `?ma=`
// after checking it against the code's shape (GS-XXXX-XXXX-XXXX, Crockford base32), always as text,
// and points the status link (the hub's lookup form without a code) at the server's status page for it. Anything else in the URL is ignored; without a valid code
// (or without JavaScript) the page links to the server's receipt page, which reads its cookie.
import { RECEIPT_CODE, RECEIPT_FOUND, RECEIPT_STATUS_LINK } from './ids.ts';

const CODE = /^GS(?:-[0-9A-HJKMNP-TV-Z]{4}){3,6}$/;

const code = (new URLSearchParams(location.search).get('ma') ?? '').trim().toUpperCase();
if (CODE.test(code)) {
  for (const el of document.querySelectorAll<HTMLElement>(`[${RECEIPT_CODE}]`)) el.textContent = code;
  for (const a of document.querySelectorAll<HTMLAnchorElement>(`a[${RECEIPT_STATUS_LINK}]`)) {
    // The attribute's value is the server's status path (from the page, so this script shares no module).
    const status = a.getAttribute(RECEIPT_STATUS_LINK);
    if (status?.startsWith('/') && !status.startsWith('//')) a.href = `${status}?${new URLSearchParams({ ma: code })}`;
  }
  for (const el of document.querySelectorAll<HTMLElement>(`[${RECEIPT_FOUND}]`)) el.hidden = false;
}
