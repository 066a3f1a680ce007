// JSON-LD for a <script type="application/ld+json">: `<` escaped so the text can never close the
// script element (a title containing "</script>" stays data). JSON.stringify already writes control
// characters as \uXXXX and (ES2019) lone surrogates as \uD8xx escapes, so the text is valid JSON and
// valid HTML; the C0 controls other than TAB/LF/CR are dropped from strings all the same, as in every
// other output, because they mean nothing in a headline and some consumers reject them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

export function jsonLd(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.replace(CONTROL, '') : v));
  return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
