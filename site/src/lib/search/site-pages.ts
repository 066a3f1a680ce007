// The pages of a built site that Pagefind indexes, listed without keeping their HTML: at 10,000
// stories the HTML of every page held at once cost the indexer about 1 GiB. The listing keeps each
// page's path, its date (stories) and a sha256 of what Pagefind reads of it (searchable-view.ts; what
// archive-reuse.ts fingerprints);
// write-index.ts reads each file again just before handing it to Pagefind.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { BUNDLE_DIRS } from './bundles.ts';
import { searchableView } from './searchable-view.ts';

export interface SitePage {
  /** Path under the site, with forward slashes (bai-viet/x/index.html): Pagefind makes the URL from it. */
  path: string;
  /** sha256 (hex) of what Pagefind reads of the page (searchable-view.ts). */
  hash: string;
  /** Its `article:published_time`, for stories. */
  publishedAt?: string;
}

const PUBLISHED = /<meta\s[^>]*property="article:published_time"[^>]*>/;
const CONTENT = /\scontent="([^"]*)"/;

/** The pages Pagefind would index: HTML files with a [data-pagefind-body] region, outside the bundles; sorted by path. */
export async function listSitePages(siteDir: string): Promise<SitePage[]> {
  const files = (await readdir(siteDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !BUNDLE_DIRS.some((dir) => path.startsWith(`${dir}/`)))
    .sort();
  const pages: SitePage[] = [];
  for (const path of files) {
    const bytes = await readFile(join(siteDir, path));
    const content = bytes.toString('utf8');
    if (!content.includes('data-pagefind-body')) continue;
    const published = CONTENT.exec(PUBLISHED.exec(content)?.[0] ?? '')?.[1];
    // A copy, not the match: V8 keeps a substring as a slice of its parent, so the date would hold
    // the whole page in memory (at 10,000 stories, ~700 MB of pages kept alive by their dates).
    const valid = published && !Number.isNaN(Date.parse(published)) ? Buffer.from(published).toString() : undefined;
    pages.push({ path, hash: createHash('sha256').update(searchableView(content)).digest('hex'), ...(valid ? { publishedAt: valid } : {}) });
  }
  return pages;
}

/** A listed page's HTML, read when Pagefind needs it. */
export function readSitePage(siteDir: string, page: SitePage): Promise<string> {
  return readFile(join(siteDir, page.path), 'utf8');
}
