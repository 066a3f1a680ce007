// The release store on real temporary directories: staging, commit, the atomic `current` switch, prune,
// rollback and refusing links that are not ours.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReleaseStore, isReleaseId, newReleaseId, type ReleaseStore } from '../../server/src/releases.ts';

let root: string;
let store: ReleaseStore;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'guong-sang-releases-'));
  store = createReleaseStore(root);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Stages and commits a release whose index.html says `marker`, built at `at`. */
const at = (ids: string[], i: number): string => {
  const id = ids[i];
  if (id === undefined) throw new Error(`no release #${i}`);
  return id;
};

async function makeRelease(at: Date, marker: string): Promise<string> {
  const { id, dir } = await store.stage(at);
  writeFileSync(join(dir, 'index.html'), `<p>${marker}</p>`);
  await store.commit(id);
  return id;
}

/** The marker the live site serves, read through the `current` link as a web server would. */
const servedMarker = () => readFileSync(join(root, 'current', 'index.html'), 'utf8');

const minute = (n: number) => new Date(Date.UTC(2026, 11, 2, 0, n, 0));

describe('newReleaseId', () => {
  it('encodes the UTC time to the millisecond, sorts by time and is unique', () => {
    const id = newReleaseId(new Date('2026-12-02T00:30:15.123Z'));
    expect(id).toMatch(/^20261202T003015\.123Z-[0-9a-f]{4}$/);
    expect(isReleaseId(id)).toBe(true);
    const times = ['2026-01-09T23:59:59.999Z', '2026-01-10T00:00:00.000Z', '2026-12-02T00:30:15.123Z', '2027-01-01T00:00:00.001Z'];
    const ids = times.map((t) => newReleaseId(new Date(t)));
    expect([...ids].reverse().sort()).toEqual(ids);
    const same = new Set(Array.from({ length: 50 }, () => newReleaseId(new Date(0))));
    expect(same.size).toBeGreaterThan(40); // 16 random bits: collisions are possible, stage() retries them
  });

  it('refuses an invalid date', () => {
    expect(() => newReleaseId(new Date('not a date'))).toThrow(/không hợp lệ/);
  });
});

