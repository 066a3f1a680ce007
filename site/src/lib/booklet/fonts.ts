// Fonts for the PDF: Noto Serif (text) and Noto Sans (titles, running heads) from @fontsource,
// read from node_modules — no network. Only the latin, latin-ext and vietnamese subsets are loaded;
// together they cover every Vietnamese letter and tone mark (precomposed and combining) and ₫.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const SUBSETS = new Set(['latin', 'latin-ext', 'vietnamese']);
const FACES: Array<{ family: 'noto-serif' | 'noto-sans'; css: string }> = [
  { family: 'noto-serif', css: '400.css' },
  { family: 'noto-serif', css: '400-italic.css' },
  { family: 'noto-serif', css: '700.css' },
  { family: 'noto-serif', css: '700-italic.css' },
  { family: 'noto-sans', css: '400.css' },
  { family: 'noto-sans', css: '700.css' },
];

export interface FontBundle {
  /** @font-face rules whose URLs are `/fonts/<file>.woff2`. */
  css: string;
  /** `/fonts/<file>.woff2` → bytes. */
  files: Map<string, Buffer>;
}

let cached: FontBundle | undefined;

export function loadFonts(): FontBundle {
  if (cached) return cached;
  const files = new Map<string, Buffer>();
  const rules: string[] = [];
  for (const face of FACES) {
    const dir = dirname(require.resolve(`@fontsource/${face.family}/package.json`));
    const css = readFileSync(join(dir, face.css), 'utf8');
    for (const rule of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
      const file = /url\(\.\/files\/([^)]+?\.woff2)\)/.exec(rule)?.[1];
      const subset = file && /^noto-(?:serif|sans)-(.+)-\d{3}-(?:normal|italic)\.woff2$/.exec(file)?.[1];
      if (!file || !subset || !SUBSETS.has(subset)) continue;
      const url = `/fonts/${file}`;
      files.set(url, readFileSync(join(dir, 'files', file)));
      rules.push(rule.replace(/src:[^;]+;/, `src: url(${url}) format('woff2');`).replace(/font-display:[^;]+;/, 'font-display: block;'));
    }
  }
  cached = { css: rules.join('\n'), files };
  return cached;
}
