// Publishing results and starting exemplars from nominations, end to end through the desk's HTTP
// forms into the local overlay file; the overlay writer under concurrent writers; the Sanity writer
// against the loopback Content Lake stand-in.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOverlayWriter, readOverlay } from '../../../server/src/participation/public-records/overlay-writer.ts';
import { createSanityPublicWriter } from '../../../server/src/participation/public-records/sanity-writer.ts';
import { createPublicRecordWriter } from '../../../server/src/participation/desk/setup.ts';
import { readContentConfig } from '../../../site/src/lib/content/config.ts';
import { startSanityStandIn } from '../../helpers/sanity-stand-in.ts';
import { CONTEST, loginEditor, OTHER_CONTEST, startDesk, type DeskFixture } from './helpers/desk-fixture.ts';
import { consent, entry, nomination } from './helpers/entries.ts';

let fixture: DeskFixture;
beforeAll(async () => {
  fixture = await startDesk();
});
afterAll(() => fixture.close());

const revisionOf = (html: string) => /name="phien-ban" value="([^"]*)"/.exec(html)?.[1] ?? '';
const overlayLines = () => readFileSync(fixture.overlayPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('publishing results', () => {
  it('writes exactly the qualifying public records, without private fields, and removes one whose consent was withdrawn', async () => {
    const P = { email: 'PRIVEMAIL@9a1.example', phone: '0977665544', address: 'PRIVADDRESS3c2', wording: 'PRIVWORDING7e4', receipt: 'c0ffee'.repeat(10) + 'abcd', idem: 'PRIVIDEM5f1', rep: 'PRIVREP2b8', school: 'PRIVSCHOOL6d3', text: 'PRIVTEXT1a9' };
    const privateFields = {
      contact: { _type: 'privateContact' as const, email: P.email, phone: P.phone, address: P.address },
      representative: { _type: 'legalRepresentative' as const, name: P.rep, relation: 'Mẹ', contact: { _type: 'privateContact' as const } },
      consents: [consent('xu-ly', 'ban-than', { wording: P.wording }), consent('cong-bo', 'ban-than', { wording: P.wording })],
      receiptHash: P.receipt,
      idempotencyKey: P.idem,
    };
    // School not ticked for publishing; text not ticked either ('bai-viet').
    const entrant = { _type: 'entrant' as const, name: 'Trần Thị Công Khai', role: 'giao-vien' as const, school: P.school, province: 'son-la', birthYear: 1980 };
    const valid = entry({ ...privateFields, entrant, publishFields: ['ten', 'tinh'], text: P.text });
    const finalist = entry({ ...privateFields, entrant, status: 'chung-khao', publishFields: ['ten'] });
    const winner = entry({ ...privateFields, entrant, status: 'dat-giai', placing: 'giai-nhat', publishFields: ['ten', 'vai-tro'] });
    const received = entry({ ...privateFields, entrant, status: 'da-nhan' });
    const invalid = entry({ ...privateFields, entrant, status: 'khong-hop-le', invalidReason: 'Trùng bài.' });
    const noPublishConsent = entry({ ...privateFields, entrant, consents: [consent('xu-ly')] });
    // A 12-year-old: needs the representative's and the child's own consent; only "ban-than" was given.
    const child = entry({ ...privateFields, entrant: { ...entrant, birthYear: 2014 } });
    const withdrawing = entry({ ...privateFields, entrant, status: 'chung-khao', publishFields: ['ten', 'tinh'] });
    const otherContest = entry({ ...privateFields, entrant, contest: { _type: 'reference', _ref: OTHER_CONTEST } });
    for (const e of [valid, finalist, winner, received, invalid, noPublishConsent, child, withdrawing, otherContest]) await fixture.store.createOrReplace(e as never);

    const editor = await loginEditor(fixture);
    await editor.get(`/cham-thi/cuoc-thi/${CONTEST}/`);
    const published = await editor.post(`/cham-thi/cuoc-thi/${CONTEST}/cong-bo`, {});
    expect(published.status).toBe(303);
    const report = await editor.get(published.headers.get('location')!);
    // Finalists and winners are the results; a merely valid entry stays private (it could be public).
    expect(report.text).toContain('Đã công bố kết quả: 3 bài được công bố, 5 bài không đủ điều kiện công bố');
    expect(fixture.builds).toEqual([`bàn chấm thi: công bố kết quả cuộc thi ${CONTEST}`]);

    const text = readFileSync(fixture.overlayPath, 'utf8');
    const records = overlayLines();
    expect(records.map((r) => r['_id'])).toEqual([finalist, winner, withdrawing].map((e) => e._id).sort());
    for (const marker of Object.values(P)) expect(text.split("\n").filter((l) => l.includes(marker)), marker).toEqual([]);
    for (const word of ['birthYear', 'contact', 'consents', 'receiptHash', 'idempotencyKey', 'representative', 'invalidReason', '1980']) expect(text, word).not.toContain(word);
    const byId = new Map(records.map((r) => [r['_id'], r]));
    expect(byId.get(withdrawing._id)).toMatchObject({ _type: 'contestEntry', status: 'chung-khao', entrant: { name: 'Trần Thị Công Khai', province: 'son-la' }, contest: { _ref: CONTEST } });
    expect((byId.get(withdrawing._id)!['entrant'] as Record<string, unknown>)['role']).toBeUndefined();
    expect(byId.get(winner._id)).toMatchObject({ status: 'dat-giai', placing: 'giai-nhat', entrant: { name: 'Trần Thị Công Khai', role: 'giao-vien' } });
    expect(byId.get(finalist._id)!['placing']).toBeUndefined();

    // The entrant withdraws their consent to publish: the next publication removes the record.
    const withdrawn = { ...withdrawing.consents[1]!, withdrawnAt: '2026-11-20T08:00:00+07:00' };
    await fixture.store.patch(withdrawing._id, { set: { consents: [withdrawing.consents[0], withdrawn] } });
    await editor.get(`/cham-thi/cuoc-thi/${CONTEST}/`);
    expect((await editor.post(`/cham-thi/cuoc-thi/${CONTEST}/cong-bo`, {})).status).toBe(303);
    expect(overlayLines().map((r) => r['_id'])).toEqual([finalist, winner].map((e) => e._id).sort());
    expect(fixture.builds).toHaveLength(2);
  });
});

describe('nominations', () => {
  it('records a review note, then starts ONE draft exemplar at "nhân tố mới" linked to the nomination', async () => {
    const n = nomination({ nominator: { _type: 'nominator', name: 'NOMINATORNAME4c1', contact: { _type: 'privateContact', email: 'nominator@4c1.example', phone: '0911223344' } } });
    await fixture.store.createOrReplace(n as never);
    const editor = await loginEditor(fixture);
    const list = await editor.get('/cham-thi/de-cu/?trang-thai=da-nhan');
    expect(list.text).toContain('Cô Lò Thị Mai');

    let page = await editor.get(`/cham-thi/de-cu/${n._id}/`);
    expect(page.text).toContain('nominator@4c1.example'); // editors see the contact
    const noted = await editor.post(`/cham-thi/de-cu/${n._id}/ghi-chu`, { 'trang-thai': 'dang-xem-xet', 'ghi-chu': 'Đã gọi điện xác minh với nhà trường.', 'phien-ban': revisionOf(page.text) });
    expect(noted.status).toBe(303);
    expect(await fixture.store.get(n._id)).toMatchObject({ status: 'dang-xem-xet', reviewNote: 'Đã gọi điện xác minh với nhà trường.' });
    // "Đã tạo hồ sơ" is set by the action only, not by hand.
    page = await editor.get(`/cham-thi/de-cu/${n._id}/`);
    expect((await editor.post(`/cham-thi/de-cu/${n._id}/ghi-chu`, { 'trang-thai': 'da-tao-ho-so', 'phien-ban': revisionOf(page.text) })).status).toBe(400);

    page = await editor.get(`/cham-thi/de-cu/${n._id}/`);
    const revision = revisionOf(page.text);
    const created = await editor.post(`/cham-thi/de-cu/${n._id}/tao-ho-so`, { 'phien-ban': revision });
    expect(created.status).toBe(303);
    // A second click (same stale form) makes nothing more.
    expect((await editor.post(`/cham-thi/de-cu/${n._id}/tao-ho-so`, { 'phien-ban': revision })).status).toBe(409);

    const drafts = (await readOverlay(fixture.overlayPath)).filter((d) => d._type === 'exemplar');
    expect(drafts).toHaveLength(1);
    const draft = drafts[0]!;
    expect(draft._id).toMatch(/^drafts\.exemplar\.[0-9a-f-]{36}$/);
    expect(draft).toMatchObject({
      name: 'Cô Lò Thị Mai',
      kind: 'ca-nhan',
      role: 'nha-giao',
      province: { _type: 'reference', _ref: 'province.tuyen-quang' },
      lifecycle: { stage: 'nhan-to-moi', showPublicly: false },
      sourceNomination: n._id,
    });
    expect(JSON.stringify(draft)).not.toMatch(/NOMINATORNAME4c1|nominator@4c1|0911223344/);
    expect(await fixture.store.get(n._id)).toMatchObject({ status: 'da-tao-ho-so', exemplar: { _type: 'reference', _ref: draft._id.slice('drafts.'.length), _weak: true } });
  });
});

describe('public record writers', () => {
  it('overlay: concurrent writers lose no update, and lines are sorted by _id', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'overlay-')), 'public', 'overlay.ndjson');
    // Two writer instances (two queues, like two processes): only the file lock keeps them apart.
    const [w1, w2] = [createOverlayWriter(path), createOverlayWriter(path)];
    const ids = Array.from({ length: 40 }, (_, i) => `contestEntry.${String(39 - i).padStart(2, '0')}`);
    await Promise.all(ids.map((id, i) => (i % 2 ? w1 : w2).put([{ _id: id, _type: 'contestEntry', title: id }])));
    const lines = readFileSync(path, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { _id: string })._id);
    expect(lines).toEqual([...ids].sort());
    await Promise.all([w1.remove(ids.slice(0, 10)), w2.remove(ids.slice(30)), w1.put([{ _id: 'contestEntry.zz', _type: 'contestEntry' }])]);
    expect((await readOverlay(path)).map((d) => d._id)).toEqual([...ids.slice(10, 30)].sort().concat('contestEntry.zz'));
  });

  it('Sanity: puts and removes in transactions of at most 500 mutations, deleting only records that exist, with the token, against the stand-in', async () => {
    const standIn = await startSanityStandIn({ token: 'write-token-xyz', documents: [{ _id: 'contestEntry.old', _type: 'contestEntry', title: 'Cũ' }] });
    try {
      const writer = createSanityPublicWriter({ projectId: standIn.projectId, dataset: standIn.dataset, token: 'write-token-xyz', apiHost: standIn.url, apiVersion: '2025-02-19' });
      standIn.requests.length = 0;
      await writer.put([
        { _id: 'contestEntry.a', _type: 'contestEntry', title: 'A' },
        { _id: 'drafts.exemplar.b', _type: 'exemplar', name: 'B' },
      ]);
      await writer.remove(['contestEntry.old', 'contestEntry.khong-co']);
      const mutations = standIn.requests.filter((r) => r.kind === 'mutate');
      expect(mutations.map((r) => [r.status, r.hadToken])).toEqual([[200, true], [200, true]]);
      expect(standIn.documents().map((d) => d._id).sort()).toEqual(['contestEntry.a', 'drafts.exemplar.b']);
      // A national contest's publication: 1,200 records in 3 transactions; removing 2,500 ids of which
      // none has a record sends no mutation at all.
      standIn.requests.length = 0;
      const many = Array.from({ length: 1200 }, (_, i) => ({ _id: `contestEntry.n${String(i).padStart(4, '0')}`, _type: 'contestEntry' }));
      await writer.put(many);
      await writer.remove(Array.from({ length: 2500 }, (_, i) => `contestEntry.khong-${i}`));
      expect(standIn.requests.filter((r) => r.kind === 'mutate')).toHaveLength(3);
      expect(standIn.documents().filter((d) => d._id.startsWith('contestEntry.n'))).toHaveLength(1200);
      await writer.remove(many.map((d) => d._id));
      expect(standIn.documents().filter((d) => d._id.startsWith('contestEntry.n'))).toHaveLength(0);
      // Replacing keeps one document per id.
      await writer.put([{ _id: 'contestEntry.a', _type: 'contestEntry', title: 'A2' }]);
      expect(standIn.documents().filter((d) => d._id === 'contestEntry.a').map((d) => d['title'])).toEqual(['A2']);
      // The server's setup picks this writer in Sanity mode (the public dataset, the write token).
      const content = readContentConfig({ SANITY_PROJECT_ID: standIn.projectId, SANITY_DATASET: standIn.dataset, SANITY_API_HOST: standIn.url }, []);
      const chosen = createPublicRecordWriter({ content, apiHost: standIn.url, participationDir: '/nonexistent', writeToken: 'write-token-xyz' });
      await chosen.put([{ _id: 'contestEntry.qua-cau-hinh', _type: 'contestEntry' }]);
      expect(standIn.documents().some((d) => d._id === 'contestEntry.qua-cau-hinh')).toBe(true);
      expect(() => createPublicRecordWriter({ content, participationDir: '/nonexistent' })).toThrow(/SANITY_WRITE_TOKEN/);
      const wrong = createSanityPublicWriter({ projectId: standIn.projectId, dataset: standIn.dataset, token: 'wrong', apiHost: standIn.url, apiVersion: '2025-02-19' });
      await expect(wrong.put([{ _id: 'contestEntry.c', _type: 'contestEntry' }])).rejects.toThrow();
      expect(standIn.documents().some((d) => d._id === 'contestEntry.c')).toBe(false);
    } finally {
      await standIn.close();
    }
  });
});
