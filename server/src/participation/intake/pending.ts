/**
 * The no-JavaScript path: a submission without a form ticket is not refused but kept pending for 30
 * minutes — its fields as JSON, its files moved into `<dir>/pending/<id>/` — and the sender confirms
 * with one click on a server-rendered page that posts back the signed pending id. A bot that does not
 * read the answer never confirms; a person loses nothing they typed.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sign, verifySignature } from './keys.ts';
import type { UploadedPart } from './multipart.ts';

export const PENDING_TTL_MS = 30 * 60_000;

export interface PendingSubmission {
  fields: Map<string, string[]>;
  files: UploadedPart[];
  /** Removes the pending folder. */
  discard(): Promise<void>;
}

interface Stored {
  fields: [string, string[]][];
  files: { field: string; filename: string; name: string; size: number }[];
}

export function createPendingStore(root: string, key: Buffer, now: () => Date) {
  const sweep = async () => {
    const names = await readdir(root).catch(() => [] as string[]);
    for (const name of names) {
      const info = await stat(join(root, name)).catch(() => null);
      if (info && now().getTime() - info.mtimeMs > PENDING_TTL_MS) await rm(join(root, name), { recursive: true, force: true });
    }
  };
  return {
    async save(fields: Map<string, string[]>, files: readonly UploadedPart[]): Promise<string> {
      await sweep();
      const id = randomBytes(12).toString('hex');
      const dir = join(root, id);
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const stored: Stored = { fields: [...fields], files: [] };
      for (const [index, file] of files.entries()) {
        const name = `f${index}`;
        await rename(file.path, join(dir, name));
        stored.files.push({ field: file.field, filename: file.filename, name, size: file.size });
      }
      await writeFile(join(dir, 'form.json'), JSON.stringify(stored), { mode: 0o600 });
      const body = `${id}.${now().getTime().toString(36)}`;
      return `${body}.${sign(key, body)}`;
    },
    /** The pending submission, or null when the id is forged, expired or already used. */
    async take(signedId: string): Promise<PendingSubmission | null> {
      const parts = signedId.split('.');
      if (parts.length !== 3) return null;
      const [id, created, signature] = parts as [string, string, string];
      if (!/^[a-f0-9]{24}$/.test(id) || !verifySignature(key, `${id}.${created}`, signature)) return null;
      if (now().getTime() - Number.parseInt(created, 36) > PENDING_TTL_MS) return null;
      // Taken by renaming the folder first: a second click (or a replay) finds nothing to take.
      const dir = join(root, `${id}.taken-${randomBytes(4).toString('hex')}`);
      try {
        await rename(join(root, id), dir);
      } catch {
        return null;
      }
      let stored: Stored;
      try {
        stored = JSON.parse(await readFile(join(dir, 'form.json'), 'utf8')) as Stored;
      } catch {
        await rm(dir, { recursive: true, force: true });
        return null;
      }
      return {
        fields: new Map(stored.fields),
        files: stored.files.map((file) => ({ field: file.field, filename: file.filename, path: join(dir, file.name), size: file.size })),
        discard: () => rm(dir, { recursive: true, force: true }),
      };
    },
  };
}

export type PendingStore = ReturnType<typeof createPendingStore>;
