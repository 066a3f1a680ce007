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

// Keys whose values are URLs in the JSON-LD the route data makes (lib/routes/seo.ts): written there
// as site paths, made absolute here against the configured site.
const URL_KEYS = new Set(['@id', 'url', 'item', 'image', 'logo', 'contentUrl', 'urlTemplate', 'target', 'sameAs', 'thumbnailUrl']);

/** A copy of `value` with every site path ("/x/") under a URL key made absolute against `site`. */
export function absoluteJsonLd<T>(value: T, site: URL | string): T {
  const walk = (v: unknown, key: string | null): unknown => {
    if (typeof v === 'string') return key && URL_KEYS.has(key) && v.startsWith('/') && !v.startsWith('//') ? new URL(v, site).href : v;
    if (Array.isArray(v)) return v.map((item) => walk(item, key));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item, k)]));
    return v;
  };
  return walk(value, null) as T;
}
