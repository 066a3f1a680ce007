// Local mode's public records: an NDJSON file the local build merges over its dataset
// (`CONTENT_OVERLAY=<path>`). Every change rewrites the whole file atomically (temporary file, then
// rename) under a lock, so two writers — the desk publishing results and an erasure, or two server
// processes — cannot lose each other's update. Lines are sorted by `_id` so the same records always
// give the same bytes (stable builds, stable page keys).
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PublicRecordWriter, StoredDocument } from '../store.ts';

/** A lock older than this was left by a crashed process and is taken over. */
const STALE_LOCK_MS = 30_000;
const LOCK_WAIT_MS = 10_000;

async function withFileLock<T>(path: string, work: () => Promise<T>): Promise<T> {
  const lock = `${path}.lock`;
  const started = Date.now();
  for (;;) {
    try {
      // `wx`: created only if absent, atomically — the lock itself.
      const handle = await open(lock, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > STALE_LOCK_MS) {
        await rm(lock, { force: true });
        continue;
      }
      if (Date.now() - started > LOCK_WAIT_MS) throw new Error(`Tệp công khai ${path} đang bị khóa quá ${LOCK_WAIT_MS / 1000} giây (${lock}); hãy kiểm tra tiến trình khác.`, { cause: error });
      await sleep(20);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}

export async function readOverlay(path: string): Promise<StoredDocument[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as StoredDocument);
}

export function createOverlayWriter(path: string): PublicRecordWriter {
  // In-process writes also queue up, so one process never waits on its own lock.
  let queue: Promise<unknown> = Promise.resolve();
  const change = (apply: (byId: Map<string, StoredDocument>) => void): Promise<void> => {
    const next = queue.then(() =>
      withFileLock(path, async () => {
        const byId = new Map((await readOverlay(path)).map((doc) => [doc._id, doc]));
        apply(byId);
        const lines = [...byId.values()].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0)).map((doc) => JSON.stringify(doc));
        const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
        await writeFile(temporary, lines.length ? `${lines.join('\n')}\n` : '');
        await rename(temporary, path);
      }),
    );
    queue = next.catch(() => undefined);
    return next;
  };
  let ready: Promise<unknown> | undefined;
  const ensureDir = () => (ready ??= mkdir(dirname(path), { recursive: true }));
  return {
    async put(documents) {
      if (documents.length === 0) return;
      await ensureDir();
      return change((byId) => {
        for (const doc of documents) byId.set(doc._id, doc);
      });
    },
    async remove(ids) {
      if (ids.length === 0) return;
      await ensureDir();
      return change((byId) => {
        for (const id of ids) byId.delete(id);
      });
    },
  };
}
