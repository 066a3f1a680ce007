/**
 * The Sanity mutations the "Tham gia" workspace's actions commit, as plain data (the HTTP API's
 * mutation shapes), so the decisions can be tested in Node without a browser.
 */
export interface SanityDocumentBody {
  _id: string;
  _type: string;
  [field: string]: unknown;
}

export type SanityMutation =
  | { create: SanityDocumentBody }
  | { createIfNotExists: SanityDocumentBody }
  | { createOrReplace: SanityDocumentBody }
  | { delete: { id: string } }
  | { patch: { id: string; ifRevisionID?: string; set?: Record<string, unknown>; unset?: string[] } };

/** A plan that could not be made: one Vietnamese sentence naming the document and the field. */
export interface PlanRefusal {
  ok: false;
  error: string;
}

export const DRAFTS_PREFIX = 'drafts.';

export function publishedId(id: string): string {
  return id.startsWith(DRAFTS_PREFIX) ? id.slice(DRAFTS_PREFIX.length) : id;
}

/**
 * Splits mutations into transactions of at most `maxBytes` of JSON each (Sanity refuses very large
 * request bodies); each batch is committed as one transaction, in order.
 */
export function transactionBatches(mutations: readonly SanityMutation[], maxBytes = 2_000_000): SanityMutation[][] {
  const batches: SanityMutation[][] = [];
  let current: SanityMutation[] = [];
  let size = 0;
  for (const mutation of mutations) {
    const bytes = new TextEncoder().encode(JSON.stringify(mutation)).length + 1;
    if (current.length > 0 && size + bytes > maxBytes) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(mutation);
    size += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
