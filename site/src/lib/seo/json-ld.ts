// JSON-LD for a <script type="application/ld+json">: `<` escaped so the text can never close the
// script element (a title containing "</script>" stays data).
export function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
