// The "Tham gia" workspace's decisions as plain mutations (studio/participation/*), committed over
// HTTP with @sanity/client to two Content Lake stand-ins — the private participation dataset and the
// public one — and checked against documents written out by hand here.
import { createClient, type SanityClient } from '@sanity/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConsentRecord, ContestEntryRecord } from '../../schemas/participation/types.ts';
import { planExemplarFromNomination } from '../../studio/participation/exemplar-from-nomination.ts';
import { transactionBatches, type SanityMutation } from '../../studio/participation/mutations.ts';
import { planPublishResults } from '../../studio/participation/publish-results.ts';
import { fetchAllPages, PAGE_SIZE, PUBLISH_ENTRIES_PAGE } from '../../studio/participation/queries.ts';
import { nextStatuses, planStatusChange } from '../../studio/participation/status-change.ts';
import { startSanityStandIn, type SanityStandIn, type StandInDocument } from '../helpers/sanity-stand-in.ts';

const TOKEN = 'skStudioEditorTokenForTheStandIn0123456789abcdefABCDEF0123456789';
const AT = new Date('2026-06-01T03:00:00Z');
const CONTEST = 'contest.viet-ve-thay-co-2026';
const OTHER_CONTEST = 'contest.anh-dep-mai-truong';
// Planted in every private field: none may reach the public dataset.
const MARKER = 'RIENGTU7731';

let privateLake: SanityStandIn;
let publicLake: SanityStandIn;
let privateClient: SanityClient;
let publicClient: SanityClient;

function clientFor(lake: SanityStandIn): SanityClient {
  return createClient({ projectId: lake.projectId, dataset: lake.dataset, token: TOKEN, apiHost: lake.url, useProjectHostname: false, useCdn: false, apiVersion: '2025-02-19' });
}

async function commit(client: SanityClient, mutations: readonly SanityMutation[]): Promise<void> {
  for (const batch of transactionBatches(mutations)) await client.mutate(batch as never, { visibility: 'sync' });
}

/** The documents of a lake without system fields, by id. */
function stored(lake: SanityStandIn): Map<string, Record<string, unknown>> {
  return new Map(
    lake.documents().map((doc) => {
      const { _rev, _createdAt, _updatedAt, ...rest } = doc;
      void _rev;
      void _createdAt;
      void _updatedAt;
      return [doc._id, rest];
    }),
  );
}

const consent = (purpose: 'xu-ly' | 'cong-bo', givenBy: ConsentRecord['givenBy'] = 'ban-than', withdrawnAt?: string): ConsentRecord => ({
  _type: 'consentRecord',
  _key: `${purpose}-${givenBy}`,
  purpose,
  givenBy,
  wording: `Tôi đồng ý (${purpose}) ${MARKER}`,
  wordingVersion: '2026-01',
  givenAt: '2026-03-01T08:00:00+07:00',
  ...(withdrawnAt ? { withdrawnAt } : {}),
});

function entry(id: string, extra: Partial<ContestEntryRecord> = {}): ContestEntryRecord {
  return {
    _id: id,
    _type: 'contestEntry',
    contest: { _type: 'reference', _ref: CONTEST, _weak: true },
    title: `Bài ${id}`,
    text: 'Cô giáo vượt suối mỗi sáng để đến lớp học cắm bản.',
    entrant: { _type: 'entrant', name: 'Nguyễn Văn An', role: 'giao-vien', school: 'Trường PTDTBT Tà Xùa', province: 'son-la', birthYear: 1985 },
    contact: { _type: 'privateContact', email: `an.${MARKER}@example.invalid`, phone: `0912${MARKER}`, address: `Bản Tà Xùa ${MARKER}` },
    consents: [consent('xu-ly'), consent('cong-bo')],
    publishFields: ['ten', 'truong', 'tinh', 'bai-viet'],
    status: 'hop-le',
    submittedAt: '2026-03-02T09:15:00+07:00',
    receiptHash: `hash-${MARKER}`,
    idempotencyKey: `key-${MARKER}`,
    ...extra,
  };
}

beforeAll(async () => {
  privateLake = await startSanityStandIn({ token: TOKEN, dataset: 'tham-gia', aclMode: 'private' });
  publicLake = await startSanityStandIn({ token: TOKEN, dataset: 'production' });
  privateClient = clientFor(privateLake);
  publicClient = clientFor(publicLake);
});

