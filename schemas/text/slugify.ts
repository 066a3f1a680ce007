import { normalizeText } from './normalize.ts';

/** Longest slug we produce; long Vietnamese titles make unreadable URLs. */
export const SLUG_MAX_LENGTH = 96;

/**
 * Vietnamese-aware slug: "Đổi mới sáng tạo" → "doi-moi-sang-tao".
 *
 * Đ/đ have no Unicode decomposition, so stripping combining marks alone leaves them; map them to
 * d explicitly (some slug libraries produce "dj"). Output matches `[a-z0-9-]`, at most 96 chars,
 * never starts or ends with a hyphen, and is cut on a word boundary where possible.
 *
 * The signature accepts (and ignores) Sanity's extra slugifier arguments so it can be used directly
 * as `options.slugify`.
 */
export function slugify(input: string, ..._sanityArgs: unknown[]): string {
  const ascii = normalizeText(input)
    .replace(/[Đđ]/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  const hyphenated = ascii
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return truncateSlug(hyphenated, SLUG_MAX_LENGTH);
}

function truncateSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastHyphen = cut.lastIndexOf('-');
  // Prefer a whole-word cut unless that would throw away most of the slug.
  const wordCut = lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut;
  return wordCut.replace(/-+$/g, '');
}

/** True when a slug is already in canonical form. */
export function isCanonicalSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= SLUG_MAX_LENGTH;
}
