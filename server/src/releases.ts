// The release store: every build goes into its own folder under PUBLISH_ROOT, and the live site is the
// `current` symlink. Switching releases is one rename(2) of a fresh symlink over `current`, atomic on
// the same filesystem, so a reader (nginx resolves the link per request) sees the old release or the new
// one, never a mix and never a moment without a site.
//
//   PUBLISH_ROOT/
//     releases/<id>/   one complete static site per release
//     current          symlink → releases/<id> (relative, so the root can be moved or bind-mounted)
//     staging/<id>/    builds in progress; never served; leftovers are removed at startup
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';

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
  /** A fresh, empty staging/<id> for a build to write into. */
  stage(now?: Date): Promise<{ id: string; dir: string }>;
  /** Moves staging/<id> to releases/<id> (a rename: the release appears complete or not at all). */
  commit(id: string): Promise<Release>;
  /** Removes staging/<id> (a failed build). */
  discard(id: string): Promise<void>;
  /** Removes everything under staging/ and stray `current.tmp-*` links (crashed builds); returns the names. */
  cleanStaging(): Promise<string[]>;
  /** Points `current` at releases/<id> with one atomic rename. */
  activate(id: string): Promise<void>;
  /** The release `current` points at, or null when nothing was activated yet. */
  live(): Promise<Release | null>;
  /** Every release, newest first (entries that are not release folders are ignored). */
  list(): Promise<Release[]>;
  /** Removes all but the `keep` newest releases; the live one is always kept. Returns the removed ids. */
  prune(keep?: number): Promise<string[]>;
  /** Activates `id`, or without one the release just older than the live one. */
  rollback(id?: string): Promise<Release>;
}

/** `20261202T003015.123Z-3fa1`: UTC time to the millisecond (fixed width, so ids sort by time) + random. */
const RELEASE_ID = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})\.(\d{3})Z-[0-9a-f]{4}$/;
const TEMP_LINK_PREFIX = 'current.tmp-';
export const DEFAULT_KEEP = 5;

export function isReleaseId(value: string): boolean {
  return RELEASE_ID.test(value);
}

/** A new release id for a build started at `now`: sortable by time, unique (random suffix). */
export function newReleaseId(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new Error('Thời điểm tạo bản phát hành không hợp lệ (Invalid Date).');
  const stamp = now.toISOString().replace(/[-:]/g, ''); // 2026-12-02T00:30:15.123Z → 20261202T003015.123Z
  return `${stamp}-${randomBytes(2).toString('hex')}`;
}

function createdAtOf(id: string): Date {
  const m = RELEASE_ID.exec(id);
  if (!m) throw new Error(`Mã bản phát hành “${id}” không hợp lệ.`);
  const [, y, mo, d, h, mi, s, ms] = m;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
}

