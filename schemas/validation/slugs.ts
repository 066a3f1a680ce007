import type { SlugIsUniqueValidator } from '@sanity/types';
import { getPublishedId } from './ids.ts';

/** API version for validation queries; matches what @sanity/validation uses for its own checks. */
export const VALIDATION_API_VERSION = '2025-02-19';

/**
 * Slugs are unique per document type (a story and an exemplar may share one: their URLs differ).
 *
 * The document's own draft, published and release versions are excluded with `sanity::versionOf`
 * (the same function Sanity's default check uses), so editing a published story does not clash with
 * itself. `perspective: 'raw'` so drafts of other documents count too: two editors drafting the same
 * slug should find out before either publishes.
 */
export const isUniqueSlugPerType: SlugIsUniqueValidator = async (slug, context) => {
  const { document, path } = context;
  if (!document || !path) return true;
  // Slugs sit at top level in this model; build the attribute path from the field path anyway.
  const fieldPath = path.filter((segment): segment is string => typeof segment === 'string').join('.');
  const query = `count(*[_type == $type && ${fieldPath}.current == $slug && !sanity::versionOf($published)])`;
  const client = context.getClient({ apiVersion: VALIDATION_API_VERSION }).withConfig({ perspective: 'raw' });
  const count = await client.fetch<number>(
    query,
    { type: document._type, slug, published: getPublishedId(document._id) },
    { tag: 'validation.slug-is-unique-per-type' },
  );
  return count === 0;
};