describe('release store', () => {
  it('stages, commits and lists releases newest first, ignoring other entries', async () => {
    const a = await makeRelease(minute(1), 'a');
    const c = await makeRelease(minute(3), 'c');
    const b = await makeRelease(minute(2), 'b');
    mkdirSync(join(store.releasesDir, 'notes'));
    writeFileSync(join(store.releasesDir, '20261202T000400.000Z-abcd'), 'a file, not a release');
    mkdirSync(join(store.releasesDir, '.hidden'));
    const list = await store.list();
    expect(list.map((r) => r.id)).toEqual([c, b, a]);
    expect(list[0]).toEqual({ id: c, dir: join(root, 'releases', c), createdAt: minute(3) });
    expect(readdirSync(store.stagingDir)).toEqual([]);
    expect(await store.live()).toBeNull();
  });

  it('activates with a relative symlink and leaves no temporary link', async () => {
    const a = await makeRelease(minute(1), 'a');
    const b = await makeRelease(minute(2), 'b');
    await store.activate(a);
    expect(servedMarker()).toBe('<p>a</p>');
    await store.activate(b);
    expect(servedMarker()).toBe('<p>b</p>');
    expect(readlinkSync(store.currentLink)).toBe(`releases/${b}`);
    expect((await store.live())?.id).toBe(b);
    expect(readdirSync(root).sort()).toEqual(['current', 'releases', 'staging']);
  });

  it('discard and cleanStaging remove unfinished builds and stray temporary links, never releases', async () => {
    const live = await makeRelease(minute(1), 'live');
    await store.activate(live);
    const failed = await store.stage(minute(2));
    writeFileSync(join(failed.dir, 'half.html'), 'half');
    await store.discard(failed.id);
    expect(existsSync(failed.dir)).toBe(false);
    const crashed1 = await store.stage(minute(3));
    const crashed2 = await store.stage(minute(4));
    mkdirSync(join(crashed2.dir, 'deep', 'er'), { recursive: true });
    symlinkSync(`releases/${live}`, join(root, 'current.tmp-0123456789ab'));
    const removed = await store.cleanStaging();
    expect(removed).toEqual([crashed1.id, crashed2.id, 'current.tmp-0123456789ab'].sort());
    expect(readdirSync(store.stagingDir)).toEqual([]);
    expect(readdirSync(root).sort()).toEqual(['current', 'releases', 'staging']);
    expect(servedMarker()).toBe('<p>live</p>');
    await expect(store.commit(crashed1.id)).rejects.toThrow(crashed1.id);
  });

  it('prune keeps the 5 newest plus the live one', async () => {
    const ids: string[] = [];
    for (let i = 1; i <= 9; i++) ids.push(await makeRelease(minute(i), `r${i}`));
    await store.activate(at(ids, 1)); // an old release is live (after a rollback)
    const removed = await store.prune();
    const expectedKept = [ids[8], ids[7], ids[6], ids[5], ids[4], ids[1]];
    expect((await store.list()).map((r) => r.id)).toEqual(expectedKept);
    expect(removed.sort()).toEqual([ids[0], ids[2], ids[3]].sort());
    expect(servedMarker()).toBe('<p>r2</p>');
    expect(await store.prune(2)).toEqual([ids[6], ids[5], ids[4]]);
    expect((await store.list()).map((r) => r.id)).toEqual([ids[8], ids[7], ids[1]]);
    await expect(store.prune(0)).rejects.toThrow(/keep = 0/);
  });

  it('rollback goes to the release just older than the live one, or to a named one', async () => {
    const ids: string[] = [];
    for (let i = 1; i <= 4; i++) ids.push(await makeRelease(minute(i), `r${i}`));
    await expect(store.rollback()).rejects.toThrow(/Chưa có bản phát hành nào đang chạy/);
    await store.activate(at(ids, 3));
    expect((await store.rollback()).id).toBe(ids[2]);
    expect(servedMarker()).toBe('<p>r3</p>');
    expect((await store.rollback()).id).toBe(ids[1]);
    expect((await store.rollback()).id).toBe(ids[0]);
    await expect(store.rollback()).rejects.toThrow(`Không có bản phát hành nào cũ hơn “${ids[0]}”`);
    expect((await store.rollback(ids[3])).id).toBe(ids[3]);
    expect(servedMarker()).toBe('<p>r4</p>');
    const missing = '20200101T000000.000Z-dead';
    await expect(store.rollback(missing)).rejects.toThrow(`Không có bản phát hành “${missing}”`);
    await expect(store.rollback('../../etc')).rejects.toThrow(`Mã bản phát hành “../../etc” không hợp lệ`);
    expect(servedMarker()).toBe('<p>r4</p>');
  });

  it('refuses symlinks that are not ours', async () => {
    const a = await makeRelease(minute(1), 'a');
    const elsewhere = mkdtempSync(join(tmpdir(), 'guong-sang-elsewhere-'));
    try {
      writeFileSync(join(elsewhere, 'index.html'), 'not ours');
      // A release entry that is a symlink to another folder is not activated.
      const fake = '20261202T000900.000Z-beef';
      symlinkSync(elsewhere, join(store.releasesDir, fake));
      await expect(store.activate(fake)).rejects.toThrow(`Bản phát hành “${fake}” không phải một thư mục thật`);
      expect((await store.list()).map((r) => r.id)).toEqual([a]);
      // A `current` pointing outside releases/ is reported, not silently replaced.
      symlinkSync(elsewhere, store.currentLink);
      await expect(store.live()).rejects.toThrow(/không phải một bản phát hành/);
      await expect(store.activate(a)).rejects.toThrow(/không phải một bản phát hành/);
      expect(readlinkSync(store.currentLink)).toBe(elsewhere);
      // A real folder named `current` is not ours either.
      rmSync(store.currentLink);
      mkdirSync(store.currentLink);
      await expect(store.activate(a)).rejects.toThrow(/không phải liên kết tượng trưng/);
      expect(readdirSync(root).filter((n) => n.startsWith('current.tmp-'))).toEqual([]);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('never lets a reader see `current` missing while switching', async () => {
    const a = await makeRelease(minute(1), 'a');
    const b = await makeRelease(minute(2), 'b');
    await store.activate(a);
    let stop = false;
    let reads = 0;
    const seen = new Set<string>();
    const reader = (async () => {
      while (!stop) {
        seen.add(readFileSync(join(root, 'current', 'index.html'), 'utf8')); // throws if `current` is missing
        reads++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    for (let i = 0; i < 200; i++) await store.activate(i % 2 ? a : b);
    stop = true;
    await reader;
    expect(reads).toBeGreaterThan(0);
    expect([...seen].sort()).toEqual(['<p>a</p>', '<p>b</p>']);
  });
});
