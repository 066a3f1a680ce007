// robots.txt: everything may be crawled except Pagefind's index files; the sitemap is absolute.
import type { APIRoute } from 'astro';
import { SITEMAP_URL } from '../lib/routes/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(['User-agent: *', 'Allow: /', 'Disallow: /pagefind/', '', `Sitemap: ${new URL(SITEMAP_URL, site).href}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