afterAll(async () => {
  await privateLake?.close();
  await publicLake?.close();
});

describe('planStatusChange', () => {
  beforeEach(() => {
    privateLake.setDocuments([
      entry('contestEntry.a', { status: 'da-nhan' }) as unknown as StandInDocument,
      entry('contestEntry.b', { status: 'khong-hop-le', invalidReason: 'Thiếu tên' }) as unknown as StandInDocument,
      entry('contestEntry.c', { status: 'chung-khao' }) as unknown as StandInDocument,
      { ...(entry('contestEntry.c', { status: 'chung-khao', title: 'Bản nháp' }) as unknown as StandInDocument), _id: 'drafts.contestEntry.c' },
    ]);
  });

  it('offers only the transitions the vocabulary allows, in Vietnamese', () => {
    expect(nextStatuses('da-nhan')).toEqual([
      { value: 'hop-le', title: 'Hợp lệ' },
      { value: 'khong-hop-le', title: 'Không hợp lệ' },
    ]);
    expect(nextStatuses('dat-giai').map((option) => option.value)).toEqual(['chung-khao']);
    expect(nextStatuses('khong-co')).toEqual([]);
  });

  it('marks an entry invalid with its reason (NFC, trimmed), guarded by its revision', async () => {
    const current = privateLake.documents().find((doc) => doc._id === 'contestEntry.a')!;
    const plan = planStatusChange({ entry: { _id: 'contestEntry.a', status: 'da-nhan', _rev: current._rev! }, to: 'khong-hop-le', reason: '  Bài chép từ mạng (trùng 90%)  '.normalize('NFD') });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    await commit(privateClient, plan.mutations);
    const doc = stored(privateLake).get('contestEntry.a')!;
    expect(doc.status).toBe('khong-hop-le');
    expect(doc.invalidReason).toBe('Bài chép từ mạng (trùng 90%)');
    // The same plan again (stale revision) is refused by the lake: nothing overwritten silently.
    await expect(commit(privateClient, plan.mutations)).rejects.toThrow(/revision/i);
  });

  it('makes an invalid entry valid again and clears the old reason', async () => {
    const plan = planStatusChange({ entry: { _id: 'contestEntry.b', status: 'khong-hop-le' }, to: 'hop-le' });
    if (!plan.ok) throw new Error(plan.error);
    await commit(privateClient, plan.mutations);
    const doc = stored(privateLake).get('contestEntry.b')!;
    expect(doc.status).toBe('hop-le');
    expect(doc).not.toHaveProperty('invalidReason');
  });

  it('awards a prize of the contest, on the entry and on its pending draft', async () => {
    const prizes = [{ _key: 'giai-nhat', title: 'Giải Nhất' }, { _key: 'giai-nhi', title: 'Giải Nhì' }];
    const plan = planStatusChange({ entry: { _id: 'contestEntry.c', status: 'chung-khao' }, hasDraft: true, to: 'dat-giai', placing: 'giai-nhi', prizes });
    if (!plan.ok) throw new Error(plan.error);
    await commit(privateClient, plan.mutations);
    const docs = stored(privateLake);
    expect(docs.get('contestEntry.c')).toMatchObject({ status: 'dat-giai', placing: 'giai-nhi', title: 'Bài contestEntry.c' });
    expect(docs.get('drafts.contestEntry.c')).toMatchObject({ status: 'dat-giai', placing: 'giai-nhi', title: 'Bản nháp' });
  });

  it('refuses, in one Vietnamese sentence naming the entry and the field, what it must not do', () => {
    const skip = planStatusChange({ entry: { _id: 'contestEntry.a', status: 'da-nhan' }, to: 'dat-giai', placing: 'giai-nhat', prizes: [{ _key: 'giai-nhat' }] });
    expect(skip).toEqual({ ok: false, error: 'Bài dự thi contestEntry.a, trường "status": không chuyển được từ "Đã nhận" sang "Đạt giải".' });
    const noReason = planStatusChange({ entry: { _id: 'contestEntry.a', status: 'da-nhan' }, to: 'khong-hop-le', reason: '   ' });
    expect(noReason).toEqual({ ok: false, error: 'Bài dự thi contestEntry.a, trường "invalidReason": cần ghi lý do không hợp lệ.' });
    const unknownPrize = planStatusChange({ entry: { _id: 'drafts.contestEntry.c', status: 'chung-khao' }, to: 'dat-giai', placing: 'giai-ba', prizes: [{ _key: 'giai-nhat' }] });
    expect(unknownPrize).toEqual({ ok: false, error: 'Bài dự thi contestEntry.c, trường "placing": cần chọn một giải trong cơ cấu giải của cuộc thi.' });
  });
});

