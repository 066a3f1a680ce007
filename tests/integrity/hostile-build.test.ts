// The hostile corpus end to end (issue 8): the sample dataset plus ≥ 40 hostile cases
// (tests/integrity/hostile-corpus.ts) built through the real CLI, without strict mode and with
// STRICT=1 (cached: tests/integrity/hostile-build.ts). Per case: what a reader gets. Globally: the
// build exits 0 (non-zero in strict mode, one paragraph, no stack), every XML output parses with
// xmllint, nothing from outside the dataset reaches dist, images are only optimised copies, and no
// HTML page gains a script, a handler or a dangerous URL compared with the clean sample build.
import { spawnSync } from 'node:child_process';
import { lstatSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { type SampleBuild, sampleBuild } from '../helpers/sample-build.ts';
import { decodeEntities, exists, fileText, imgTags, listFiles, pagePath } from '../site/helpers/build.ts';
import { type HostileBuilds, hostileBuilds, hostileCases } from './hostile-build.ts';
import type { PageExpectation, ReportExpectation } from './hostile-corpus.ts';

const corpus = hostileCases();
let builds: HostileBuilds;
let clean: SampleBuild;
let dist: string;

beforeAll(async () => {
  builds = await hostileBuilds();
  clean = await sampleBuild();
  dist = builds.lenient.outDir;
}, 1_800_000);

// ---------------------------------------------------------------------------------------------------
// Reading pages

const htmlCache = new Map<string, string | undefined>();
function page(route: string): string | undefined {
  if (!htmlCache.has(route)) {
    const file = pagePath(dist, route);
    htmlCache.set(route, exists(file) ? readFileSync(file, 'utf8') : undefined);
  }
  return htmlCache.get(route);
}

/** Script and style bodies and comments removed: what remains is markup and text. */
const withoutCode = (html: string) =>
  html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2></$1>');

/** The text a reader sees: tags dropped, entities decoded. */
const visibleText = (html: string) => decodeEntities(withoutCode(html).replace(/<[^>]*>/g, ''));

interface Tag {
  name: string;
  attrs: [string, string][];
}

/** Every start tag with its attributes, parsed the way an HTML tokenizer splits them. */
function tags(html: string): Tag[] {
  const out: Tag[] = [];
  const source = withoutCode(html);
  const start = /<([a-zA-Z][\w:-]*)/g;
  const attr = /\s*([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?|\s*\/?/y;
  for (let m = start.exec(source); m; m = start.exec(source)) {
    const attrs: [string, string][] = [];
    attr.lastIndex = start.lastIndex;
    while (attr.lastIndex < source.length && source[attr.lastIndex] !== '>') {
      const before = attr.lastIndex;
      const a = attr.exec(source);
      if (!a || attr.lastIndex === before) {
        attr.lastIndex = before + 1;
        continue;
      }
      if (a[1]) attrs.push([a[1].toLowerCase(), decodeEntities((a[2] ?? '').replace(/^["']|["']$/g, ''))]);
    }
    start.lastIndex = attr.lastIndex;
    out.push({ name: m[1]!.toLowerCase(), attrs });
  }
  return out;
}

const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'cite']);
// What a browser ignores when it reads a scheme: leading C0 controls and spaces, tabs and newlines anywhere.
// eslint-disable-next-line no-control-regex -- C0 controls are exactly what a browser strips here
const schemeOf = (value: string) => value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '').toLowerCase();

interface Danger {
  scripts: number;
  handlers: number;
  dangerousUrls: number;
}
function danger(html: string): Danger {
  let handlers = 0;
  let dangerousUrls = 0;
  for (const tag of tags(html)) {
    for (const [name, value] of tag.attrs) {
      if (/^on/.test(name)) handlers += 1;
      if (URL_ATTRS.has(name) && /^(javascript|data|vbscript):/.test(schemeOf(value))) dangerousUrls += 1;
      if (name === 'srcset' && value.split(',').some((c) => /^(javascript|data|vbscript):/.test(schemeOf(c)))) dangerousUrls += 1;
    }
  }
  return { scripts: (html.match(/<script\b/gi) ?? []).length, handlers, dangerousUrls };
}

function maxListDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const [, close] of withoutCode(html).matchAll(/<(\/?)(?:ul|ol)\b/gi)) {
    depth += close ? -1 : 1;
    max = Math.max(max, depth);
  }
  return max;
}

/** Report rows: `id │ type │ field path │ level │ message`. */
function reportRows(output: string): string[][] {
  return output
    .split('\n')
    .filter((line) => line.includes(' │ '))
    .map((line) => line.split(' │ ').map((cell) => cell.trim()));
}

function matchesRow(row: string[], want: ReportExpectation): boolean {
  const [id = '', , path = '', level = ''] = row;
  const idOk = typeof want.id === 'string' ? id === want.id : want.id.test(id);
  return idOk && (want.path === undefined || path.startsWith(want.path)) && (want.level === undefined || level === want.level);
}

function checkPage(want: PageExpectation): void {
  const html = page(want.route);
  expect(html !== undefined, `${want.route} exists`).toBe(want.exists);
  if (html === undefined) return;
  const text = visibleText(html);
  const decoded = decodeEntities(html);
  for (const s of want.shows ?? []) expect(text, `${want.route} shows ${JSON.stringify(s)}`).toContain(s);
  for (const s of want.rawLacks ?? []) expect(html.includes(s), `${want.route} raw HTML holds ${JSON.stringify(s)}`).toBe(false);
  for (const s of want.lacks ?? []) expect(decoded.includes(s), `${want.route} holds ${JSON.stringify(s)}`).toBe(false);
  for (const s of want.unlinked ?? []) {
    expect(text, `${want.route} shows ${JSON.stringify(s)}`).toContain(s);
    const anchors = [...withoutCode(html).matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/gi)].map(([, inner]) => visibleText(inner ?? ''));
    expect(anchors.filter((a) => a.includes(s)), `${want.route}: ${JSON.stringify(s)} is still a link`).toEqual([]);
  }
  for (const sha of want.noAssetUrl ?? []) {
    expect(html.includes(sha), `${want.route} refers to asset ${sha}`).toBe(false);
    expect(
      distFiles().filter((f) => f.includes(sha)).map((f) => relative(dist, f)),
      `dist holds a file made from asset ${sha}`,
    ).toEqual([]);
  }
  for (const sha of want.assetUrl ?? []) {
    expect(imgTags(html).some((t) => t.src.includes(sha) && t.width > 0 && t.height > 0), `${want.route} shows asset ${sha}`).toBe(true);
  }
  if (want.maxListDepth !== undefined) expect(maxListDepth(html), `${want.route} list depth`).toBeLessThanOrEqual(want.maxListDepth);
}

let filesMemo: string[] | undefined;
/** Every file of the lenient build; fails (instead of passing vacuously) when that build made no site. */
function distFiles(): string[] {
  filesMemo ??= listFiles(dist);
  expect(filesMemo.length, 'the lenient build wrote a site').toBeGreaterThan(100);
  return filesMemo;
}

function csvRows(route: string): string[][] {
  const text = readFileSync(join(dist, route.replace(/^\//, '')), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

// ---------------------------------------------------------------------------------------------------

describe('the hostile corpus', () => {
  it('has at least 40 cases with unique ids, covering every family', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.cases.map((c) => c.id)).size).toBe(corpus.cases.length);
    expect(new Set(corpus.cases.map((c) => c.family))).toEqual(new Set(['xss', 'jsonld', 'url', 'text', 'date', 'structure', 'size', 'image', 'filesystem', 'csv']));
    for (const c of corpus.cases) expect(Object.keys(c.expect).length, c.id).toBeGreaterThan(0);
  });
});

describe('building the hostile corpus', () => {
  it('exits 0 without strict mode', () => {
    expect(builds.lenient.code, builds.lenient.output.slice(-4000)).toBe(0);
    expect(exists(pagePath(dist, '/'))).toBe(true);
  });

  it('fails with STRICT=1: one Vietnamese paragraph, no stack trace', () => {
    const { code, output } = builds.strict;
    expect(code).not.toBe(0);
    expect(output, output.slice(-4000)).not.toMatch(/^\s+at /m);
    expect(output).toContain('Chế độ nghiêm ngặt');
    expect(exists(pagePath(builds.strict.outDir, '/'))).toBe(false);
  });

  it('prints no terminal escape (U+001B) and no stack frame', () => {
    for (const build of [builds.lenient, builds.strict]) {
      expect(build.output.includes('\u001b'), 'ESC in the build output').toBe(false);
      expect(build.output).not.toMatch(/^\s+at /m);
    }
  });
});

describe('per case: what a reader gets', () => {
  for (const c of corpus.cases) {
    it(`${c.family} / ${c.id}: ${c.description}`, () => {
      for (const want of c.expect.pages ?? []) checkPage(want);
      const rows = reportRows(builds.lenient.output);
      for (const want of c.expect.report ?? []) {
        expect(rows.some((row) => matchesRow(row, want)), `report row ${String(want.id)} ${want.path ?? ''} ${want.level ?? ''}`).toBe(true);
      }
      for (const want of c.expect.csv ?? []) {
        const cells = csvRows(want.file).flat();
        const cell = cells.find((v) => v.replace(/^'/, '').trim() === want.defused.trim());
        expect(cell, `${want.file}: a cell holding ${JSON.stringify(want.defused)}`).toBeDefined();
        expect(cell!.startsWith("'"), `${want.file}: ${JSON.stringify(cell)} is defused`).toBe(true);
      }
    });
  }
});

describe('the hostile build’s output, as a whole', () => {
  it('every XML file in dist parses (xmllint --noout)', () => {
    const xml = distFiles().filter((f) => f.endsWith('.xml'));
    expect(xml.map((f) => relative(dist, f))).toEqual(expect.arrayContaining(['rss.xml', 'sitemap.xml']));
    expect(xml.some((f) => /chuyen-muc\/[^/]+\/rss\.xml$/.test(f))).toBe(true);
    const run = spawnSync('xmllint', ['--noout', ...xml], { encoding: 'utf8' });
    expect(run.error, 'xmllint is installed (scripts/install-system-deps.sh)').toBeUndefined();
    expect(run.status, run.stderr.slice(0, 4000)).toBe(0);
  });

  it('every EPUB’s OPF, NCX and XHTML parse (xmllint --noout)', () => {
    const epubs = distFiles().filter((f) => f.endsWith('.epub'));
    expect(epubs.length).toBeGreaterThan(0);
    for (const epub of epubs) {
      const list = spawnSync('unzip', ['-Z1', epub], { encoding: 'utf8' });
      expect(list.status, list.stderr).toBe(0);
      const entries = list.stdout.split('\n').filter((e) => /\.(opf|xhtml|ncx|xml)$/.test(e));
      expect(entries.some((e) => e.endsWith('.opf'))).toBe(true);
      for (const entry of entries) {
        const content = spawnSync('unzip', ['-p', epub, entry], { maxBuffer: 256 * 1024 * 1024 });
        const lint = spawnSync('xmllint', ['--noout', '-'], { input: content.stdout, encoding: 'utf8' });
        expect(lint.status, `${relative(dist, epub)}!${entry}: ${lint.stderr.slice(0, 2000)}`).toBe(0);
      }
    }
  });

  it('no file in dist came from outside the dataset', () => {
    const offenders: string[] = [];
    for (const file of distFiles()) {
      if (lstatSync(file).isSymbolicLink()) offenders.push(`${relative(dist, file)} (symlink)`);
      else if (readFileSync(file).includes(corpus.secretMarker) || fileText(file).includes(corpus.secretMarker)) offenders.push(relative(dist, file));
    }
    expect(offenders).toEqual([]);
  });

  it('every <img>/<source> points into /_astro/ as WebP or AVIF; no original image is copied', () => {
    const bad: string[] = [];
    for (const file of distFiles().filter((f) => f.endsWith('.html'))) {
      for (const tag of tags(readFileSync(file, 'utf8'))) {
        if (tag.name !== 'img' && tag.name !== 'source') continue;
        for (const [name, value] of tag.attrs) {
          if (name !== 'src' && name !== 'srcset') continue;
          const urls = name === 'src' ? [value] : value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '');
          for (const url of urls) if (!/^\/_astro\/[^?#]+\.(webp|avif)$/.test(url)) bad.push(`${relative(dist, file)}: ${url}`);
        }
      }
    }
    expect([...new Set(bad)].slice(0, 50)).toEqual([]);
    const originals = distFiles().filter((f) => /\.(jpe?g|png|gif|svg)$/i.test(f) && !relative(dist, f).startsWith('og/'));
    const cleanOriginals = new Set(listFiles(clean.outDir).filter((f) => /\.(jpe?g|png|gif|svg)$/i.test(f)).map((f) => relative(clean.outDir, f)));
    expect(originals.map((f) => relative(dist, f)).filter((f) => !cleanOriginals.has(f))).toEqual([]);
  });

  it('no HTML page gains a script, an event handler or a dangerous URL compared with the clean build', () => {
    const cleanPages = new Map(
      listFiles(clean.outDir)
        .filter((f) => f.endsWith('.html'))
        .map((f) => [relative(clean.outDir, f), danger(readFileSync(f, 'utf8'))] as const),
    );
    // A page only the corpus has is held to the worst clean page of its section (e.g. every story page).
    const section = (rel: string) => rel.split('/')[0] ?? '';
    const worst = new Map<string, Danger>();
    for (const [rel, d] of cleanPages) {
      const w = worst.get(section(rel)) ?? { scripts: 0, handlers: 0, dangerousUrls: 0 };
      worst.set(section(rel), { scripts: Math.max(w.scripts, d.scripts), handlers: Math.max(w.handlers, d.handlers), dangerousUrls: Math.max(w.dangerousUrls, d.dangerousUrls) });
    }
    const gains: string[] = [];
    let compared = 0;
    for (const file of distFiles().filter((f) => f.endsWith('.html'))) {
      const rel = relative(dist, file);
      const base = cleanPages.get(rel) ?? worst.get(section(rel)) ?? { scripts: 0, handlers: 0, dangerousUrls: 0 };
      if (cleanPages.has(rel)) compared += 1;
      const d = danger(readFileSync(file, 'utf8'));
      for (const k of ['scripts', 'handlers', 'dangerousUrls'] as const) if (d[k] > base[k]) gains.push(`${rel}: ${k} ${base[k]} → ${d[k]}`);
    }
    expect(compared).toBeGreaterThan(50);
    expect(gains).toEqual([]);
  });

  it('every story page’s og:image file exists in dist', () => {
    const stories = distFiles().filter((f) => /^bai-viet\/[^/]+\/index\.html$/.test(relative(dist, f)));
    expect(stories.length).toBeGreaterThan(40);
    const missing: string[] = [];
    for (const file of stories) {
      const og = tags(readFileSync(file, 'utf8')).find((t) => t.name === 'meta' && t.attrs.some(([n, v]) => n === 'property' && v === 'og:image'));
      const url = og?.attrs.find(([n]) => n === 'content')?.[1];
      const path = url === undefined ? undefined : new URL(url, 'https://x.invalid/').pathname;
      if (path === undefined || !exists(join(dist, decodeURIComponent(path)))) missing.push(`${relative(dist, file)}: ${url}`);
    }
    expect(missing).toEqual([]);
  });

  it('open data CSV cells a spreadsheet would run as a formula are defused', () => {
    const csvs = distFiles().filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(0);
    const live: string[] = [];
    for (const file of csvs) {
      for (const cell of csvRows(`/${relative(dist, file)}`).flat()) if (/^[=+\-@\t\r]/.test(cell)) live.push(`${relative(dist, file)}: ${JSON.stringify(cell)}`);
    }
    expect(live).toEqual([]);
  });
});
