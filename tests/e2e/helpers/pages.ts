// The pages of a built site, grouped into page types by URL shape — data-driven, so page types added
// later are covered without editing a list.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SitePage {
  /** URL path, e.g. '/bai-viet/duong-den-truong/' ('/404.html' for the 404 page). */
  path: string;
  /** Absolute file path in dist. */
  file: string;
  bytes: number;
  /** URL shape, e.g. '/bai-viet/*' , '/guong-dien-hinh/tinh/*', '/chuyen-muc/*\/trang/*', '/', '404'. */
  pattern: string;
  /** A readable name for known shapes ('story', 'column', …), else the pattern. */
  type: string;
}

/** Path segments kept literally in a pattern (sub-route keywords); every other segment after the first is '*'. */
const LITERAL_SEGMENTS = new Set(['trang', 'tinh', 'cap-hoc', 'loai', 'vai-tro', 'khen-thuong', 'giai-doan', 'nam']);

const NAMES: Record<string, string> = {
  '/': 'home',
  '404': '404',
  '/bai-viet/*': 'story',
  '/chuyen-muc': 'columns',
  '/chuyen-muc/*': 'column',
  '/chuyen-muc/*/trang/*': 'column-page',
  '/chu-de': 'themes',
  '/chu-de/*': 'theme',
  '/chu-de/*/trang/*': 'theme-page',
  '/guong-dien-hinh': 'directory',
  '/guong-dien-hinh/*': 'exemplar',
  '/guong-dien-hinh/tinh/*': 'directory-province',
  '/guong-dien-hinh/cap-hoc/*': 'directory-level',
  '/guong-dien-hinh/loai/*': 'directory-kind',
  '/guong-dien-hinh/vai-tro/*': 'directory-role',
  '/guong-dien-hinh/khen-thuong/*': 'directory-honour',
  '/guong-dien-hinh/giai-doan/*': 'directory-stage',
  '/bang-vang': 'honours',
  '/du-lieu-mo': 'open-data',
  '/cuoc-thi': 'contests',
  '/cuoc-thi/*': 'contest',
  '/su-kien': 'events',
  '/su-kien/*': 'event',
  '/tac-gia': 'authors',
  '/tac-gia/*': 'author',
  '/luu-tru': 'archive',
  '/luu-tru/*': 'archive-year',
  '/tim-kiem': 'search',
  '/an-pham': 'publications',
  '/an-pham/*': 'publication',
  '/an-pham/*/*': 'publication-chapter',
};

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') htmlFiles(path, out);
    } else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

export function patternOf(path: string): string {
  if (path === '/404.html' || path === '/404/') return '404';
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) return '/';
  return '/' + segments.map((s, i) => (i === 0 || LITERAL_SEGMENTS.has(s) ? s : '*')).join('/');
}

/** Every HTML page of a dist (not Pagefind's UI files), with its URL shape. */
export function listPages(dist: string): SitePage[] {
  return htmlFiles(dist)
    .map((file) => {
      const relPath = relative(dist, file).split(sep).join('/');
      const path = relPath === '404.html' ? '/404.html' : '/' + relPath.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
      const pattern = patternOf(path);
      return { path, file, bytes: statSync(file).size, pattern, type: NAMES[pattern] ?? pattern };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Representative pages per page type: the largest page of each type (most components) and, when a
 * type has several, the smallest too (empty states, short stories). `perType: 1` keeps only the largest.
 */
export function samplePages(dist: string, { perType = 2 } = {}): SitePage[] {
  const byPattern = new Map<string, SitePage[]>();
  for (const page of listPages(dist)) byPattern.set(page.pattern, [...(byPattern.get(page.pattern) ?? []), page]);
  const out: SitePage[] = [];
  for (const pages of byPattern.values()) {
    const sorted = [...pages].sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
    out.push(sorted[0]!);
    if (perType > 1 && sorted.length > 1) out.push(sorted[sorted.length - 1]!);
  }
  return out.sort((a, b) => a.type.localeCompare(b.type) || a.path.localeCompare(b.path));
}