describe('planExemplarFromNomination', () => {
  const nomination = {
    _id: 'nomination.7f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6',
    _type: 'nomination',
    nominee: { _type: 'nominee' as const, kind: 'ca-nhan' as const, name: 'Cô Lò Thị Mai', role: 'Giáo viên mầm non', unit: 'Điểm trường Pá Hu', province: 'yen-bai', birthYear: 1990 },
    achievements: `Mười năm cõng chữ lên bản ${MARKER}`,
    evidenceLinks: [],
    evidenceFiles: [],
    nominator: { _type: 'nominator' as const, name: `Người đề cử ${MARKER}`, contact: { _type: 'privateContact' as const, phone: `0987${MARKER}` } },
    consents: [consent('xu-ly')],
    status: 'dang-xem-xet' as const,
    submittedAt: '2026-04-01T10:00:00+07:00',
    receiptHash: `hash-${MARKER}`,
    idempotencyKey: `key-${MARKER}`,
  };

  beforeEach(() => {
    privateLake.setDocuments([nomination as unknown as StandInDocument]);
    publicLake.setDocuments([{ _id: 'province.yen-bai', _type: 'province', name: 'Yên Bái' }]);
  });

  it('starts a draft exemplar at "nhân tố mới" in the public dataset and links the nomination to it', async () => {
    const current = privateLake.documents()[0]!;
    const plan = planExemplarFromNomination({ ...nomination, _rev: current._rev! }, 'khong-dung');
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.exemplarId).toBe('exemplar.7f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6');
    await commit(publicClient, plan.publicMutations);
    await commit(privateClient, plan.privateMutations);

    expect(stored(publicLake).get('drafts.exemplar.7f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6')).toEqual({
      _id: 'drafts.exemplar.7f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6',
      _type: 'exemplar',
      name: 'Cô Lò Thị Mai',
      kind: 'ca-nhan',
      province: { _type: 'reference', _ref: 'province.yen-bai' },
      lifecycle: { stage: 'nhan-to-moi', showPublicly: false },
      sourceNomination: 'nomination.7f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6',
    });
    // Nothing published: the site (published perspective) does not see it.
    expect(publicLake.documents().some((doc) => doc._id === 'exemplar.7f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6')).toBe(false);
    expect(JSON.stringify(publicLake.documents())).not.toContain(MARKER);
    expect(JSON.stringify(publicLake.documents())).not.toContain('1990');

    const marked = stored(privateLake).get(nomination._id)!;
    expect(marked.status).toBe('da-tao-ho-so');
    expect(marked.exemplar).toEqual({ _type: 'reference', _ref: 'exemplar.7f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6', _weak: true });
    expect(marked.achievements).toBe(nomination.achievements);

    // Once linked, the action refuses to make a second exemplar.
    const again = planExemplarFromNomination(marked as never, 'x');
    expect(again).toEqual({ ok: false, error: 'Đề cử nomination.7f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6, trường "exemplar": đã có hồ sơ gương điển hình exemplar.7f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6.' });
  });

  it('re-running after a half-done attempt creates nothing new', async () => {
    const plan = planExemplarFromNomination(nomination, 'u');
    if (!plan.ok) throw new Error(plan.error);
    await commit(publicClient, plan.publicMutations);
    publicLake.mutate([{ patch: { id: 'drafts.exemplar.7f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6', set: { name: 'Đã sửa tay' } } }]);
    await commit(publicClient, plan.publicMutations);
    expect(publicLake.documents().filter((doc) => doc._type === 'exemplar')).toHaveLength(1);
    expect(stored(publicLake).get('drafts.exemplar.7f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6')?.name).toBe('Đã sửa tay');
  });

  it('refuses a nomination already decided', () => {
    expect(planExemplarFromNomination({ ...nomination, status: 'khong-chon' }, 'u')).toEqual({
      ok: false,
      error: 'Đề cử nomination.7f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6, trường "status": đề cử ở trạng thái "Không chọn" nên không tạo hồ sơ được.',
    });
  });
});

