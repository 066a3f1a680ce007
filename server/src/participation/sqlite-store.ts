/**
 * The default private participation store: one SQLite database (Node 24's `node:sqlite`, WAL) in the
 * server's data folder, plus uploaded files under `<dir>/files/<sha1>.<ext>` — outside any web root.
 *
 * Documents are kept whole as Sanity-shaped JSON in one table; `type`, `contest` (the `contest._ref`)
 * and `status` are copied into indexed columns so a query's `scope` can preselect rows in SQL.
 * `query()` then evaluates the GROQ with groq-js over exactly those documents: a query must pass a
 * scope that contains every document it can match (a scope too narrow gives too few results; no
 * scope reads every document). `_rev`, `_createdAt` and `_updatedAt` are maintained as Sanity does:
 * a new random `_rev` on every write, `_createdAt` fixed at creation.
 *
 * Long top-level strings (an entry's text, a nomination's account: several kilobytes each, most of a
 * document's bytes) are kept in a second column and attached to the documents a query looks at as
 * lazy properties: a desk list over 90,000 entries then parses about a tenth of the bytes, while a
 * query that does read the text (or spreads the whole document) still sees it — the same GROQ
 * semantics, paid for only by the documents whose text is actually read.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { evaluate, parse } from 'groq-js';
import {
  type ParticipationStore,
  type PatchOperation,
  type QueryScope,
  StoreConflictError,
  type StoredDocument,
  type UploadedAsset,
} from './store.ts';

export interface SqliteStoreOptions {
  /** The data folder (PARTICIPATION_DIR): `participation.sqlite` and `files/` live here. */
  dir: string;
  now?: () => Date;
}

const FILE_REF = /^file-([a-f0-9]{40})-([a-z0-9]{1,8})$/;

/** `file-<sha1>-<ext>` → the file's path, or null for anything that is not such a ref (no path tricks). */
export function storedFilePath(dir: string, ref: string): string | null {
  const match = FILE_REF.exec(ref);
  return match ? join(dir, 'files', `${match[1]}.${match[2]}`) : null;
}

function extensionOf(filename: string): string {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(filename)?.[1]?.toLowerCase();
  return ext ?? 'bin';
}

function newRevision(): string {
  return randomBytes(16).toString('base64url').slice(0, 22);
}

function contestOf(doc: StoredDocument): string | null {
  const contest = doc.contest as { _ref?: unknown } | undefined;
  return typeof contest?._ref === 'string' ? contest._ref : null;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1) as string] = value;
}

function unsetPath(target: Record<string, unknown>, path: string): void {
  const parts = path.split('.');
  let node: unknown = target;
  for (const part of parts.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string, unknown>)[part];
  }
  if (node !== null && typeof node === 'object') delete (node as Record<string, unknown>)[parts.at(-1) as string];
}

interface Row {
  json: string;
  large: string | null;
}

interface ScopedRow {
  id: string;
  json: string;
  large_keys: string | null;
}

/** How many parsed documents the query cache keeps (about 3 KB each without their long strings). */
const MAX_PARSED = 250_000;
const IDS_PER_READ = 500;

/** Top-level strings at least this long are stored apart from the rest of the document. */
const LARGE_STRING = 1024;

/** Splits a document into what is parsed for every query and its long top-level strings. */
function splitLarge(doc: StoredDocument): { light: StoredDocument; large: Record<string, string> | null } {
  let large: Record<string, string> | null = null;
  const light: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (typeof value === 'string' && value.length >= LARGE_STRING) (large ??= {})[key] = value;
    else light[key] = value;
  }
  return { light: light as StoredDocument, large };
}

