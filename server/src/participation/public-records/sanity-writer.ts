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

export function createSanityPublicWriter(options: SanityPublicWriterOptions): PublicRecordWriter {
  const client = createClient({
    projectId: options.projectId,
    dataset: options.dataset,
    token: options.token,
    apiVersion: options.apiVersion,
    useCdn: false,
    ...(options.apiHost ? { apiHost: options.apiHost, useProjectHostname: false } : {}),
  });
  return {
    async put(documents) {
      if (documents.length === 0) return;
      const transaction = client.transaction();
      for (const doc of documents) transaction.createOrReplace(doc);
      await transaction.commit({ visibility: 'sync' });
    },
    async remove(ids) {
      if (ids.length === 0) return;
      const transaction = client.transaction();
      for (const id of ids) transaction.delete(id);
      await transaction.commit({ visibility: 'sync' });
    },
  };
}
