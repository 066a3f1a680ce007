import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportParticipation } from '../../../server/src/participation/export.ts';
import { createSqliteStore } from '../../../server/src/participation/sqlite-store.ts';
import { StoreConflictError, type StoredDocument } from '../../../server/src/participation/store.ts';

const dir = mkdtempSync(join(tmpdir(), 'gs-sqlite-store-'));
let clock = new Date('2026-12-01T03:00:00Z');
let store = createSqliteStore({ dir, now: () => clock });
afterAll(() => store.close());

const entry = (id: string, contest: string, status: string, extra: Record<string, unknown> = {}): StoredDocument => ({
  _id: id,
  _type: 'contestEntry',
  contest: { _type: 'reference', _ref: contest, _weak: true },
  title: `Bài ${id}`,
  status,
  ...extra,
});

describe('SQLite participation store', () => {
  it('creates once (idempotent), stamps _rev/_createdAt/_updatedAt, replaces keeping _createdAt', async () => {
    const first = await store.createIfNotExists(entry('contestEntry.a', 'contest.x', 'da-nhan'));
    expect(first.created).toBe(true);
    expect(first.document).toMatchObject({ _id: 'contestEntry.a', _createdAt: '2026-12-01T03:00:00.000Z', _updatedAt: '2026-12-01T03:00:00.000Z' });
    expect(first.document._rev).toMatch(/^[A-Za-z0-9_-]{10,}$/);

    clock = new Date('2026-12-01T04:00:00Z');
    const again = await store.createIfNotExists(entry('contestEntry.a', 'contest.x', 'hop-le', { title: 'khác' }));
    expect(again.created).toBe(false);
    expect(again.document).toEqual(first.document);
    expect(await store.get('contestEntry.a')).toEqual(first.document);

    await store.createOrReplace(entry('contestEntry.a', 'contest.x', 'hop-le'));
    const replaced = await store.get('contestEntry.a');
    expect(replaced).toMatchObject({ status: 'hop-le', _createdAt: '2026-12-01T03:00:00.000Z', _updatedAt: '2026-12-01T04:00:00.000Z' });
    expect(replaced?._rev).not.toBe(first.document._rev);
    expect(await store.get('contestEntry.khong-co')).toBeNull();
  });

  it('patches set/unset (dot paths), refuses a stale ifRevisionId, deletes', async () => {
    const current = (await store.get('contestEntry.a')) as StoredDocument;
    const patched = await store.patch('contestEntry.a', { set: { status: 'khong-hop-le', invalidReason: 'Sai chủ đề', 'entrant.name': 'An' }, unset: ['title'], ifRevisionId: current._rev });
    expect(patched).toMatchObject({ status: 'khong-hop-le', invalidReason: 'Sai chủ đề', entrant: { name: 'An' } });
    expect(patched).not.toHaveProperty('title');
    expect(patched._rev).not.toBe(current._rev);
    await expect(store.patch('contestEntry.a', { set: { status: 'hop-le' }, ifRevisionId: current._rev })).rejects.toBeInstanceOf(StoreConflictError);
    expect((await store.get('contestEntry.a'))?.status).toBe('khong-hop-le');
    await expect(store.patch('contestEntry.khong-co', { set: { a: 1 } })).rejects.toThrow(/contestEntry\.khong-co/);
    await store.delete('contestEntry.a');
    expect(await store.get('contestEntry.a')).toBeNull();
  });

  it('answers GROQ with params over the scope it is given', async () => {
    await store.createIfNotExists(entry('contestEntry.b1', 'contest.x', 'hop-le'));
    await store.createIfNotExists(entry('contestEntry.b2', 'contest.x', 'da-nhan'));
    await store.createIfNotExists(entry('contestEntry.b3', 'contest.y', 'hop-le'));
    await store.createIfNotExists({ _id: 'judge.j1', _type: 'judge', name: 'Giám khảo', contests: [{ _type: 'reference', _ref: 'contest.x' }] });
    const query = '*[_type == "contestEntry" && contest._ref == $contest && status == $status]._id';
    expect(await store.query(query, { contest: 'contest.x', status: 'hop-le' })).toEqual(['contestEntry.b1']);
    expect(await store.query(query, { contest: 'contest.x', status: 'hop-le' }, { types: ['contestEntry'], contest: 'contest.x' })).toEqual(['contestEntry.b1']);
    expect(await store.query('count(*)', {}, { types: ['contestEntry'] })).toBe(3);
    expect(await store.query('count(*)', {}, { contest: 'contest.y' })).toBe(1);
    expect(await store.query('*._id', {}, { types: ['contestEntry'], statuses: ['hop-le'] })).toEqual(['contestEntry.b1', 'contestEntry.b3']);
    expect(await store.query('*[_type == "judge"][0].name')).toBe('Giám khảo');
    expect(await store.query('*._id', {}, { ids: ['contestEntry.b3', 'judge.j1', 'khong-co'] })).toEqual(['contestEntry.b3', 'judge.j1']);
    expect(await store.query('count(*)', {}, { types: ['contestEntry'], ids: [] })).toBe(0);
  });

  it('answers queries over long texts exactly as over short ones (they are stored apart and read lazily)', async () => {
    const long = `Mở đầu ${'chữ '.repeat(2000)}kết thúc`.normalize('NFC');
    await store.createIfNotExists(entry('contestEntry.t1', 'contest.t', 'hop-le', { text: long, excerpt: 'ngắn' }));
    await store.createIfNotExists(entry('contestEntry.t2', 'contest.t', 'hop-le', { text: 'ngắn thôi' }));
    const scope = { types: ['contestEntry'], contest: 'contest.t' };
    expect(await store.get('contestEntry.t1')).toMatchObject({ text: long, excerpt: 'ngắn' });
    expect(await store.query('*[_id == "contestEntry.t1"][0].text', {}, scope)).toBe(long);
    expect(await store.query('*[text match "kết thúc"]._id', {}, scope)).toEqual(['contestEntry.t1']);
    expect(await store.query('*[length(text) > 1000]._id', {}, scope)).toEqual(['contestEntry.t1']);
    const whole = await store.query<Record<string, unknown>>('*[_id == "contestEntry.t1"][0]{ ... }', {}, scope);
    expect(whole.text).toBe(long);
    expect(Object.getOwnPropertyDescriptor(whole, 'text')).toMatchObject({ value: long, writable: true });
    // A patch of another field keeps the text; a replacement with a short text drops the long one.
    await store.patch('contestEntry.t1', { set: { status: 'chung-khao' } });
    expect(await store.query('*[_id == "contestEntry.t1"][0]{ status, text }', {}, scope)).toEqual({ status: 'chung-khao', text: long });
    await store.createOrReplace(entry('contestEntry.t1', 'contest.t', 'hop-le', { text: 'thay' }));
    expect(await store.query('*[_id == "contestEntry.t1"][0].text', {}, scope)).toBe('thay');
  });

  it('answers every query from the documents as they are now, whoever wrote them (queries reuse parsed documents)', async () => {
    const scope = { types: ['contestEntry'], contest: 'contest.c' };
    const titles = () => store.query<string[]>('*[_type == "contestEntry"] | order(_id asc).title', {}, scope);
    await store.createIfNotExists(entry('contestEntry.c1', 'contest.c', 'hop-le'));
    await store.createIfNotExists(entry('contestEntry.c2', 'contest.c', 'hop-le'));
    expect(await titles()).toEqual(['Bài contestEntry.c1', 'Bài contestEntry.c2']);
    await store.patch('contestEntry.c1', { set: { title: 'Đã sửa' } });
    expect(await titles()).toEqual(['Đã sửa', 'Bài contestEntry.c2']);
    // Another process on the same database (the CLI): its writes are seen too.
    const other = createSqliteStore({ dir });
    await other.patch('contestEntry.c2', { set: { title: 'Sửa ở nơi khác' } });
    await other.createIfNotExists(entry('contestEntry.c3', 'contest.c', 'hop-le'));
    await other.delete('contestEntry.c1');
    await other.close();
    expect(await titles()).toEqual(['Sửa ở nơi khác', 'Bài contestEntry.c3']);
    // A result is a copy: changing it changes nothing stored or answered later.
    const first = await store.query<{ title: string }[]>('*[_type == "contestEntry"] | order(_id asc)', {}, scope);
    first[0]!.title = 'đổi trong kết quả';
    expect(await titles()).toEqual(['Sửa ở nơi khác', 'Bài contestEntry.c3']);
  });

  it('stores files content-addressed outside any web root, reads and deletes them', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4 tệp thử');
    const sha1 = createHash('sha1').update(bytes).digest('hex');
    const asset = await store.uploadFile(bytes, { filename: 'Bài dự thi.PDF', mimeType: 'application/pdf' });
    expect(asset).toEqual({ _ref: `file-${sha1}-pdf`, size: bytes.byteLength, mimeType: 'application/pdf' });
    expect(readdirSync(join(dir, 'files'))).toContain(`${sha1}.pdf`);
    expect(await store.readFile(asset._ref)).toEqual(bytes);
    expect((await store.uploadFile(bytes, { filename: 'x.pdf', mimeType: 'application/pdf' }))._ref).toBe(asset._ref);
    expect(await store.readFile('file-../../etc/passwd-pdf')).toBeNull();
    expect(await store.readFile(`file-${'0'.repeat(40)}-pdf`)).toBeNull();
    await store.createIfNotExists(entry('contestEntry.f', 'contest.x', 'da-nhan', { file: { _type: 'file', asset: { _type: 'reference', _ref: asset._ref }, kind: 'pdf' } }));
    const other = await store.uploadFile(new TextEncoder().encode('xoá'), { filename: 'x', mimeType: 'text/plain' });
    expect(other._ref).toMatch(/-bin$/);
    await store.deleteFile(other._ref);
    expect(await store.readFile(other._ref)).toBeNull();
    await store.deleteFile(other._ref);
  });

  it('keeps everything across a reopen, and exports in Sanity import format', async () => {
    const before = await store.query<StoredDocument[]>('*|order(_id asc)');
    await store.close();
    store = createSqliteStore({ dir, now: () => clock });
    expect(await store.query('*|order(_id asc)')).toEqual(before);

    const out = mkdtempSync(join(tmpdir(), 'gs-export-'));
    const result = await exportParticipation(store, dir, out);
    const lines = readFileSync(join(out, 'data.ndjson'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(before.length);
    expect(result).toMatchObject({ documents: before.length, files: 1, missingFiles: [] });
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed.map((doc) => doc._id)).toEqual(before.map((doc) => doc._id));
    for (const doc of parsed) expect(doc).not.toHaveProperty('_rev');
    const withFile = parsed.find((doc) => doc._id === 'contestEntry.f') as { file: Record<string, unknown> };
    expect(withFile.file).not.toHaveProperty('asset');
    const asset = String(withFile.file._sanityAsset);
    expect(asset).toMatch(/^file@file:\/\/\.\/files\/[a-f0-9]{40}\.pdf$/);
    const exported = join(out, asset.slice('file@file://'.length));
    expect(existsSync(exported)).toBe(true);
    expect(new TextDecoder().decode(readFileSync(exported))).toBe('%PDF-1.4 tệp thử');
  });
});
