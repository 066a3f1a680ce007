/**
 * Release store (contract of issue 9). Minimal implementation by slice E so the server can be tested
 * on its own branch; slice A owns this module and its version replaces this one when merged.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readlink, rename, rm, stat, symlink } from 'node:fs/promises';
import { basename, join } from 'node:path';

export interface Release {
  id: string;
  dir: string;
  createdAt: Date;
}

export interface ReleaseStore {
  readonly root: string;
  readonly releasesDir: string;
  readonly currentLink: string;
  readonly stagingDir: string;
  stage(now?: Date): Promise<{ id: string; dir: string }>;
  commit(id: string): Promise<Release>;
  discard(id: string): Promise<void>;
  cleanStaging(): Promise<string[]>;
  activate(id: string): Promise<void>;
  live(): Promise<Release | null>;
  list(): Promise<Release[]>;
  prune(keep?: number): Promise<string[]>;
  rollback(id?: string): Promise<Release>;
}

const ID_PATTERN = /^(\d{8}T\d{6})(\d{3})?Z-[0-9a-f]{4,}$/;

/** Sortable, unique: UTC time stamp to the millisecond plus random hex. */
export function newReleaseId(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.(\d{3})Z$/, '$1Z');
  return `${stamp}-${randomBytes(2).toString('hex')}`;
}

function createdAtOf(id: string): Date {
  const match = ID_PATTERN.exec(id);
  if (!match) return new Date(0);
  const s = match[1] ?? '';
  const ms = match[2] ?? '000';
  return new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${ms}Z`);
}

function checkId(id: string): void {
  if (!ID_PATTERN.test(id)) throw new Error(`Mã bản phát hành không hợp lệ: ${JSON.stringify(id)}.`);
}

export function createReleaseStore(root: string): ReleaseStore {
  const releasesDir = join(root, 'releases');
  const stagingDir = join(root, 'staging');
  const currentLink = join(root, 'current');
  const release = (id: string): Release => ({ id, dir: join(releasesDir, id), createdAt: createdAtOf(id) });

  const store: ReleaseStore = {
    root,
    releasesDir,
    currentLink,
    stagingDir,
    async stage(now = new Date()) {
      const id = newReleaseId(now);
      const dir = join(stagingDir, id);
      await mkdir(dir, { recursive: true });
      return { id, dir };
    },
    async commit(id) {
      checkId(id);
      await mkdir(releasesDir, { recursive: true });
      await rename(join(stagingDir, id), join(releasesDir, id));
      return release(id);
    },
    async discard(id) {
      checkId(id);
      await rm(join(stagingDir, id), { recursive: true, force: true });
    },
    async cleanStaging() {
      const names = await readdir(stagingDir).catch(() => [] as string[]);
      for (const name of names) await rm(join(stagingDir, name), { recursive: true, force: true });
      return names;
    },
    async activate(id) {
      checkId(id);
      await stat(join(releasesDir, id));
      const tmp = `${currentLink}.tmp-${randomBytes(4).toString('hex')}`;
      await symlink(join('releases', id), tmp);
      // rename(2) replaces the old link in one step: readers see the old or the new release, never none.
      await rename(tmp, currentLink);
    },
    async live() {
      try {
        const target = await readlink(currentLink);
        return release(basename(target));
      } catch {
        return null;
      }
    },
    async list() {
      const names = await readdir(releasesDir).catch(() => [] as string[]);
      return names.filter((n) => ID_PATTERN.test(n)).sort().reverse().map(release);
    },
    async prune(keep = 5) {
      const all = await store.list();
      const liveId = (await store.live())?.id;
      const removed: string[] = [];
      for (const r of all.slice(keep)) {
        if (r.id === liveId) continue;
        await rm(r.dir, { recursive: true, force: true });
        removed.push(r.id);
      }
      return removed;
    },
    async rollback(id) {
      const all = await store.list();
      let target: Release | undefined;
      if (id !== undefined) {
        target = all.find((r) => r.id === id);
        if (!target) throw new Error(`Không có bản phát hành ${id} trong ${releasesDir}.`);
      } else {
        const liveId = (await store.live())?.id;
        const index = all.findIndex((r) => r.id === liveId);
        target = index === -1 ? undefined : all[index + 1];
        if (!target) throw new Error('Không có bản phát hành nào cũ hơn bản đang chạy để quay lại.');
      }
      await store.activate(target.id);
      return target;
    },
  };
  return store;
}
