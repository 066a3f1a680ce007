// The desk's work over real HTTP: scoring against the contest's rubric (one document per judge and
// entry), the ranking with ties as the page shows it (expected values worked out by hand below),
// status changes that follow the allowed transitions, counts per status and paging.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEST, loginEditor, loginJudge, startDesk, type DeskClient, type DeskFixture } from './helpers/desk-fixture.ts';
import { entry } from './helpers/entries.ts';

let fixture: DeskFixture;
beforeAll(async () => {
  fixture = await startDesk();
});
afterAll(() => fixture.close());

const suffix = (id: string) => id.slice(id.indexOf('.') + 1);
const score = (judge: DeskClient, id: string, content: string, form: string, comment = '') =>
  judge.get(`/cham-thi/bai/${id}/`).then(() => judge.post(`/cham-thi/bai/${id}/cham`, { 'tc-noi-dung': content, 'tc-hinh-thuc': form, 'nhan-xet': comment }));

describe('scoring', () => {
  it('validates each criterion from 0 to its maximum and keeps one score document per judge and entry', async () => {
    const e = entry();
    await fixture.store.createOrReplace(e as never);
    const judge = await loginJudge(fixture.url, await fixture.addJudge({ id: 'judge.cham-diem', name: 'Giám khảo Chấm' }));
    const id = `judgeScore.cham-diem.${suffix(e._id)}`;

    for (const [content, form] of [['11', '3'], ['-1', '3'], ['', '3'], ['5', '5.5'], ['abc', '2']]) {
      const refused = await score(judge, e._id, content!, form!);
      expect(refused.status, `${content}/${form}`).toBe(400);
      expect(refused.text).toMatch(/phải là một số từ 0 đến (10|5)/);
      // What was typed is still there.
      if (content) expect(refused.text).toContain(`value="${content}"`);
    }
    expect(await fixture.store.get(id)).toBeNull();

    expect((await score(judge, e._id, '8', '4', 'Bài viết cảm động.')).status).toBe(303);
    const first = await fixture.store.get(id);
    expect(first).toMatchObject({ _type: 'judgeScore', judge: { _ref: 'judge.cham-diem' }, entry: { _ref: e._id }, contest: { _ref: CONTEST }, comment: 'Bài viết cảm động.' });
    expect((first?.['scores'] as { criterion: string; score: number }[]).map((s) => [s.criterion, s.score])).toEqual([['noi-dung', 8], ['hinh-thuc', 4]]);

    // Scoring again replaces the document (a decimal comma is accepted), it does not add one.
    expect((await score(judge, e._id, '9,5', '5')).status).toBe(303);
    const all = await fixture.store.query<{ _id: string; scores: { score: number }[]; comment?: string }[]>(`*[_type == "judgeScore" && entry._ref == $id]`, { id: e._id });
    expect(all).toHaveLength(1);
    expect(all[0]!._id).toBe(id);
    expect(all[0]!.scores.map((s) => s.score)).toEqual([9.5, 5]);
    expect(all[0]!.comment).toBeUndefined();
    // The form shows the saved scores.
    const page = await judge.get(`/cham-thi/bai/${e._id}/?da-luu=1`);
    expect(page.text).toContain('value="9.5"');
    expect(page.text).toContain('Đã lưu điểm của bạn.');
  });
});

describe('ranking', () => {
  it('ranks by the judges\' mean weighted score, shows ties as "đồng hạng" and unscored entries last', async () => {
    const ranked = await startDesk();
    try {
      const [a, b, c, d, e, f] = [entry(), entry(), entry(), entry({ status: 'chung-khao' }), entry(), entry({ status: 'dat-giai', placing: 'giai-nhat' })];
      // Not ranked: still "đã nhận", or invalid.
      const outside = [entry({ status: 'da-nhan' }), entry({ status: 'khong-hop-le', invalidReason: 'x' })];
      for (const x of [a, b, c, d, e, f, ...outside]) await ranked.store.createOrReplace(x! as never);
      const j1 = await loginJudge(ranked.url, await ranked.addJudge({ id: 'judge.mot', name: 'Một' }));
      const j2 = await loginJudge(ranked.url, await ranked.addJudge({ id: 'judge.hai', name: 'Hai' }));
      // Judge total = (content/10·100·3 + form/5·100·1) / 4.
      await score(j1, a!._id, '10', '5'); // 100
      await score(j2, a!._id, '8', '4'); //  80 → A = 90
      await score(j1, b!._id, '9', '3'); //  (270 + 60) / 4 = 82.5
      await score(j2, b!._id, '9', '5'); //  (270 + 100) / 4 = 92.5 → B = 87.5
      await score(j1, c!._id, '6', '3'); //  (180 + 60) / 4 = 60 → C = 60 (one judge)
      await score(j1, d!._id, '10', '5'); // 100
      await score(j2, d!._id, '10', '5'); // 100 → D = 100
      await score(j2, b!._id, '10', '4'); //  re-score: (300 + 80) / 4 = 95 → B = (82.5 + 95) / 2 = 88.75
      // One more entry tied with A: E = (80 + 100) / 2 = 90.
      await score(j1, e!._id, '8', '4');
      await score(j2, e!._id, '10', '5');

      const editor = await loginEditor(ranked);
      const page = await editor.get(`/cham-thi/cuoc-thi/${CONTEST}/xep-hang`);
      expect(page.status).toBe(200);
      const rows = [...page.text.matchAll(/<tr data-entry="([^"]+)"><td class="rank">(.*?)<\/td>.*?<td class="score">(.*?)<\/td><td class="judges">(\d+)<\/td>/g)].map((m) => [m[1], m[2]!.replace(/<[^>]+>/g, ''), m[3], Number(m[4])]);
      const [first, second] = [a!._id, e!._id].sort();
      expect(rows).toEqual([
        [d!._id, '1', '100,00', 2],
        [first, '2 (đồng hạng)', '90,00', 2],
        [second, '2 (đồng hạng)', '90,00', 2],
        [b!._id, '4', '88,75', 2],
        [c!._id, '5', '60,00', 1],
        [f!._id, 'Chưa chấm', '', 0],
      ]);
      for (const x of outside) expect(page.text).not.toContain(x._id);
    } finally {
      await ranked.close();
    }
  });
});

