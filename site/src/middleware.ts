// Build-time middleware (every page is prerendered): adds the hashes of the page's `style="…"`
// attributes to the CSP meta tag Astro wrote (see lib/security/csp.ts for why here).
import { defineMiddleware } from 'astro:middleware';
import { withStyleAttributeHashes } from './lib/security/csp.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(withStyleAttributeHashes(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
