/**
 * The one interface pages use to read content. Both implementations answer GROQ with the
 * `published` perspective, so a page cannot tell (and must not care) which one it is talking to.
 */
export type GroqParams = Record<string, unknown>;

/**
 * The result type of a query: TypeGen registers every `defineQuery` of queries.ts in the global
 * `SanityQueries` map (sanity.types.ts, `pnpm typegen`), keyed by the query text. Any other query
 * (the integrity check's, ad-hoc ones in tests) is `unknown` and must be checked by its caller.
 */
export type QueryResult<Q extends string> = Q extends keyof SanityQueries ? SanityQueries[Q] : unknown;

export interface ContentSource {
  readonly kind: 'local' | 'sanity';
  /** Runs a GROQ query over published documents. Results are plain JSON (as Sanity sends them). */
  fetch<const Q extends string>(query: Q, params?: GroqParams): Promise<QueryResult<Q>>;
}

/** Ids Sanity keeps out of the `published` perspective: drafts and release versions. */
export function isPublishedId(id: string): boolean {
  return !id.startsWith('drafts.') && !id.startsWith('versions.');
}
