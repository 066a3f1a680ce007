import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONSENT_WORDINGS } from '../../../schemas/participation/consent-wording.ts';
import type { ContestEntryRecord, NominationRecord } from '../../../schemas/participation/types.ts';
import { CLOSED_2025, docx, documents, entryFields, type IntakeRig, mp4, nominationFields, NOT_YET, OFFLINE, OPEN, pdf, post, startIntake, ticket, wav } from './intake-helpers.ts';

let rig: IntakeRig;
beforeAll(async () => {
  rig = await startIntake();
});
// Each test starts in a new hour: the per-IP limit (10 submissions an hour) is tested on its own.
beforeEach(() => rig.advance(3_600_000));
afterAll(async () => {
  // No request may have ended in a server error.
  expect(rig.log.error).toEqual([]);
  await rig.close();
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const CODE = /^GS-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

describe('intake: accepted submissions', () => {
  it('takes an entry with text (303 to the confirmation page, receipt cookie), stores exactly what was sent, shows status to the code holder only', async () => {
    const fields = entryFields({ ve: await ticket(rig), 'dong-y-cong-bo': 'co', 'cong-bo': ['ten', 'tinh'] });
    const response = await post(rig, '/tham-gia/bai-du-thi', fields);
    expect(response.status).toBe(303);
    const location = response.headers.get('location') ?? '';
    expect(location).toMatch(/^\/tham-gia\/da-nhan\/\?ma=GS-/);
    const code = decodeURIComponent(location.split('ma=')[1] ?? '');
    expect(code).toMatch(CODE);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);

    const stored = (await documents(rig.store, 'contestEntry')) as unknown as ContestEntryRecord[];
    const entry = stored.find((doc) => doc.idempotencyKey === fields.khoa);
    expect(entry).toBeDefined();
    expect(entry).toMatchObject({
      _type: 'contestEntry',
      contest: { _ref: OPEN },
      title: fields['ten-tac-pham'],
      text: fields['noi-dung'],
      // Counted by hand: 11 words in the first sentence, 3 in the second.
      wordCount: 14,
      entrant: { name: 'Nguyễn Thị An', role: 'giao-vien', school: 'Trường Tiểu học Sơn La', province: 'son-la', birthYear: 1990 },
      contact: { email: fields.email },
      publishFields: ['ten', 'tinh'],
      status: 'da-nhan',
      submittedAt: rig.now().toISOString(),
      receiptHash: sha256(code),
    });
    expect(entry?._id).toMatch(/^contestEntry\.[0-9a-f-]{36}$/);
    expect(entry?.consents.map((c) => [c.purpose, c.givenBy, c.wording, c.wordingVersion, c.givenAt])).toEqual([
      ['xu-ly', 'ban-than', CONSENT_WORDINGS['entry-processing'].text, '2026-12', rig.now().toISOString()],
      ['cong-bo', 'ban-than', CONSENT_WORDINGS['entry-publish'].text, '2026-12', rig.now().toISOString()],
    ]);
    // Only the hash is kept: the code itself is nowhere in the data folder.
    const database = readFileSync(join(rig.dataDir, 'participation.sqlite')).toString('latin1');
    expect(database).not.toContain(code);

    const receipt = await fetch(`${rig.url}/tham-gia/bien-nhan`, { headers: { cookie: cookie.split(';')[0] as string } });
    expect(receipt.status).toBe(200);
    expect(await receipt.text()).toContain(code);
    expect(await (await fetch(`${rig.url}/tham-gia/bien-nhan`)).text()).not.toContain(code);

    const status = await fetch(`${rig.url}/tham-gia/tra-cuu?ma=${code.toLowerCase().replace(/-/g, ' ')}`);
    const page = await status.text();
    expect(status.status).toBe(200);
    expect(status.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page).toContain('Đã nhận');
    expect(page).toContain('Thầy cô trong mắt em (thử)');
    expect(page).toContain(new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'long', timeStyle: 'short' }).format(rig.now()));
    expect(page).not.toMatch(/<script|style=/);
    expect(page).not.toContain(String(fields.email));

    await rig.store.patch(String(entry?._id), { set: { status: 'khong-hop-le', invalidReason: 'Bài viết không đúng chủ đề <thầy cô>.' } });
    const invalid = await (await fetch(`${rig.url}/tham-gia/tra-cuu?ma=${code}`)).text();
    expect(invalid).toContain('Không hợp lệ');
    expect(invalid).toContain('Bài viết không đúng chủ đề &lt;thầy cô&gt;.');

    const wrongA = await fetch(`${rig.url}/tham-gia/tra-cuu?ma=GS-0000-0000-0000`);
    const wrongB = await fetch(`${rig.url}/tham-gia/tra-cuu?ma=${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`);
    const [textA, textB] = [await wrongA.text(), await wrongB.text()];
    expect([wrongA.status, wrongB.status]).toEqual([404, 404]);
    expect(textA.replace(/value="[^"]*"/, '')).toBe(textB.replace(/value="[^"]*"/, ''));
    expect(textA).not.toContain('Người thầy ở bản Mông');
  });

  it('takes one file of each kind, detected by its bytes (JSON answers 201 with the code)', async () => {
    const cases = [
      { name: 'bai-viet.docx', bytes: await docx(), kind: 'docx' },
      { name: 'bai-viet.pdf', bytes: pdf(), kind: 'pdf' },
      { name: 'doc-tho.wav', bytes: wav(), kind: 'audio' },
      { name: 'phong-su.mp4', bytes: mp4(), kind: 'video' },
    ];
    for (const file of cases) {
      const fields = entryFields({ ve: await ticket(rig), 'noi-dung': '' });
      const response = await post(rig, '/tham-gia/bai-du-thi', fields, [{ field: 'tep', name: file.name, bytes: file.bytes }], { json: true });
      const body = (await response.json()) as { ma: string; trangThai: string; chuyenDen: string };
      expect([file.kind, response.status]).toEqual([file.kind, 201]);
      expect(body).toEqual({ ma: expect.stringMatching(CODE), trangThai: 'da-nhan', chuyenDen: `/tham-gia/da-nhan/?ma=${encodeURIComponent(body.ma)}` });
      const entry = ((await documents(rig.store, 'contestEntry')) as unknown as ContestEntryRecord[]).find((doc) => doc.idempotencyKey === fields.khoa);
      expect(entry?.file).toMatchObject({ kind: file.kind, size: file.bytes.byteLength, originalName: file.name });
      expect(entry).not.toHaveProperty('text');
      expect(await rig.store.readFile(String(entry?.file?.asset._ref))).toEqual(file.bytes);
    }
    expect(readdirSync(join(rig.dataDir, 'files'))).toHaveLength(4);
  });

  it('takes a nomination with evidence files and links, recording both consents', async () => {
    const fields = nominationFields({ ve: await ticket(rig) });
    const files = [
      { field: 'minh-chung', name: 'giay-khen.pdf', bytes: pdf(10) },
      { field: 'minh-chung', name: 'loi-ke.wav', bytes: wav() },
    ];
    const response = await post(rig, '/tham-gia/de-cu', fields, files);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/de-cu\/da-nhan\/\?ma=GS-/);
    const nomination = ((await documents(rig.store, 'nomination')) as unknown as NominationRecord[]).find((doc) => doc.idempotencyKey === fields.khoa);
    expect(nomination).toMatchObject({
      nominee: { kind: 'ca-nhan', name: 'Cô Lò Thị Mai', role: 'Giáo viên', unit: 'Điểm trường Pá Khoang', province: 'dien-bien' },
      evidenceLinks: ['https://baodienbienphu.example.vn/co-mai', 'http://vtv.example.vn/phong-su'],
      nominator: { name: 'Trần Văn Bình', relation: 'Đồng nghiệp', contact: { phone: String(fields['dien-thoai']).replace(/\s/g, '') } },
      status: 'da-nhan',
    });
    expect(nomination?.evidenceFiles.map((f) => [f.kind, f.originalName])).toEqual([
      ['pdf', 'giay-khen.pdf'],
      ['audio', 'loi-ke.wav'],
    ]);
    expect(nomination?.consents.map((c) => [c.purpose, c.givenBy, c.wording])).toEqual([
      ['xu-ly', 'ban-than', CONSENT_WORDINGS['nomination-processing'].text],
      ['xu-ly', 'nguoi-dai-dien', CONSENT_WORDINGS['nomination-nominee'].text],
    ]);
  });

  it('records a child entrant\'s consents as given by the representative, and the child\'s own publish consent from 7', async () => {
    const fields = entryFields({
      ve: await ticket(rig),
      'vai-tro': 'hoc-sinh',
      'nam-sinh': '2014',
      'dai-dien-ho-ten': 'Nguyễn Văn Ba',
      'dai-dien-quan-he': 'Bố',
      'dai-dien-dien-thoai': '0987654321',
      'dong-y-cong-bo': 'co',
      'dong-y-tre-em': 'co',
      'cong-bo': 'vai-tro',
    });
    expect((await post(rig, '/tham-gia/bai-du-thi', fields)).status).toBe(303);
    const entry = ((await documents(rig.store, 'contestEntry')) as unknown as ContestEntryRecord[]).find((doc) => doc.idempotencyKey === fields.khoa);
    expect(entry?.representative).toEqual({ _type: 'legalRepresentative', name: 'Nguyễn Văn Ba', relation: 'Bố', contact: { _type: 'privateContact', phone: '0987654321' } });
    expect(entry?.consents.map((c) => [c.purpose, c.givenBy])).toEqual([
      ['xu-ly', 'nguoi-dai-dien'],
      ['cong-bo', 'nguoi-dai-dien'],
      ['cong-bo', 'tre-em'],
    ]);
  });

  it('stores one entry for a double submit with the same key and answers with the same receipt', async () => {
    const fields = entryFields({ ve: await ticket(rig) });
    const before = (await documents(rig.store, 'contestEntry')).length;
    const first = await post(rig, '/tham-gia/bai-du-thi', fields, [], { json: true });
    const second = await post(rig, '/tham-gia/bai-du-thi', { ...fields, 'ten-tac-pham': 'Bản sửa lại' }, [], { json: true });
    const [a, b] = [(await first.json()) as { ma: string }, (await second.json()) as { ma: string }];
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(b.ma).toBe(a.ma);
    const after = (await documents(rig.store, 'contestEntry')) as unknown as ContestEntryRecord[];
    expect(after).toHaveLength(before + 1);
    expect(after.filter((doc) => doc.idempotencyKey === fields.khoa).map((doc) => doc.title)).toEqual(['Người thầy ở bản Mông']);
  });

  it('withdrawal erases the submission, its file and its public record; the code then finds nothing', async () => {
    const fields = entryFields({ ve: await ticket(rig) });
    const sent = await post(rig, '/tham-gia/bai-du-thi', fields, [{ field: 'tep', name: 'rieng.pdf', bytes: pdf(333) }], { json: true });
    const { ma } = (await sent.json()) as { ma: string };
    const entry = ((await documents(rig.store, 'contestEntry')) as unknown as ContestEntryRecord[]).find((doc) => doc.idempotencyKey === fields.khoa) as ContestEntryRecord;
    const ref = String(entry.file?.asset._ref);
    await rig.store.createIfNotExists({ _id: 'judgeScore.j.x', _type: 'judgeScore', entry: { _type: 'reference', _ref: entry._id }, scores: [] });
    expect(await rig.store.readFile(ref)).not.toBeNull();

    const wrong = await fetch(`${rig.url}/tham-gia/rut-lai`, { method: 'POST', body: new URLSearchParams({ ma: 'GS-0000-0000-0000' }), headers: { accept: 'application/json' } });
    expect(wrong.status).toBe(404);
    expect(((await wrong.json()) as { fields: Record<string, string> }).fields).toHaveProperty('ma');
    expect(await rig.store.get(entry._id)).not.toBeNull();

    const withdrawn = await fetch(`${rig.url}/tham-gia/rut-lai`, { method: 'POST', body: new URLSearchParams({ ma }) });
    expect(withdrawn.status).toBe(200);
    expect(await withdrawn.text()).toContain('Đã rút lại sự đồng ý');
    expect(await rig.store.get(entry._id)).toBeNull();
    expect(await rig.store.get('judgeScore.j.x')).toBeNull();
    expect(await rig.store.readFile(ref)).toBeNull();
    expect(rig.removed).toContain(entry._id);
    expect((await fetch(`${rig.url}/tham-gia/tra-cuu?ma=${ma}`)).status).toBe(404);
  });
});