describe('entry status', () => {
  it('follows the allowed transitions, needs a reason for "không hợp lệ" and a prize for "đạt giải", and locks on the revision', async () => {
    const e = entry({ status: 'da-nhan' });
    await fixture.store.createOrReplace(e as never);
    const editor = await loginEditor(fixture);
    const revision = (html: string) => /name="phien-ban" value="([^"]*)"/.exec(html)?.[1] ?? '';
    const to = async (status: string, extra: Record<string, string> = {}) => {
      const page = await editor.get(`/cham-thi/bai/${e._id}/`);
      return editor.post(`/cham-thi/bai/${e._id}/trang-thai`, { 'trang-thai': status, 'phien-ban': revision(page.text), ...extra });
    };
    const status = async () => (await fixture.store.get(e._id))?.['status'];

    expect((await to('chung-khao')).status).toBe(400); // đã nhận → chung khảo skips a step
    expect((await to('dat-giai', { giai: 'giai-nhat' })).status).toBe(400);
    expect(await status()).toBe('da-nhan');
    const noReason = await to('khong-hop-le', { 'ly-do': '   ' });
    expect(noReason.status).toBe(400);
    expect(noReason.text).toContain('Cần ghi lý do');
    expect((await to('khong-hop-le', { 'ly-do': 'Bài viết hư cấu, không phải người thật.' })).status).toBe(303);
    expect(await fixture.store.get(e._id)).toMatchObject({ status: 'khong-hop-le', invalidReason: 'Bài viết hư cấu, không phải người thật.' });
    expect((await to('hop-le')).status).toBe(303);
    expect((await fixture.store.get(e._id))?.['invalidReason']).toBeUndefined();
    expect((await to('chung-khao')).status).toBe(303);
    expect((await to('dat-giai')).status).toBe(400);
    expect((await to('dat-giai', { giai: 'giai-khong-co' })).status).toBe(400);
    expect((await to('dat-giai', { giai: 'giai-nhi' })).status).toBe(303);
    expect(await fixture.store.get(e._id)).toMatchObject({ status: 'dat-giai', placing: 'giai-nhi' });
    const page = await editor.get(`/cham-thi/bai/${e._id}/`);
    expect(page.text).toContain('Giải Nhì');

    // Someone else changed the entry since this page was loaded: refused, nothing overwritten.
    await fixture.store.patch(e._id, { set: { title: 'Sửa ở nơi khác' } });
    const stale = await editor.post(`/cham-thi/bai/${e._id}/trang-thai`, { 'trang-thai': 'chung-khao', 'phien-ban': revision(page.text) });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('vừa được người khác sửa');
    // A form without the revision is refused too: the lock cannot be skipped.
    expect((await editor.post(`/cham-thi/bai/${e._id}/trang-thai`, { 'trang-thai': 'chung-khao' })).status).toBe(400);
    expect(await status()).toBe('dat-giai');
  });
});

describe('lists', () => {
  it('counts entries per status for editors and pages judges\' and editors\' lists by 50', async () => {
    const paged = await startDesk();
    try {
      const statuses = [...Array(53).fill('hop-le'), ...Array(4).fill('chung-khao'), ...Array(3).fill('da-nhan'), 'khong-hop-le'];
      for (const s of statuses) await paged.store.createOrReplace(entry({ status: s }) as never);
      const editor = await loginEditor(paged);
      const list = await editor.get(`/cham-thi/cuoc-thi/${CONTEST}/`);
      const count = (s: string) => Number(new RegExp(`data-count="${s}">(\\d+)<`).exec(list.text)?.[1]);
      expect([count('da-nhan'), count('hop-le'), count('khong-hop-le'), count('chung-khao'), count('dat-giai')]).toEqual([3, 53, 1, 4, 0]);
      const rowsOf = (html: string) => (html.match(/<tr><td><a href="\/cham-thi\/bai\//g) ?? []).length;
      expect(rowsOf(list.text)).toBe(50);
      expect(list.text).toContain('Trang sau');
      expect(rowsOf((await editor.get(`/cham-thi/cuoc-thi/${CONTEST}/?trang=2`)).text)).toBe(11);
      expect(rowsOf((await editor.get(`/cham-thi/cuoc-thi/${CONTEST}/?trang-thai=chung-khao`)).text)).toBe(4);

      const judge = await loginJudge(paged.url, await paged.addJudge({ id: 'judge.trang', name: 'Trang' }));
      const one = await judge.get(`/cham-thi/cuoc-thi/${CONTEST}/`);
      expect(one.text).toContain('57 bài được giao');
      expect(rowsOf(one.text)).toBe(50);
      const two = await judge.get(`/cham-thi/cuoc-thi/${CONTEST}/?trang=2`);
      expect(rowsOf(two.text)).toBe(7);
      expect(two.text).not.toContain('Trang sau');
    } finally {
      await paged.close();
    }
  });
});
