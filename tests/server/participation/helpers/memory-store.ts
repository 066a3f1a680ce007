// TEST FIXTURE: an in-process ParticipationStore over a Map, answering GROQ with groq-js. A stand-in
// for the store boundary while the real SQLite store is written in parallel; every desk test takes its
// store from `createTestStore` (store-factory.ts), so switching them to the SQLite store is one line.
// Behaviour follows the interface's contract: `_rev` changes on every write, `ifRevisionId` is
// checked, createIfNotExists never overwrites, files are addressed as `file-<sha1>-<ext>`.
import { createHash, randomBytes } from 'node:crypto';
import { evaluate, parse } from 'groq-js';
import { StoreConflictError, type ParticipationStore, type StoredDocument } from '../../../../server/src/participation/store.ts';

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'audio/mpeg': 'mp3',
  'video/mp4': 'mp4',
};

export interface MemoryStore extends ParticipationStore {
  /** Every stored document (a copy), for assertions. */
  all(): StoredDocument[];
}

export function createMemoryStore(): MemoryStore {
  const docs = new Map<string, StoredDocument>();
  const files = new Map<string, Uint8Array>();
  const stamp = (doc: StoredDocument, previous?: StoredDocument): StoredDocument => {
    const at = new Date().toISOString();
    return { ...structuredClone(doc), _rev: randomBytes(8).toString('hex'), _createdAt: previous?._createdAt ?? doc._createdAt ?? at, _updatedAt: at };
  };
  return {
    kind: 'sqlite',
    all: () => [...docs.values()].map((d) => structuredClone(d)),
    async get(id) {
      const doc = docs.get(id);
      return (doc ? structuredClone(doc) : null) as never;
    },
    async createIfNotExists(doc) {
      const existing = docs.get(doc._id);
      if (existing) return { created: false, document: structuredClone(existing) };
      const stored = stamp(doc);
      docs.set(doc._id, stored);
      return { created: true, document: structuredClone(stored) };
    },
    async createOrReplace(doc) {
      docs.set(doc._id, stamp(doc, docs.get(doc._id)));
    },
    async patch(id, operation) {
      const existing = docs.get(id);
      if (!existing) throw new Error(`Không có tài liệu ${id} để sửa.`);
      if (operation.ifRevisionId !== undefined && operation.ifRevisionId !== existing._rev) throw new StoreConflictError(id);
      const next: StoredDocument = structuredClone(existing);
      for (const key of operation.unset ?? []) delete next[key];
      Object.assign(next, structuredClone(operation.set ?? {}));
      const stored = stamp(next, existing);
      docs.set(id, stored);
      return structuredClone(stored);
    },
    async delete(id) {
      docs.delete(id);
    },
    async query(groq, params = {}) {
      const tree = parse(groq, { params });
      const result = await evaluate(tree, { dataset: [...docs.values()], params });
      return (await result.get()) as never;
    },
    async uploadFile(bytes, meta) {
      const sha1 = createHash('sha1').update(bytes).digest('hex');
      const ref = `file-${sha1}-${EXTENSIONS[meta.mimeType] ?? 'bin'}`;
      files.set(ref, Uint8Array.from(bytes));
      return { _ref: ref, size: bytes.byteLength, mimeType: meta.mimeType };
    },
    async readFile(ref) {
      return files.get(ref) ?? null;
    },
    async deleteFile(ref) {
      files.delete(ref);
    },
    async close() {
      docs.clear();
      files.clear();
    },
  };
}
