/**
 * Erasure of one submission (a withdrawn processing consent, or an editor acting on a written
 * request): the document, its files (unless another document still uses the same bytes), the judges'
 * scores of it, and its public record.
 */
import { documentIdFor, normalizeReceiptCode, receiptHash } from './intake/receipt.ts';
import type { ParticipationStore, PublicRecordWriter, StoredDocument } from './store.ts';

const SUBMISSION_TYPES = ['contestEntry', 'nomination'] as const;

function fileRefs(doc: StoredDocument): string[] {
  const refs: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const asset = record.asset as { _ref?: unknown } | undefined;
      if (record._type === 'file' && typeof asset?._ref === 'string') refs.push(asset._ref);
      Object.values(record).forEach(visit);
    }
  };
  visit(doc);
  return refs;
}

export interface FindOptions {
  /** The intake's receipt key: a code then maps to its document id (two look-ups by id). */
  receiptKey: Buffer;
  /**
   * Also search every submission's `receiptHash` when the derived ids find nothing (the operator's
   * CLI, for documents that came from elsewhere). Never for the public lookup: a wrong code must stay cheap.
   */
  scan?: boolean;
}

/** A receipt code or a document id → the submission, or null. */
export async function findSubmission(store: ParticipationStore, codeOrId: string, options: FindOptions): Promise<StoredDocument | null> {
  const code = normalizeReceiptCode(codeOrId);
  if (code) {
    const hash = receiptHash(code);
    for (const type of SUBMISSION_TYPES) {
      const doc = await store.get(documentIdFor(options.receiptKey, type, code));
      if (doc && doc.receiptHash === hash) return doc;
    }
    if (!options.scan) return null;
    return store.query<StoredDocument | null>('*[_type in $types && receiptHash == $hash][0]', { types: SUBMISSION_TYPES, hash }, { types: SUBMISSION_TYPES });
  }
  const doc = await store.get(codeOrId);
  return doc && (SUBMISSION_TYPES as readonly string[]).includes(doc._type) ? doc : null;
}

export async function eraseSubmission(store: ParticipationStore, doc: StoredDocument, writer?: PublicRecordWriter): Promise<{ files: number; scores: number }> {
  const scores = doc._type === 'contestEntry' ? await store.query<string[]>('*[_type == "judgeScore" && entry._ref == $id]._id', { id: doc._id }, { types: ['judgeScore'] }) : [];
  await store.delete(doc._id);
  for (const id of scores) await store.delete(id);
  let files = 0;
  for (const ref of new Set(fileRefs(doc))) {
    const users = await store.query<number>('count(*[references($ref)])', { ref }, { types: SUBMISSION_TYPES });
    if (users === 0) {
      await store.deleteFile(ref);
      files += 1;
    }
  }
  if (writer && doc._type === 'contestEntry') await writer.remove([doc._id]);
  return { files, scores: scores.length };
}
