// Sanity mode's public records: written into the PUBLIC dataset in one transaction per call
// (createOrReplace / delete), with the server-side write token. Sanity's webhook then triggers the
// build. Only `publicEntryRecord` output and exemplar drafts are ever handed to it.
import { createClient } from '@sanity/client';
import type { PublicRecordWriter } from '../store.ts';

export interface SanityPublicWriterOptions {
  projectId: string;
  dataset: string;
  token: string;
  /** An origin used instead of https://<projectId>.api.sanity.io (SANITY_API_HOST; a stand-in in tests). */
  apiHost?: string;
  apiVersion: string;
}

const MUTATIONS_PER_TRANSACTION = 500;
const IDS_PER_LOOKUP = 1000;

export function createSanityPublicWriter(options: SanityPublicWriterOptions): PublicRecordWriter {
  const client = createClient({
    projectId: options.projectId,
    dataset: options.dataset,
    token: options.token,
    apiVersion: options.apiVersion,
    useCdn: false,
    ...(options.apiHost ? { apiHost: options.apiHost, useProjectHostname: false } : {}),
  });
  // Sanity limits a request's size: mutations go in transactions of at most MUTATIONS_PER_TRANSACTION.
  const commitInBatches = async (mutate: (transaction: ReturnType<typeof client.transaction>, id: number) => void, count: number) => {
    for (let start = 0; start < count; start += MUTATIONS_PER_TRANSACTION) {
      const transaction = client.transaction();
      for (let i = start; i < Math.min(count, start + MUTATIONS_PER_TRANSACTION); i++) mutate(transaction, i);
      await transaction.commit({ visibility: 'sync' });
    }
  };
  return {
    async put(documents) {
      await commitInBatches((transaction, i) => transaction.createOrReplace(documents[i]!), documents.length);
    },
    async remove(ids) {
      // A publication names every entry that is not a result; only those with a record are deleted.
      const existing: string[] = [];
      for (let start = 0; start < ids.length; start += IDS_PER_LOOKUP) {
        existing.push(...(await client.fetch<string[]>('*[_id in $ids]._id', { ids: ids.slice(start, start + IDS_PER_LOOKUP) })));
      }
      await commitInBatches((transaction, i) => transaction.delete(existing[i]!), existing.length);
    },
  };
}