export function createSqliteStore(options: SqliteStoreOptions): ParticipationStore {
  const { dir } = options;
  const now = options.now ?? (() => new Date());
  mkdirSync(join(dir, 'files'), { recursive: true });
  const db = new DatabaseSync(join(dir, 'participation.sqlite'));
  db.exec(`
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = NORMAL;
    PRAGMA busy_timeout = 5000;
    CREATE TABLE IF NOT EXISTS documents (
      id TEXT PRIMARY KEY,
      type TEXT NOT NULL,
      contest TEXT,
      status TEXT,
      json TEXT NOT NULL,
      large TEXT,
      large_keys TEXT,
      rev TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS documents_scope ON documents (type, contest, status);
  `);
  const selectOne = db.prepare('SELECT json, large FROM documents WHERE id = ?');
  const selectLarge = db.prepare('SELECT large FROM documents WHERE id = ?');
  const insertNew = db.prepare(
    'INSERT OR IGNORE INTO documents (id, type, contest, status, json, large, large_keys, rev, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const upsert = db.prepare(
    `INSERT INTO documents (id, type, contest, status, json, large, large_keys, rev, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET type = excluded.type, contest = excluded.contest, status = excluded.status,
       json = excluded.json, large = excluded.large, large_keys = excluded.large_keys, rev = excluded.rev, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare('DELETE FROM documents WHERE id = ?');

  const read = (id: string): StoredDocument | null => {
    const row = selectOne.get(id) as Row | undefined;
    if (!row) return null;
    const doc = JSON.parse(row.json) as StoredDocument;
    return row.large ? { ...doc, ...(JSON.parse(row.large) as Record<string, string>) } : doc;
  };
  /**
   * A query's view of a row: its long strings are read from the row when a query reads them (the
   * row has the same revision then: a changed row is parsed again, see `scoped`).
   */
  const withLazyLarge = (row: ScopedRow): StoredDocument => {
    const doc = JSON.parse(row.json) as StoredDocument;
    if (!row.large_keys) return doc;
    for (const key of row.large_keys.split(',')) {
      Object.defineProperty(doc, key, {
        enumerable: true,
        configurable: true,
        get: () => (JSON.parse((selectLarge.get(row.id) as { large: string | null } | undefined)?.large ?? '{}') as Record<string, string>)[key],
      });
    }
    return doc;
  };
  /**
   * Parsed documents by id, reused by later queries while their revision is unchanged: a desk page
   * over 90,000 entries then reads ids and revisions, and parses only what changed since. Queries
   * never modify documents and hand out copies (`query`), so sharing them is safe.
   */
  const parsed = new Map<string, { rev: string; doc: StoredDocument }>();
  const stamp = (doc: StoredDocument, createdAt: string | undefined): StoredDocument => {
    const at = now().toISOString();
    return { ...doc, _rev: newRevision(), _createdAt: createdAt ?? at, _updatedAt: at };
  };
  const write = (statement: typeof upsert, doc: StoredDocument) => {
    const { light, large } = splitLarge(doc);
    return statement.run(
      doc._id,
      doc._type,
      contestOf(doc),
      typeof doc.status === 'string' ? doc.status : null,
      JSON.stringify(light),
      large ? JSON.stringify(large) : null,
      large ? Object.keys(large).join(',') : null,
      doc._rev as string,
      doc._createdAt as string,
      doc._updatedAt as string,
    );
  };

  const scoped = (scope: QueryScope | undefined): StoredDocument[] => {
    const where: string[] = [];
    const args: string[] = [];
    if (scope?.types && scope.types.length > 0) {
      where.push(`type IN (${scope.types.map(() => '?').join(', ')})`);
      args.push(...scope.types);
    }
    if (scope?.contest !== undefined) {
      where.push('contest = ?');
      args.push(scope.contest);
    }
    if (scope?.ids !== undefined) {
      // An empty list selects nothing (`IN ()` is not SQL): a condition no row meets.
      where.push(scope.ids.length > 0 ? `id IN (${scope.ids.map(() => '?').join(', ')})` : '0');
      args.push(...scope.ids);
    }
    if (scope?.statuses && scope.statuses.length > 0) {
      where.push(`status IN (${scope.statuses.map(() => '?').join(', ')})`);
      args.push(...scope.statuses);
    }
    const sql = `SELECT id, rev FROM documents${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY id`;
    const rows = db.prepare(sql).all(...args) as unknown as { id: string; rev: string }[];
    const stale = rows.filter((row) => parsed.get(row.id)?.rev !== row.rev).map((row) => row.id);
    if (parsed.size + stale.length > MAX_PARSED) parsed.clear();
    for (let start = 0; start < stale.length; start += IDS_PER_READ) {
      const ids = stale.slice(start, start + IDS_PER_READ);
      const fresh = db.prepare(`SELECT id, rev, json, large_keys FROM documents WHERE id IN (${ids.map(() => '?').join(', ')})`).all(...ids) as unknown as (ScopedRow & { rev: string })[];
      for (const row of fresh) parsed.set(row.id, { rev: row.rev, doc: withLazyLarge(row) });
    }
    // A row written by another process between the two reads is simply returned as it is now.
    return rows.flatMap((row) => parsed.get(row.id)?.doc ?? []);
  };

  return {
    kind: 'sqlite',
    async get<T extends StoredDocument = StoredDocument>(id: string) {
      return read(id) as T | null;
    },
    async createIfNotExists(doc) {
      const stamped = stamp(doc, undefined);
      const result = write(insertNew, stamped);
      if (Number(result.changes) === 1) return { created: true, document: stamped };
      return { created: false, document: read(doc._id) as StoredDocument };
    },
    async createOrReplace(doc) {
      const existing = read(doc._id);
      write(upsert, stamp(doc, existing?._createdAt));
    },
    async patch(id, operation: PatchOperation) {
      // One synchronous read-modify-write: no other write can interleave in this process, and SQLite's
      // lock serialises other processes (the CLI) on the same file.
      db.exec('BEGIN IMMEDIATE');
      try {
        const existing = read(id);
        if (!existing) throw new Error(`Không có tài liệu ${id} trong kho tham gia.`);
        if (operation.ifRevisionId !== undefined && existing._rev !== operation.ifRevisionId) throw new StoreConflictError(id);
        const next = structuredClone(existing) as Record<string, unknown>;
        for (const [path, value] of Object.entries(operation.set ?? {})) setPath(next, path, value);
        for (const path of operation.unset ?? []) unsetPath(next, path);
        const stamped = stamp({ ...(next as StoredDocument), _id: existing._id, _type: existing._type }, existing._createdAt);
        write(upsert, stamped);
        db.exec('COMMIT');
        return stamped;
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    async delete(id) {
      remove.run(id);
      parsed.delete(id);
    },
    async query<R = unknown>(groq: string, params: Record<string, unknown> = {}, scope?: QueryScope) {
      const result = await evaluate(parse(groq, { params }), { dataset: scoped(scope), params });
      // Plain data out: no lazy property (or shared object) outlives the query.
      const value: unknown = await result.get();
      return (value === undefined ? value : JSON.parse(JSON.stringify(value))) as R;
    },
    async uploadFile(bytes, meta): Promise<UploadedAsset> {
      const sha1 = createHash('sha1').update(bytes).digest('hex');
      const ext = extensionOf(meta.filename);
      const path = join(dir, 'files', `${sha1}.${ext}`);
      // Content-addressed: the same bytes land on the same name, so a rename over an existing copy is harmless.
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(temporary, bytes, { mode: 0o600 });
      await rename(temporary, path);
      return { _ref: `file-${sha1}-${ext}`, size: bytes.byteLength, mimeType: meta.mimeType };
    },
    async readFile(ref) {
      const path = storedFilePath(dir, ref);
      if (!path) return null;
      try {
        return new Uint8Array(await readFile(path));
      } catch {
        return null;
      }
    },
    async deleteFile(ref) {
      const path = storedFilePath(dir, ref);
      if (!path) return;
      await unlink(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    },
    async close() {
      if (db.isOpen) db.close();
    },
  };
}
