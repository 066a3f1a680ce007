// JSON-LD for a <script type="application/ld+json">: `<` escaped so the text can never close the
// script element (a title containing "</script>" stays data). Strings also lose the characters XML
// forbids (C0 controls other than TAB/LF/CR, lone surrogates, U+FFFE/U+FFFF): JSON.stringify would
// escape them into valid JSON, but they mean nothing in a headline, HTML counts them as parse errors
// and some consumers reject them — the same rule as every other output.
import { xmlSafe } from '../format/xml-text.ts';

export function jsonLd(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? xmlSafe(v) : v));
  return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