describe('planPublishResults', () => {
  const entries: ContestEntryRecord[] = [
    // In the final round, everything agreed to.
    entry('contestEntry.chung-khao', { status: 'chung-khao' }),
    // Valid only: could be public, but a list of valid entries is no result — not published.
    entry('contestEntry.hop-le'),
    // Prize winner who agreed to name and role only.
    entry('contestEntry.giai', { status: 'dat-giai', placing: 'giai-nhat', publishFields: ['ten', 'vai-tro'] }),
    // Received, not yet checked: not public.
    entry('contestEntry.moi', { status: 'da-nhan' }),
    // Was public, then found invalid: its record must go.
    entry('contestEntry.loai', { status: 'khong-hop-le', invalidReason: `Đạo văn ${MARKER}` }),
    // Valid but the publishing consent was withdrawn: its record must go.
    entry('contestEntry.rut', { consents: [consent('xu-ly'), consent('cong-bo', 'ban-than', '2026-05-01T00:00:00+07:00')] }),
    // A 12-year-old pupil: the representative agreed, the child did not — not public.
    entry('contestEntry.tre', {
      entrant: { _type: 'entrant', name: 'Em Hoa', role: 'hoc-sinh', birthYear: 2014 },
      consents: [consent('xu-ly', 'nguoi-dai-dien'), consent('cong-bo', 'nguoi-dai-dien')],
    }),
    // Another contest: untouched.
    entry('contestEntry.khac', { contest: { _type: 'reference', _ref: OTHER_CONTEST, _weak: true } }),
  ];

  beforeEach(() => {
    privateLake.setDocuments([
      ...(entries as unknown as StandInDocument[]),
      { ...(entry('contestEntry.moi', { title: 'Bản nháp đang sửa' }) as unknown as StandInDocument), _id: 'drafts.contestEntry.moi', status: 'hop-le' },
    ]);
    publicLake.setDocuments([
      { _id: CONTEST, _type: 'contest', title: 'Viết về thầy cô 2026' },
      { _id: 'contestEntry.loai', _type: 'contestEntry', contest: { _type: 'reference', _ref: CONTEST }, title: 'cũ', status: 'hop-le' },
      { _id: 'contestEntry.rut', _type: 'contestEntry', contest: { _type: 'reference', _ref: CONTEST }, title: 'cũ', status: 'hop-le' },
      // Migrated from the old contest array: no private counterpart, kept.
      { _id: 'contestEntry.mau-cu', _type: 'contestEntry', contest: { _type: 'reference', _ref: CONTEST }, title: 'Bài mẫu', status: 'dat-giai' },
    ]);
  });

  it('writes exactly the whitelisted records, deletes those that no longer qualify, in one transaction', async () => {
    const privateDocs = await privateClient.fetch<ContestEntryRecord[]>('*[_type == "contestEntry" && contest._ref == $contest]', { contest: CONTEST }, { perspective: 'raw' });
    const publicIds = await publicClient.fetch<string[]>('*[_type == "contestEntry" && contest._ref == $contest]._id', { contest: CONTEST });
    const plan = planPublishResults({ contestId: CONTEST, entries: privateDocs, publicIds, at: AT });
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.published.sort()).toEqual(['contestEntry.chung-khao', 'contestEntry.giai']);
    expect(plan.removed.sort()).toEqual(['contestEntry.loai', 'contestEntry.rut']);
    expect(transactionBatches(plan.mutations)).toHaveLength(1);
    await commit(publicClient, plan.mutations);

    const docs = stored(publicLake);
    expect([...docs.keys()].sort()).toEqual([CONTEST, 'contestEntry.chung-khao', 'contestEntry.giai', 'contestEntry.mau-cu']);
    expect(docs.get('contestEntry.chung-khao')).toEqual({
      _id: 'contestEntry.chung-khao',
      _type: 'contestEntry',
      contest: { _type: 'reference', _ref: CONTEST },
      title: 'Bài contestEntry.chung-khao',
      status: 'chung-khao',
      excerpt: 'Cô giáo vượt suối mỗi sáng để đến lớp học cắm bản.',
      entrant: { _type: 'entrant', name: 'Nguyễn Văn An', school: 'Trường PTDTBT Tà Xùa', province: 'son-la' },
      publishFields: ['ten', 'truong', 'tinh', 'bai-viet'],
      submittedAt: '2026-03-02T09:15:00+07:00',
    });
    expect(docs.get('contestEntry.giai')).toEqual({
      _id: 'contestEntry.giai',
      _type: 'contestEntry',
      contest: { _type: 'reference', _ref: CONTEST },
      title: 'Bài contestEntry.giai',
      status: 'dat-giai',
      placing: 'giai-nhat',
      entrant: { _type: 'entrant', name: 'Nguyễn Văn An', role: 'giao-vien' },
      publishFields: ['ten', 'vai-tro'],
      submittedAt: '2026-03-02T09:15:00+07:00',
    });
    // No private field anywhere in the public dataset: contacts, consents, birth year, receipts.
    const everything = JSON.stringify(publicLake.documents());
    expect(everything).not.toContain(MARKER);
    for (const field of ['contact', 'consents', 'birthYear', 'receiptHash', 'idempotencyKey', 'representative', 'invalidReason', '_weak', 'file']) {
      expect(everything, field).not.toContain(`"${field}"`);
    }
    expect(everything).not.toContain('1985');
    expect(everything).not.toContain('Bản nháp đang sửa');
  });

  it('publishing again changes nothing it already wrote (idempotent)', async () => {
    const privateDocs = await privateClient.fetch<ContestEntryRecord[]>('*[_type == "contestEntry"]', {}, { perspective: 'raw' });
    const first = planPublishResults({ contestId: CONTEST, entries: privateDocs, publicIds: ['contestEntry.loai', 'contestEntry.rut', 'contestEntry.mau-cu'], at: AT });
    if (!first.ok) throw new Error(first.error);
    await commit(publicClient, first.mutations);
    const before = stored(publicLake);
    const second = planPublishResults({ contestId: CONTEST, entries: privateDocs, publicIds: [...before.keys()], at: AT });
    if (!second.ok) throw new Error(second.error);
    expect(second.removed).toEqual([]);
    await commit(publicClient, second.mutations);
    expect(stored(publicLake)).toEqual(before);
  });

  it('splits very large results into several transactions without losing a mutation', () => {
    const many: SanityMutation[] = Array.from({ length: 500 }, (_, index) => ({ delete: { id: `contestEntry.${index}` } }));
    const batches = transactionBatches(many, 4000);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flat()).toEqual(many);
    for (const batch of batches) expect(JSON.stringify(batch).length).toBeLessThanOrEqual(4000);
  });

  it('reads a large contest page by page, without ever loading contacts, receipts or drafts', async () => {
    const total = PAGE_SIZE + 3;
    const many = Array.from({ length: total }, (_, index) => entry(`contestEntry.${String(index).padStart(5, '0')}`, { status: 'chung-khao' }) as unknown as StandInDocument);
    privateLake.setDocuments([...many, { ...many[0]!, _id: 'drafts.contestEntry.00000' }, entry('contestEntry.khac', { contest: { _type: 'reference', _ref: OTHER_CONTEST, _weak: true } }) as unknown as StandInDocument]);
    privateLake.requests.length = 0;
    const read = await fetchAllPages<ContestEntryRecord>(privateClient, PUBLISH_ENTRIES_PAGE, { contestId: CONTEST });
    expect(read).toHaveLength(total);
    expect(new Set(read.map((doc) => doc._id)).size).toBe(total);
    expect(privateLake.requests.filter((request) => request.kind === 'query')).toHaveLength(2);
    const loaded = JSON.stringify(read);
    for (const field of ['contact', 'receiptHash', 'idempotencyKey', 'representative']) expect(loaded, field).not.toContain(`"${field}"`);
    const plan = planPublishResults({ contestId: CONTEST, entries: read, publicIds: [], at: AT });
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.published).toHaveLength(total);
    expect(plan.published[0]).toBe('contestEntry.00000');
  }, 60_000);

  it('refuses without a contest', () => {
    expect(planPublishResults({ contestId: '', entries, publicIds: [], at: AT })).toEqual({ ok: false, error: 'Công bố kết quả: chưa chọn cuộc thi (trường "contest").' });
  });
});
