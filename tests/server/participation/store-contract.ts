// The behaviour every ParticipationStore must have (server/src/participation/store.ts), whatever keeps
// the data: run with `describeStoreContract(label, makeStore)` against each implementation (the Sanity
// store on the Content Lake stand-in, the SQLite store in a temp folder). Expectations are written by
// hand here, never read back from the store under test.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreConflictError, type ParticipationStore, type StoredDocument } from '../../../server/src/participation/store.ts';

export interface ContractStore {
  store: ParticipationStore;
  /** Frees what `makeStore` set up (stand-in, temp folder). */
  dispose(): Promise<void>;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function entry(id: string, extra: Record<string, unknown> = {}): StoredDocument {
  return {
    _id: id,
    _type: 'contestEntry',
    contest: { _type: 'reference', _ref: 'contest.viet-ve-thay-co', _weak: true },
    title: 'Người thầy trên bản Mông',
    entrant: { _type: 'entrant', name: 'Lò Thị Hoa', role: 'hoc-sinh', province: 'son-la' },
    contact: { _type: 'privateContact', email: 'hoa@example.invalid' },
    status: 'da-nhan',
    submittedAt: '2026-03-02T09:15:00+07:00',
    ...extra,
  };
}

export function describeStoreContract(label: string, makeStore: () => Promise<ContractStore>): void {
  describe(`ParticipationStore contract: ${label}`, () => {
    let setup: ContractStore;
    let store: ParticipationStore;
    // Unique per run, so a store that keeps data between runs cannot make a test pass by accident.
    const run = randomUUID().slice(0, 8);
    const id = (name: string) => `contestEntry.${run}-${name}`;

    beforeAll(async () => {
      setup = await makeStore();
      store = setup.store;
    }, 60_000);

    afterAll(async () => {
      await store?.close();
      await setup?.dispose();
    });

    it('get answers null for an id it does not hold', async () => {
      expect(await store.get(id('khong-co'))).toBeNull();
    });

    it('createIfNotExists creates once, then leaves the stored document alone', async () => {
      const first = await store.createIfNotExists(entry(id('a')));
      expect(first.created).toBe(true);
      expect(first.document).toMatchObject({ _id: id('a'), _type: 'contestEntry', title: 'Người thầy trên bản Mông', status: 'da-nhan' });

      const second = await store.createIfNotExists(entry(id('a'), { title: 'Bản gửi lại lần hai' }));
      expect(second.created).toBe(false);
      expect(second.document.title).toBe('Người thầy trên bản Mông');
      expect(second.document._rev).toBe(first.document._rev);
      expect((await store.get(id('a')))?.title).toBe('Người thầy trên bản Mông');
    });

    it('keeps _rev, _createdAt and _updatedAt: set on create, _rev and _updatedAt renewed on write', async () => {
      const { document: created } = await store.createIfNotExists(entry(id('he-thong')));
      expect(typeof created._rev).toBe('string');
      expect(created._rev).not.toBe('');
      expect(created._createdAt).toMatch(ISO);
      expect(created._updatedAt).toMatch(ISO);
      await new Promise((resolve) => setTimeout(resolve, 5));
      const patched = await store.patch(id('he-thong'), { set: { status: 'hop-le' } });
      expect(patched._rev).not.toBe(created._rev);
      expect(patched._createdAt).toBe(created._createdAt);
      expect(Date.parse(patched._updatedAt!)).toBeGreaterThanOrEqual(Date.parse(created._updatedAt!));
    });

    it('createOrReplace writes the whole document, dropping fields it no longer has', async () => {
      await store.createOrReplace(entry(id('thay'), { excerpt: 'đoạn trích cũ' }));
      expect((await store.get(id('thay')))?.excerpt).toBe('đoạn trích cũ');
      await store.createOrReplace(entry(id('thay'), { title: 'Tên mới' }));
      const replaced = await store.get(id('thay'));
      expect(replaced?.title).toBe('Tên mới');
      expect(replaced).not.toHaveProperty('excerpt');
      expect(replaced?._rev).toEqual(expect.any(String));
    });

    it('patch sets nested paths and unsets fields, returning the new document', async () => {
      await store.createIfNotExists(entry(id('sua'), { invalidReason: 'Thiếu tên' }));
      const patched = await store.patch(id('sua'), { set: { status: 'hop-le', 'entrant.school': 'THCS Chiềng Khoi' }, unset: ['invalidReason'] });
      expect(patched.status).toBe('hop-le');
      expect(patched.entrant).toEqual({ _type: 'entrant', name: 'Lò Thị Hoa', role: 'hoc-sinh', province: 'son-la', school: 'THCS Chiềng Khoi' });
      expect(patched).not.toHaveProperty('invalidReason');
      const stored = await store.get(id('sua'));
      expect(stored?.status).toBe('hop-le');
      expect(stored).not.toHaveProperty('invalidReason');
    });

    it('patch with ifRevisionId fails with StoreConflictError when someone else wrote first, and changes nothing', async () => {
      const { document } = await store.createIfNotExists(entry(id('khoa')));
      const seenRev = document._rev!;
      const other = await store.patch(id('khoa'), { set: { status: 'hop-le' }, ifRevisionId: seenRev });
      expect(other.status).toBe('hop-le');
      const stale = store.patch(id('khoa'), { set: { status: 'khong-hop-le' }, ifRevisionId: seenRev });
      await expect(stale).rejects.toBeInstanceOf(StoreConflictError);
      await expect(stale).rejects.toThrow(id('khoa'));
      expect((await store.get(id('khoa')))?.status).toBe('hop-le');
    });

    it('delete removes the document, and deleting it again is harmless', async () => {
      await store.createIfNotExists(entry(id('xoa')));
      await store.delete(id('xoa'));
      expect(await store.get(id('xoa'))).toBeNull();
      await expect(store.delete(id('xoa'))).resolves.toBeUndefined();
      const again = await store.createIfNotExists(entry(id('xoa')));
      expect(again.created).toBe(true);
    });

    it('query evaluates GROQ with parameters over the stored documents', async () => {
      const contest = `contest.${run}-thi`;
      const ref = { _type: 'reference', _ref: contest, _weak: true };
      await store.createIfNotExists(entry(id('q1'), { contest: ref, status: 'hop-le', title: 'Bài 1' }));
      await store.createIfNotExists(entry(id('q2'), { contest: ref, status: 'da-nhan', title: 'Bài 2' }));
      await store.createIfNotExists(entry(id('q3'), { contest: ref, status: 'hop-le', title: 'Bài 3' }));
      await store.createIfNotExists({ _id: `nomination.${run}-n`, _type: 'nomination', status: 'hop-le', contest: ref });
      const valid = await store.query<string[]>(
        '*[_type == "contestEntry" && contest._ref == $contest && status == $status] | order(title asc).title',
        { contest, status: 'hop-le' },
        { types: ['contestEntry'], contest },
      );
      expect(valid).toEqual(['Bài 1', 'Bài 3']);
      const count = await store.query<number>('count(*[_type == "contestEntry" && contest._ref == $contest])', { contest });
      expect(count).toBe(3);
      const one = await store.query<{ title: string } | null>('*[_id == $id][0]{title}', { id: id('q2') });
      expect(one).toEqual({ title: 'Bài 2' });
    });

    it('files: upload answers a Sanity file asset id, reads back the same bytes, and delete removes them', async () => {
      const bytes = new TextEncoder().encode(`%PDF-1.7\n% bài dự thi ${run}\n%%EOF\n`);
      const sha1 = createHash('sha1').update(bytes).digest('hex');
      const uploaded = await store.uploadFile(bytes, { filename: 'bai-du-thi.pdf', mimeType: 'application/pdf' });
      expect(uploaded).toEqual({ _ref: `file-${sha1}-pdf`, size: bytes.length, mimeType: 'application/pdf' });
      const read = await store.readFile(uploaded._ref);
      expect(read).not.toBeNull();
      expect(Buffer.from(read!).equals(Buffer.from(bytes))).toBe(true);

      // The same bytes again: the same asset (Sanity deduplicates by content).
      const again = await store.uploadFile(bytes, { filename: 'ban-sao.pdf', mimeType: 'application/pdf' });
      expect(again._ref).toBe(uploaded._ref);

      await store.deleteFile(uploaded._ref);
      expect(await store.readFile(uploaded._ref)).toBeNull();
      expect(await store.readFile(`file-${'0'.repeat(40)}-pdf`)).toBeNull();
    });
  });
}
