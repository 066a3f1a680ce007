// A page's cache key for Astro's incremental build: a hash of exactly what the page renders — its
// props (documents and the referenced ones as projected, with every label computed from the build
// clock) and what the layout shows on every page (the site settings). Astro hashes the page's code
// itself, so the key only has to change when the data does.
import { createHash } from 'node:crypto';

export function cacheKey(...rendered: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of rendered) hash.update(JSON.stringify(part) ?? 'undefined').update('\0');
  return hash.digest('base64url').slice(0, 22);
}
