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

interface Tag {
  name: string;
  attrs: [string, string][];
}

interface Parsed {
  /** Every start tag, with attribute values entity-decoded. */
  tags: Tag[];
  /** Text outside tags, scripts and styles (entities decoded): what a reader sees. */
  text: string;
  /** The markup with every attribute value emptied (script bodies kept): what a browser would run. */
  markup: string;
  /** Each `<a>`'s text. */
  anchors: string[];
}

const RAW_TEXT = new Set(['script', 'style']);
const ATTR = /\s*([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?|\s*\/?/y;

/** A small HTML tokenizer: tags split the way a browser splits them (quoted values, raw-text elements). */
function parse(html: string): Parsed {
  const tags: Tag[] = [];
  const anchors: string[] = [];
  let text = '';
  let markup = '';
  let anchorDepth = 0;
  let anchorText = '';
  let i = 0;
  const addText = (chunk: string) => {
    const decoded = decodeEntities(chunk);
    text += decoded;
    if (anchorDepth > 0) anchorText += decoded;
    markup += chunk;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      addText(html.slice(i));
      break;
    }
    addText(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      // <!DOCTYPE …>, <![CDATA[…]]> (inert in HTML), <?…>
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const open = /^<([a-zA-Z][\w:-]*)/.exec(html.slice(lt, lt + 64));
    const close = /^<\/([a-zA-Z][\w:-]*)[^>]*>/.exec(html.slice(lt, lt + 64));
    if (close) {
      const name = close[1]!.toLowerCase();
      if (name === 'a' && anchorDepth > 0 && --anchorDepth === 0) anchors.push(anchorText);
      markup += close[0];
      i = lt + close[0].length;
      continue;
    }
    if (!open) {
      addText('<');
      i = lt + 1;
      continue;
    }
    const name = open[1]!.toLowerCase();
    const attrs: [string, string][] = [];
    let p = lt + open[0].length;
    let blanked = `<${open[1]}`;
    while (p < html.length && html[p] !== '>') {
      ATTR.lastIndex = p;
      const a = ATTR.exec(html);
      if (!a || ATTR.lastIndex === p) {
        p += 1;
        continue;
      }
      p = ATTR.lastIndex;
      if (a[1]) {
        attrs.push([a[1].toLowerCase(), decodeEntities((a[2] ?? '').replace(/^"([\s\S]*)"$|^'([\s\S]*)'$/, '$1$2'))]);
        blanked += ` ${a[1]}${a[2] === undefined ? '' : '=""'}`;
      }
    }
    markup += `${blanked}>`;
    i = p + 1;
    tags.push({ name, attrs });
    if (name === 'a') {
      if (anchorDepth === 0) anchorText = '';
      anchorDepth += 1;
    }
    if (RAW_TEXT.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, i);
      const stop = end < 0 ? html.length : end;
      markup += html.slice(i, stop);
      i = stop;
    }
  }
  return { tags, text, markup, anchors };
}

const parsedCache = new Map<string, Parsed>();
function parsed(html: string): Parsed {
  let result = parsedCache.get(html);
  if (!result) {
    result = parse(html);
    if (html.length < 4_000_000) parsedCache.set(html, result);
  }
  return result;
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
  const { tags } = parse(html);
  for (const tag of tags) {
    for (const [name, value] of tag.attrs) {
      if (/^on/.test(name)) handlers += 1;
      if (URL_ATTRS.has(name) && /^(javascript|data|vbscript):/.test(schemeOf(value))) dangerousUrls += 1;
      if (name === 'srcset' && value.split(',').some((c) => /^(javascript|data|vbscript):/.test(schemeOf(c)))) dangerousUrls += 1;
    }
  }
  return { scripts: tags.filter((t) => t.name === 'script').length, handlers, dangerousUrls };
}

function maxListDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const [, close] of parsed(html).markup.matchAll(/<(\/?)(?:ul|ol)\b/gi)) {
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
  const { text, markup, anchors } = parsed(html);
  const decoded = decodeEntities(html);
  // A corpus page never carries a handler or a dangerous URL (the clean build has none either; the
  // whole-site comparison below checks that too).
  const d = danger(html);
  expect([d.handlers, d.dangerousUrls], `${want.route}: event handlers, dangerous URLs`).toEqual([0, 0]);
  for (const s of want.shows ?? []) expect(text, `${want.route} shows ${JSON.stringify(s)}`).toContain(s);
  for (const s of want.rawLacks ?? []) expect(markup.includes(s), `${want.route} markup holds ${JSON.stringify(s)}`).toBe(false);
  for (const s of want.lacks ?? []) expect(decoded.includes(s), `${want.route} holds ${JSON.stringify(s)}`).toBe(false);
  for (const s of want.altText ?? []) expect(imgTags(html).some((t) => t.alt === s), `${want.route}: an <img> with alt ${JSON.stringify(s)}`).toBe(true);
  for (const s of want.unlinked ?? []) {
    expect(text, `${want.route} shows ${JSON.stringify(s)}`).toContain(s);
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

describe('the HTML checks', () => {
  it('see what a browser would run, and nothing else', () => {
    expect(danger('<img alt="a" onerror="x()"><p>onload=x</p>')).toEqual({ scripts: 0, handlers: 1, dangerousUrls: 0 });
    expect(danger('<meta content="<script>alert(1)</script>" name="x"><p>&lt;script&gt;</p>')).toEqual({ scripts: 0, handlers: 0, dangerousUrls: 0 });
    expect(danger('<img alt="&quot; onerror=&quot;x()">')).toEqual({ scripts: 0, handlers: 0, dangerousUrls: 0 });
    expect(danger('<img alt="" onerror="x()" data-x="">')).toEqual({ scripts: 0, handlers: 1, dangerousUrls: 0 });
    expect(danger('<script type="application/ld+json">{"a":"</script><script>alert(1)</script>"}</script>')).toEqual({ scripts: 2, handlers: 0, dangerousUrls: 0 });
    expect(danger('<script type="application/ld+json">{"a":"\\u003c/script>\\u003cscript>"}</script>')).toEqual({ scripts: 1, handlers: 0, dangerousUrls: 0 });
    for (const href of [' JaVa\tScRiPt:x()', 'java&#x09;script:x()', 'data:text/html,x', 'VBScript:x', '&#106;avascript:x()']) {
      expect(danger(`<a href="${href}">x</a>`).dangerousUrls, href).toBe(1);
    }
    expect(danger('<a href="https://example.org/?q=javascript:x">x</a>').dangerousUrls).toBe(0);
    const page = parse('<!DOCTYPE html><p>Đọc <a href="#">liên kết</a> và <b>chữ</b> &amp; <span title="<b>">thêm</span></p>');
    expect(page.text).toBe('Đọc liên kết và chữ & thêm');
    expect(page.anchors).toEqual(['liên kết']);
    expect(page.markup).not.toContain('<b>"');
    expect(maxListDepth('<ul><li><ul><li><ol><li>x</li></ol></li></ul></li></ul><ul></ul>')).toBe(3);
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
      for (const tag of parse(readFileSync(file, 'utf8')).tags) {
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
      const og = parse(readFileSync(file, 'utf8')).tags.find((t) => t.name === 'meta' && t.attrs.some(([n, v]) => n === 'property' && v === 'og:image'));
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
