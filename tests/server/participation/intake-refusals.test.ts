import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ContestEntryRecord } from '../../../schemas/participation/types.ts';
import { documents, entryFields, html, type IntakeRig, nominationFields, PDF_ONLY, pdf, png, post, startIntake, ticket, docx, zip } from './intake-helpers.ts';

let rig: IntakeRig;
beforeAll(async () => {
  rig = await startIntake();
});
beforeEach(() => rig.advance(3_600_000));
afterAll(async () => {
  expect(rig.log.error).toEqual([]);
  await rig.close();
});

interface Refusal {
  error: string;
  fields: Record<string, string>;
}
/** Vietnamese: at least one letter only Vietnamese uses. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

async function refusedEntry(fields: Record<string, string | string[]>, files: Parameters<typeof post>[3] = []): Promise<{ status: number; body: Refusal }> {
  const response = await post(rig, '/tham-gia/bai-du-thi', fields, files, { json: true });
  return { status: response.status, body: (await response.json()) as Refusal };
}

describe('intake: refused files', () => {
  it('refuses oversized, wrong-type and disguised files by their bytes, naming the field, storing nothing', async () => {
    const before = (await documents(rig.store, 'contestEntry')).length;
    const cases: { name: string; bytes: Uint8Array; status: number; fields?: Record<string, string> }[] = [
      { name: 'qua-lon.pdf', bytes: pdf(1_100_000), status: 413 },
      { name: 'anh.png', bytes: png(), status: 415 },
      { name: 'bai-viet.pdf', bytes: html(), status: 415 },
      { name: 'bai-viet.docx', bytes: await zip({ 'noi-dung.txt': 'không phải Word' }), status: 415 },
      { name: 'bai-viet.docx', bytes: await zip({ '[Content_Types].xml': '<Types/>', 'word/styles.xml': '<w:styles/>' }), status: 415 },
      { name: 'chuong-trinh.pdf', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]), status: 415 },
      { name: 'bai.docx', bytes: await docx(), status: 415, fields: { 'cuoc-thi': PDF_ONLY } },
    ];
    for (const file of cases) {
      const { status, body } = await refusedEntry(entryFields({ ve: await ticket(rig), ...file.fields }), [{ field: 'tep', name: file.name, bytes: file.bytes }]);
      expect([file.name, status]).toEqual([file.name, file.status]);
      expect(Object.keys(body.fields)).toEqual(['tep']);
      expect(body.error).toMatch(VIETNAMESE);
      expect(body.error).toContain('tệp tác phẩm');
      expect(body.error).toContain(file.name);
    }
    expect(await documents(rig.store, 'contestEntry')).toHaveLength(before);
  });

  it('refuses a second file for an entry and a sixth evidence file for a nomination', async () => {
    const two = await refusedEntry(entryFields({ ve: await ticket(rig) }), [
      { field: 'tep', name: 'a.pdf', bytes: pdf() },
      { field: 'tep', name: 'b.pdf', bytes: pdf(1) },
    ]);
    expect(two.status).toBe(413);
    expect(Object.keys(two.body.fields)).toEqual(['tep']);
    const six = await post(rig, '/tham-gia/de-cu', nominationFields({ ve: await ticket(rig) }), Array.from({ length: 6 }, (_, i) => ({ field: 'minh-chung', name: `${i}.pdf`, bytes: pdf(i) })), { json: true });
    expect(six.status).toBe(413);
    expect(Object.keys(((await six.json()) as Refusal).fields)).toEqual(['minh-chung']);
  });
});

describe('intake: refused fields and consents', () => {
  it('refuses missing consent, a child without representative, a child of 7+ publishing without their own consent, and bad formats — each naming its field', async () => {
    const cases: [string, Record<string, string | string[]>, string[]][] = [
      ['no processing consent', { 'dong-y-xu-ly': '' }, ['dong-y-xu-ly']],
      ['consent box with another value', { 'dong-y-xu-ly': 'on' }, ['dong-y-xu-ly']],
      ['child without representative', { 'nam-sinh': '2013' }, ['dai-dien-ho-ten', 'dai-dien-quan-he', 'dai-dien-email']],
      ['child 7+ publishing alone', { 'nam-sinh': '2013', 'dai-dien-ho-ten': 'Lê Thị Cúc', 'dai-dien-quan-he': 'Mẹ', 'dai-dien-email': 'cuc@example.vn', 'dong-y-cong-bo': 'co', 'cong-bo': 'ten' }, ['dong-y-tre-em']],
      ['no title, no text, no file', { 'ten-tac-pham': ' ', 'noi-dung': '' }, ['ten-tac-pham', 'noi-dung']],
      ['over the word limit', { 'noi-dung': 'chữ '.repeat(51) }, ['noi-dung']],
      ['bad email and phone', { email: 'khong-phai-thu', 'dien-thoai': '12345' }, ['email', 'dien-thoai']],
      ['no contact at all', { email: '' }, ['email']],
      ['role and province outside the lists', { 'vai-tro': 'vua', tinh: 'sao-hoa' }, ['vai-tro', 'tinh']],
      ['absurd birth year', { 'nam-sinh': '1800' }, ['nam-sinh']],
      ['publish field outside the list', { 'dong-y-cong-bo': 'co', 'cong-bo': ['ten', 'email'] }, ['cong-bo']],
    ];
    const before = (await documents(rig.store, 'contestEntry')).length;
    for (const [label, extra, fields] of cases) {
      rig.advance(3_600_000);
      const { status, body } = await refusedEntry(entryFields({ ve: await ticket(rig), ...extra }));
      expect([label, status, Object.keys(body.fields).sort()]).toEqual([label, 400, [...fields].sort()]);
      for (const message of Object.values(body.fields)) expect(message).toMatch(VIETNAMESE);
      expect(body.error).toMatch(VIETNAMESE);
    }
    expect(await documents(rig.store, 'contestEntry')).toHaveLength(before);
  });

  it('refuses a nomination of a person without the nominee\'s consent, and unsafe evidence links', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ 'dong-y-nguoi-duoc-de-cu': '' }, 'dong-y-nguoi-duoc-de-cu'],
      // eslint-disable-next-line no-script-url -- the hostile link the intake must refuse.
      [{ 'lien-ket': 'javascript:alert(1)' }, 'lien-ket'],
      [{ 'lien-ket': 'https://ten:matkhau@example.vn/' }, 'lien-ket'],
      [{ 'lien-ket': `https://example.vn/${'a'.repeat(2000)}` }, 'lien-ket'],
    ];
    for (const [extra, field] of cases) {
      const response = await post(rig, '/tham-gia/de-cu', nominationFields({ ve: await ticket(rig), ...extra }), [], { json: true });
      expect(response.status).toBe(400);
      expect(Object.keys(((await response.json()) as Refusal).fields)).toEqual([field]);
    }
    // A collective needs no personal consent of a nominee.
    const collective = await post(rig, '/tham-gia/de-cu', nominationFields({ ve: await ticket(rig), loai: 'tap-the', 'dong-y-nguoi-duoc-de-cu': '' }), [], { json: true });
    expect(collective.status).toBe(201);
  });

  it('without JavaScript, answers a refusal with the whole form refilled (escaped), files to be chosen again', async () => {
    const hostile = '<script>alert("x")</script> "\'&';
    const fields = entryFields({ ve: await ticket(rig), 'dong-y-xu-ly': '', 'ten-tac-pham': hostile, 'ho-ten': `An ${hostile}`, truong: hostile, 'dong-y-cong-bo': 'co', 'cong-bo': ['ten', 'tinh'] });
    const response = await post(rig, '/tham-gia/bai-du-thi', fields, [{ field: 'tep', name: 'bai.pdf', bytes: pdf() }]);
    const page = await response.text();
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page).not.toContain('<script>alert');
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &quot;&#39;&amp;';
    expect(page).toContain(`name="ten-tac-pham" value="${escaped}"`);
    expect(page).toContain(`name="ho-ten" value="An ${escaped}"`);
    expect(page).toContain(`name="email" value="${fields.email}"`);
    // multipart/form-data sends line breaks as CRLF; the refilled textarea gives back what was sent.
    expect(page).toMatch(/name="noi-dung">Thầy đi bộ mười cây số mỗi sáng để đến lớp\.\r?\nEm nhớ thầy\.<\/textarea>/);
    expect(page).toContain('<option value="son-la" selected>');
    expect(page).toContain('<option value="giao-vien" selected>');
    expect(page).toMatch(/name="cong-bo" value="ten" checked/);
    expect(page).toMatch(/name="cong-bo" value="tinh" checked/);
    expect(page).not.toMatch(/name="cong-bo" value="truong" checked/);
    expect(page).toMatch(/name="dong-y-cong-bo" value="co" checked/);
    expect(page).not.toMatch(/name="dong-y-xu-ly" value="co" checked/);
    expect(page).toContain(`name="khoa" value="${fields.khoa}"`);
    expect(page).toContain('hãy chọn lại tệp');
    expect(page).toContain('Cần đánh dấu đồng ý xử lý dữ liệu cá nhân');
  });
});

describe('intake: abuse', () => {
  it('refuses a filled honeypot and a form sent too fast after its ticket', async () => {
    const honeypot = await refusedEntry(entryFields({ ve: await ticket(rig), website: 'http://spam.example' }));
    expect([honeypot.status, Object.keys(honeypot.body.fields)]).toEqual([400, ['website']]);
    const fresh = ((await (await fetch(`${rig.url}/tham-gia/phieu`)).json()) as { ve: string }).ve;
    rig.advance(2_000);
    const fast = await post(rig, '/tham-gia/bai-du-thi', entryFields({ ve: fresh }), [], { json: true });
    expect(fast.status).toBe(429);
    expect(fast.headers.get('retry-after')).toBe('5');
    expect(Object.keys(((await fast.json()) as Refusal).fields)).toEqual(['ve']);
    const forged = await refusedEntry(entryFields({ ve: `${fresh.split('.').slice(0, 2).join('.')}.AAAA` }));
    expect([forged.status, Object.keys(forged.body.fields)]).toEqual([400, ['ve']]);
  });

  it('limits one address to 10 submissions an hour and one contact to 5 a day per contest, with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const response = await post(rig, '/tham-gia/bai-du-thi', entryFields({ ve: await ticket(rig) }), [], { json: true });
      statuses.push(response.status);
      if (response.status === 429) expect(response.headers.get('retry-after')).toBe('3600');
      await response.body?.cancel();
    }
    expect(statuses).toEqual([...Array(10).fill(201), 429]);
    // Behind nginx (a loopback peer with X-Real-IP) each sender has its own count.
    const other = await post(rig, '/tham-gia/bai-du-thi', entryFields({ ve: await ticket(rig) }), [], { json: true, realIp: '203.0.113.9' });
    expect(other.status).toBe(201);
    await other.body?.cancel();

    rig.advance(3_600_000);
    const contact = { email: 'cung-mot-nguoi@example.vn' };
    const perContact: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await post(rig, '/tham-gia/bai-du-thi', entryFields({ ve: await ticket(rig), ...contact }), [], { json: true });
      perContact.push(response.status);
      if (response.status === 429) {
        expect(response.headers.get('retry-after')).toBe('86400');
        expect(Object.keys(((await response.json()) as Refusal).fields)).toEqual(['email']);
      } else await response.body?.cancel();
    }
    expect(perContact).toEqual([201, 201, 201, 201, 201, 429]);
    expect(rig.log.info.join('\n')).not.toContain('cung-mot-nguoi');
  });

  it('stores hostile text safely: NUL and bidi controls removed, NFC, escaped on every server page', async () => {
    const decomposed = 'Nguye\u0302\u0303n'; // "Nguyễn" decomposed
    const fields = entryFields({
      ve: await ticket(rig),
      'ten-tac-pham': '<img src=x onerror=alert(1)>\u202Egnp.exe\u0000',
      'ho-ten': `${decomposed} \u00D0\u1EA1i`,
      truong: '<script>alert(1)</script>',
      'noi-dung': `Thầy\u0000 dạy\u2066 em.`,
      'dia-chi': 'x'.repeat(300),
    });
    const { ma } = (await (await post(rig, '/tham-gia/bai-du-thi', fields, [], { json: true })).json()) as { ma: string };
    const entry = ((await documents(rig.store, 'contestEntry')) as unknown as ContestEntryRecord[]).find((doc) => doc.idempotencyKey === fields.khoa) as ContestEntryRecord;
    expect(entry.title).toBe('<img src=x onerror=alert(1)>gnp.exe');
    expect(entry.entrant.name).toBe('Nguyễn Đại');
    expect(entry.text).toBe('Thầy dạy em.');
    const page = await (await fetch(`${rig.url}/tham-gia/tra-cuu?ma=${ma}`)).text();
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;gnp.exe');
    expect(page).not.toContain('<img');

    const huge = await refusedEntry(entryFields({ ve: await ticket(rig), 'ho-ten': 'Á'.repeat(100_000), 'noi-dung': 'chữ '.repeat(25_000) }));
    expect(huge.status).toBe(400);
    expect(Object.keys(huge.body.fields).sort()).toEqual(['ho-ten', 'noi-dung']);
    const nul = await post(rig, '/tham-gia/tra-cuu', {}, [], {});
    expect(nul.status).toBe(405);
    await nul.body?.cancel();
    const lookup = await fetch(`${rig.url}/tham-gia/tra-cuu?ma=${encodeURIComponent('<b>\u0000')}`);
    expect(lookup.status).toBe(404);
    expect(await lookup.text()).toContain('value="&lt;b&gt;');
  });
});

describe('intake: without JavaScript', () => {
  it('keeps a ticketless submission pending, stores it on one confirming click, refuses a reused or expired confirmation', async () => {
    const before = (await documents(rig.store, 'contestEntry')).length;
    const fields = entryFields();
    delete fields.khoa;
    const first = await post(rig, '/tham-gia/bai-du-thi', fields, [{ field: 'tep', name: 'bai.pdf', bytes: pdf(77) }]);
    const page = await first.text();
    expect(first.status).toBe(200);
    expect(page).toContain('<h1>Xác nhận gửi</h1>');
    expect(await documents(rig.store, 'contestEntry')).toHaveLength(before);
    const pendingId = /name="cho-xac-nhan" value="([^"]+)"/.exec(page)?.[1] ?? '';
    expect(pendingId).not.toBe('');

    const confirm = await fetch(`${rig.url}/tham-gia/bai-du-thi`, { method: 'POST', body: new URLSearchParams({ 'cho-xac-nhan': pendingId }), redirect: 'manual' });
    expect(confirm.status).toBe(303);
    const after = (await documents(rig.store, 'contestEntry')) as unknown as ContestEntryRecord[];
    expect(after).toHaveLength(before + 1);
    const stored = after.find((doc) => doc.contact.email === fields.email);
    expect(stored?.file).toMatchObject({ kind: 'pdf', originalName: 'bai.pdf', size: pdf(77).byteLength });
    expect(stored?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);

    const again = await fetch(`${rig.url}/tham-gia/bai-du-thi`, { method: 'POST', body: new URLSearchParams({ 'cho-xac-nhan': pendingId }), redirect: 'manual' });
    expect(again.status).toBe(410);
    await again.body?.cancel();

    const late = await post(rig, '/tham-gia/bai-du-thi', entryFields());
    const lateId = /name="cho-xac-nhan" value="([^"]+)"/.exec(await late.text())?.[1] ?? '';
    rig.advance(31 * 60_000);
    const expired = await fetch(`${rig.url}/tham-gia/bai-du-thi`, { method: 'POST', body: new URLSearchParams({ 'cho-xac-nhan': lateId }), redirect: 'manual' });
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('hết hạn');
    const forged = await fetch(`${rig.url}/tham-gia/bai-du-thi`, { method: 'POST', body: new URLSearchParams({ 'cho-xac-nhan': `${lateId.slice(0, -2)}xx` }), redirect: 'manual' });
    expect(forged.status).toBe(410);
    await forged.body?.cancel();
    expect(await documents(rig.store, 'contestEntry')).toHaveLength(before + 1);
  });
});
