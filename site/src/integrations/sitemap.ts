// sitemap.xml from the pages Astro actually wrote: every HTML page except those marked
// `<meta name="robots" content="noindex">` (the 404 page) and those whose canonical URL is another
// page's (booklet chapters that reprint a story, from route data), each as its canonical URL (the one
// configured `site` + the page's path, trailing slash). Story pages carry <lastmod>. Above 50,000
// URLs (the protocol's limit) sitemap.xml becomes an index of sitemap-<n>.xml files.
import { writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtFiles } from '../lib/build/built-files.ts';
import { validInstant } from '../lib/dates/valid.ts';
import { xmlSafe } from '../lib/format/xml-text.ts';
import { loadBookletModels } from '../lib/booklet/site-data.ts';
import { loadRouteData } from '../lib/routes/data.ts';
import { repeatedChapterPaths } from '../lib/routes/pages/publications.ts';
import { SITEMAP_URL, urlFor } from '../lib/routes/urls.ts';

const MAX_URLS = 50_000;

// xmlSafe first: a URL is built from slugs, but a control character in one must not break the file.
const escapeXml = (s: string) => xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A sitemap `<urlset>` document (exported for the tests). */
export function urlset(entries: { loc: string; lastmod?: string }[]): string {
  const body = entries
    .map((e) => `<url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export function sitemapIntegration(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'guong-sang:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) {
          logger.warn('Không có `site` trong cấu hình: bỏ qua sitemap.xml.');
          return;
        }
        const outDir = fileURLToPath(dir);
        const lastmod = new Map<string, string>();
        const data = await loadRouteData();
        const notCanonical = repeatedChapterPaths(data, await loadBookletModels());
        for (const story of data.stories) {
          // Only real calendar dates (a year-99999 date would make an invalid <lastmod>).
          const date = validInstant(story.updatedAt) ?? validInstant(story.publishedAt);
          const path = urlFor('story', story.slug);
          if (date && path) lastmod.set(path, new Date(date).toISOString());
        }
        const read = await builtFiles(outDir);
        const scan = { files: new Set(read.files.map((file) => relative(outDir, file).split(sep).join('/'))), noindex: read.noindex };
        const entries: { loc: string; lastmod?: string }[] = [];
        for (const { pathname } of pages) {
          // Only HTML pages (directory format: "" or "a/b/"); endpoints (feeds, robots, data files) are not pages.
          if (pathname !== '' && !pathname.endsWith('/')) continue;
          const path = `/${pathname}`;
          if (notCanonical.has(path)) continue;
          const file = `${pathname}index.html`;
          if (!scan.files.has(file) || scan.noindex.has(file)) continue;
          entries.push({ loc: new URL(path, site).href, lastmod: lastmod.get(path) });
        }
        entries.sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
        if (entries.length <= MAX_URLS) {
          await writeFile(join(outDir, SITEMAP_URL), urlset(entries));
        } else {
          const parts: string[] = [];
          for (let i = 0; i * MAX_URLS < entries.length; i++) {
            const name = `sitemap-${i + 1}.xml`;
            await writeFile(join(outDir, name), urlset(entries.slice(i * MAX_URLS, (i + 1) * MAX_URLS)));
            parts.push(`<sitemap><loc>${escapeXml(new URL(`/${name}`, site).href)}</loc></sitemap>`);
          }
          await writeFile(
            join(outDir, SITEMAP_URL),
            `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.join('\n')}\n</sitemapindex>\n`,
          );
        }
        logger.info(`sitemap.xml: ${entries.length} địa chỉ.`);
      },
    },
  };
}
