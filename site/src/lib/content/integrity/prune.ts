/**
 * Pruning: leaves excluded documents (see `check.ts`) out of every query answer, whichever source
 * answered, so the rest of the site builds without them. Pure apart from the wrapped source.
 */
import { isRecord } from '@guong-sang/schemas/util/is-record.ts';
import type { ContentSource, GroqParams, QueryResult } from '../source.ts';

function isExcluded(value: unknown, excluded: ReadonlySet<string>): boolean {
  if (!isRecord(value)) return false;
  // `_id`: the document itself (or a dereferenced projection of it); `_ref`: a raw reference to it,
  // which would otherwise become a link to a page that does not exist.
  return (
    (typeof value._id === 'string' && excluded.has(value._id)) ||
    (typeof value._ref === 'string' && excluded.has(value._ref))
  );
}

/** Removes excluded documents from arrays and replaces them with null elsewhere. Pure. */
export function pruneExcluded(value: unknown, excluded: ReadonlySet<string>): unknown {
  if (excluded.size === 0) return value;
  if (isExcluded(value, excluded)) return null;
  if (Array.isArray(value)) {
    return value.filter((item) => !isExcluded(item, excluded)).map((item) => pruneExcluded(item, excluded));
  }
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, pruneExcluded(inner, excluded)]));
  }
  return value;
}

/**
 * The source pages use. Pruning works on `_id`/`_ref`, so every query projection of a document must
 * include `_id` for an excluded document to be recognised.
 */
export function createPublicSource(source: ContentSource, excludedIds: ReadonlySet<string>): ContentSource {
  return {
    kind: source.kind,
    async fetch<const Q extends string>(query: Q, params?: GroqParams): Promise<QueryResult<Q>> {
      return pruneExcluded(await source.fetch(query, params), excludedIds) as QueryResult<Q>;
    },
  };
}