function assertId(id: string): void {
  if (!isReleaseId(id)) throw new Error(`Mã bản phát hành “${id}” không hợp lệ (dạng 20261202T003015.123Z-3fa1).`);
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** Flushes a directory's entries (the rename) to disk, so a power cut cannot undo a switch. */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function createReleaseStore(root: string): ReleaseStore {
  const absRoot = resolve(root);
  const releasesDir = join(absRoot, 'releases');
  const stagingDir = join(absRoot, 'staging');
  const currentLink = join(absRoot, 'current');

  const release = (id: string): Release => ({ id, dir: join(releasesDir, id), createdAt: createdAtOf(id) });

  /** The id `current` points at; null when there is no `current`; throws when `current` is not ours. */
  async function liveId(): Promise<string | null> {
    let target: string;
    try {
      target = await readlink(currentLink);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      if (errorCode(error) === 'EINVAL') {
        throw new Error(`${currentLink} không phải liên kết tượng trưng do Gương sáng tạo; hãy dời nó đi rồi chạy lại.`, {
          cause: error,
        });
      }
      throw error;
    }
    const id = /^releases\/([^/]+)\/?$/.exec(target)?.[1];
    if (id === undefined || !isReleaseId(id)) {
      throw new Error(`${currentLink} trỏ tới “${target}”, không phải một bản phát hành trong ${releasesDir}; hãy sửa tay.`);
    }
    return id;
  }

  /** Throws unless releases/<id> is a real directory (not a symlink to somewhere else). */
  async function assertReleaseDir(id: string): Promise<void> {
    assertId(id);
    let stats;
    try {
      stats = await lstat(join(releasesDir, id));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') {
        throw new Error(`Không có bản phát hành “${id}” trong ${releasesDir}.`, { cause: error });
      }
      throw error;
    }
    if (stats.isSymbolicLink() || !stats.isDirectory()) {
      throw new Error(`Bản phát hành “${id}” không phải một thư mục thật trong ${releasesDir}; không kích hoạt.`);
    }
  }

  const store: ReleaseStore = {
    root: absRoot,
    releasesDir,
    currentLink,
    stagingDir,

    async stage(now = new Date()) {
      await mkdir(stagingDir, { recursive: true });
      for (;;) {
        const id = newReleaseId(now);
        const dir = join(stagingDir, id);
        try {
          await mkdir(dir); // not recursive: fails on the (unlikely) same-millisecond, same-suffix id
          return { id, dir };
        } catch (error) {
          if (errorCode(error) !== 'EEXIST') throw error;
        }
      }
    },

    async commit(id) {
      assertId(id);
      await mkdir(releasesDir, { recursive: true });
      const from = join(stagingDir, id);
      try {
        const stats = await lstat(from);
        if (!stats.isDirectory()) throw new Error(`Bản dựng “${id}” trong ${stagingDir} không phải thư mục.`);
      } catch (error) {
        if (errorCode(error) === 'ENOENT') {
          throw new Error(`Không có bản dựng “${id}” trong ${stagingDir} để phát hành.`, { cause: error });
        }
        throw error;
      }
      await rename(from, join(releasesDir, id));
      return release(id);
    },

    async discard(id) {
      assertId(id);
      await rm(join(stagingDir, id), { recursive: true, force: true });
    },

    async cleanStaging() {
      const removed: string[] = [];
      for (const name of await readdir(stagingDir).catch(() => [] as string[])) {
        await rm(join(stagingDir, name), { recursive: true, force: true });
        removed.push(name);
      }
      for (const name of await readdir(absRoot).catch(() => [] as string[])) {
        if (!name.startsWith(TEMP_LINK_PREFIX)) continue;
        await rm(join(absRoot, name), { force: true });
        removed.push(name);
      }
      return removed.sort();
    },

    async activate(id) {
      await assertReleaseDir(id);
      await liveId(); // refuses to replace a `current` that is not our symlink
      const temp = join(absRoot, `${TEMP_LINK_PREFIX}${randomBytes(6).toString('hex')}`);
      await symlink(`releases/${id}`, temp);
      try {
        await rename(temp, currentLink); // replaces the old link in one step: never a moment without `current`
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      await syncDir(absRoot);
    },

    async live() {
      const id = await liveId();
      if (id === null) return null;
      await assertReleaseDir(id);
      return release(id);
    },

    async list() {
      let entries;
      try {
        entries = await readdir(releasesDir, { withFileTypes: true });
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return [];
        throw error;
      }
      return entries
        .filter((entry) => entry.isDirectory() && isReleaseId(entry.name))
        .map((entry) => entry.name)
        .sort()
        .reverse()
        .map(release);
    },

    async prune(keep = DEFAULT_KEEP) {
      if (!Number.isInteger(keep) || keep < 1) throw new Error(`Số bản phát hành giữ lại (keep = ${keep}) phải là số nguyên ≥ 1.`);
      const live = await liveId();
      const removed: string[] = [];
      for (const [index, { id, dir }] of (await store.list()).entries()) {
        if (index < keep || id === live) continue;
        await rm(dir, { recursive: true, force: true });
        removed.push(id);
      }
      return removed;
    },

    async rollback(id) {
      if (id !== undefined) {
        await assertReleaseDir(id);
        await store.activate(id);
        return release(id);
      }
      const live = await liveId();
      if (live === null) throw new Error(`Chưa có bản phát hành nào đang chạy trong ${absRoot} để quay lui.`);
      const older = (await store.list()).find((r) => r.id < live);
      if (!older) throw new Error(`Không có bản phát hành nào cũ hơn “${live}” để quay lui.`);
      await store.activate(older.id);
      return older;
    },
  };
  return store;
}