describe('intake: deadlines', () => {
  it('refuses the closed 2025 contest, a contest not yet open, one without online entries and an unknown one, with vi-VN dates', async () => {
    const cases: [string, number, RegExp][] = [
      [CLOSED_2025, 403, /đã hết hạn nhận bài lúc .*23:59.*31 tháng 8, 2025 \(giờ Việt Nam\)\.$/],
      [NOT_YET, 403, /bắt đầu nhận bài từ .*08:00.*15 tháng 1, 2027 \(giờ Việt Nam\)\.$/],
      [OFFLINE, 403, /không nhận bài dự thi trực tuyến\.$/],
      ['contest.khong-co', 400, /Không tìm thấy cuộc thi/],
    ];
    const before = (await documents(rig.store, 'contestEntry')).length;
    for (const [contest, status, message] of cases) {
      const response = await post(rig, '/tham-gia/bai-du-thi', entryFields({ ve: await ticket(rig), 'cuoc-thi': contest }), [], { json: true });
      const body = (await response.json()) as { error: string; fields: Record<string, string> };
      expect([contest, response.status]).toEqual([contest, status]);
      expect(body.error).toMatch(message);
      expect(Object.keys(body.fields)).toEqual(['cuoc-thi']);
    }
    expect(await documents(rig.store, 'contestEntry')).toHaveLength(before);
  });
});
