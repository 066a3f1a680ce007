/**
 * The private participation store (issue 11): contest entries, nominations, judges and scores, and
 * their uploaded files. Two implementations with one behaviour: `sqlite-store.ts` (Node 24's
 * `node:sqlite`, in the server's data folder; the default) and `sanity-store.ts` (a private Sanity
 * dataset written with a server-side token). Documents are plain Sanity-shaped JSON
 * (`schemas/participation/types.ts`), so the SQLite store exports to Sanity's import format as is.
 */
export interface StoredDocument {
  _id: string;
  _type: string;
  _rev?: string;
  _createdAt?: string;
  _updatedAt?: string;
  [field: string]: unknown;
}

export interface PatchOperation {
  set?: Record<string, unknown>;
  unset?: string[];
  /** Optimistic locking: fail with `StoreConflictError` if the document's `_rev` differs. */
  ifRevisionId?: string;
}

/** Narrows what a query has to look at (the SQLite store preselects by it; Sanity ignores it). */
export interface QueryScope {
  types?: readonly string[];
  contest?: string;
  /** Only documents whose `status` is one of these (added for the desk's lists at 90,000 entries). */
  statuses?: readonly string[];
  /** Only these documents (by `_id`): a lookup of one entry need not read a contest's worth. */
  ids?: readonly string[];
}

export interface UploadedAsset {
  /** Sanity's asset id shape: `file-<sha1>-<ext>`. */
  _ref: string;
  size: number;
  mimeType: string;
}

export interface ParticipationStore {
  readonly kind: 'sqlite' | 'sanity';
  get<T extends StoredDocument = StoredDocument>(id: string): Promise<T | null>;
  /** Creates; resolves `{ created: false }` without writing when the id already exists (idempotent submit). */
  createIfNotExists(doc: StoredDocument): Promise<{ created: boolean; document: StoredDocument }>;
  createOrReplace(doc: StoredDocument): Promise<void>;
  patch(id: string, operation: PatchOperation): Promise<StoredDocument>;
  delete(id: string): Promise<void>;
  /** A GROQ query over the store's documents (groq-js for SQLite, the Query API for Sanity). */
  query<R = unknown>(groq: string, params?: Record<string, unknown>, scope?: QueryScope): Promise<R>;
  uploadFile(bytes: Uint8Array, meta: { filename: string; mimeType: string }): Promise<UploadedAsset>;
  readFile(ref: string): Promise<Uint8Array | null>;
  deleteFile(ref: string): Promise<void>;
  close(): Promise<void>;
}

export class StoreConflictError extends Error {
  constructor(id: string) {
    super(`Tài liệu ${id} vừa được người khác sửa; hãy tải lại rồi thử lại.`);
    this.name = 'StoreConflictError';
  }
}

/**
 * Where public records (the output of `publicEntryRecord`) and exemplar drafts started from a
 * nomination go: the public Sanity dataset (Sanity mode) or an NDJSON overlay the local build merges
 * over its dataset (`CONTENT_OVERLAY`, local mode). Owned by the judging desk (publish results) and
 * used by erasure.
 */
export interface PublicRecordWriter {
  put(documents: readonly StoredDocument[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
}
