/**
 * The one interface pages use to read content. Both implementations answer GROQ with the
 * `published` perspective, so a page cannot tell (and must not care) which one it is talking to.
 */
export type GroqParams = Record<string, unknown>;

export interface ContentSource {
  readonly kind: 'local' | 'sanity';
  /** Runs a GROQ query over published documents. Results are plain JSON (as Sanity sends them). */
  fetch<R>(query: string, params?: GroqParams): Promise<R>;
}

/** Ids Sanity keeps out of the `published` perspective: drafts and release versions. */
export function isPublishedId(id: string): boolean {
  return !id.startsWith('drafts.') && !id.startsWith('versions.');
}
