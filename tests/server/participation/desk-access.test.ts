// The judging desk over real HTTP: logins (judge key, editor link, expiry, rate limit), CSRF, blind
// judging (no identifying field in anything a judge receives) and conflicts of interest (404 everywhere).
import { Buffer } from 'node:buffer';
import { PDFDocument } from 'pdf-lib';
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { ZipFile as ZipWriter } from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entrantRoles } from '../../../schemas/participation/vocabulary.ts';
import { blindEntry } from '../../../server/src/participation/desk/blind.ts';
import { blindEntriesQuery } from '../../../server/src/participation/desk/queries.ts';
import { signEditorLink, EDITOR_LINK_TTL_MS } from '../../../server/src/participation/desk/session.ts';
import { createTestStore } from './helpers/store-factory.ts';
import { client, CONTEST, loginEditor, loginJudge, OTHER_CONTEST, startDesk, type DeskFixture } from './helpers/desk-fixture.ts';
import { consent, entry } from './helpers/entries.ts';

let fixture: DeskFixture;
beforeAll(async () => {
  fixture = await startDesk();
});
afterAll(() => fixture.close());

async function zipOf(parts: Record<string, string>): Promise<Buffer> {
  const zip = new ZipWriter();
  for (const [name, text] of Object.entries(parts)) zip.addBuffer(Buffer.from(text), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function unzipText(bytes: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error: Error | null, zip: ZipFile) => {
      if (error) return reject(error);
      let text = '';
      zip.on('entry', (e: Entry) =>
        zip.openReadStream(e, (err, stream) => {
          if (err) return reject(err);
          stream.on('data', (c: Buffer) => (text += `${e.fileName}\n${c.toString('utf8')}`));
          stream.on('end', () => zip.readEntry());
        }),
      );
      zip.on('end', () => resolve(text));
      zip.readEntry();
    });
  });
}

describe('logging in', () => {
  it('lets a judge in with their key, and refuses a wrong key, a switched-off judge and a stale editor link', async () => {
    const key = await fixture.addJudge({ id: 'judge.dang-nhap', name: 'Giám khảo Đăng Nhập' });
    // The link's GET only shows a button: no session is opened by a link scanner.
    const page = await client(fixture.url).get(`/cham-thi/dang-nhap?khoa=${key}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('set-cookie')).toBeNull();
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');

    const judge = client(fixture.url);
    const ok = await judge.post('/cham-thi/dang-nhap', { khoa: key }, null);
    expect(ok.status).toBe(303);
    const cookie = ok.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Max-Age=28800/);
    expect(cookie).not.toMatch(/Secure/); // SITE_URL is not https here
    const home = await judge.get('/cham-thi/');
    expect(home.status).toBe(200);
    expect(home.text).toContain('Giám khảo Đăng Nhập');
    expect(home.text).toContain('Cuộc thi viết thử nghiệm');
    expect(home.text).not.toContain('Cuộc thi khác'); // not assigned to them

    const wrong = await client(fixture.url).post('/cham-thi/dang-nhap', { khoa: 'x'.repeat(43) }, null);
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();

    const offKey = await fixture.addJudge({ id: 'judge.da-khoa', name: 'Giám khảo Đã Khóa', active: false });
    expect((await client(fixture.url).post('/cham-thi/dang-nhap', { khoa: offKey }, null)).status).toBe(401);

    const editor = await loginEditor(fixture);
    expect((await editor.get('/cham-thi/giam-khao')).text).toContain('Giám khảo Đăng Nhập');
    const stale = signEditorLink(new Date(Date.now() - EDITOR_LINK_TTL_MS - 1000), fixture.deskSecret);
    expect((await client(fixture.url).post('/cham-thi/dang-nhap', { 'bien-tap': stale }, null)).status).toBe(401);
    const forged = signEditorLink(new Date(), 'another-secret-entirely-0123456789');
    expect((await client(fixture.url).post('/cham-thi/dang-nhap', { 'bien-tap': forged }, null)).status).toBe(401);

    // Without a session nothing is shown; logout ends the session.
    expect((await client(fixture.url).get('/cham-thi/')).status).toBe(401);
    const out = await judge.post('/cham-thi/dang-xuat', {});
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect(judge.cookie).toBeUndefined();
    expect((await judge.get('/cham-thi/')).status).toBe(401);
  });

  it('refuses a POST without the session\'s CSRF token, or with another session\'s', async () => {
    const e = entry({ status: 'da-nhan' });
    await fixture.store.createOrReplace(e as never);
    const editor = await loginEditor(fixture);
    const other = await loginEditor(fixture);
    await editor.get(`/cham-thi/bai/${e._id}/`);
    const rev = String((await fixture.store.get(e._id))?._rev);
    const none = await editor.post(`/cham-thi/bai/${e._id}/trang-thai`, { 'trang-thai': 'hop-le', 'phien-ban': rev }, null);
    expect(none.status).toBe(403);
    const foreign = await editor.post(`/cham-thi/bai/${e._id}/trang-thai`, { 'trang-thai': 'hop-le', 'phien-ban': rev }, other.csrf!);
    expect(foreign.status).toBe(403);
    expect((await fixture.store.get(e._id))?.['status']).toBe('da-nhan');
    const good = await editor.post(`/cham-thi/bai/${e._id}/trang-thai`, { 'trang-thai': 'hop-le', 'phien-ban': rev });
    expect(good.status).toBe(303);
    expect((await fixture.store.get(e._id))?.['status']).toBe('hop-le');
  });

  it('limits login attempts per address', async () => {
    const limited = await startDesk();
    try {
      // The fixture allows 1000 a minute; the default is 10 per client. Here: the default, by a handler of its own.
      const { createDeskHandler } = await import('../../../server/src/participation/desk/handler.ts');
      const handler = createDeskHandler({ store: limited.store, writer: { put: async () => {}, remove: async () => {} }, contests: { list: async () => [], get: async () => null, invalidate: () => {} }, secret: limited.deskSecret, log: () => {} });
      const { createServer } = await import('node:http');
      const server = createServer((req, res) => void handler(req, res, new URL(req.url ?? '/', 'http://localhost')));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await client(base).post('/cham-thi/dang-nhap', { khoa: 'y'.repeat(43) }, null)).status);
      server.close();
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
      expect(statuses.slice(10)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });
});

/** What a judge may receive about an entry, written out here rather than taken from the code. */
const BLIND_KEYS = ['_id', '_rev', 'contest', 'code', 'title', 'text', 'wordCount', 'status', 'file'];

describe('the blind projection', () => {
  it('leaves only the work when applied to a whole entry, in GROQ and in the filter after it', async () => {
    const store = await createTestStore();
    const whole = entry({
      file: { _type: 'file', asset: { _type: 'reference', _ref: 'file-abc-pdf' }, kind: 'pdf', mimeType: 'application/pdf', size: 10, originalName: 'ten-that.pdf' },
      representative: { _type: 'legalRepresentative', name: 'R', relation: 'Mẹ', contact: { _type: 'privateContact' } },
      placing: 'giai-nhat',
      story: { _type: 'reference', _ref: 'story.x' },
      excerpt: 'trích',
    });
    await store.createOrReplace({ ...whole, extra: 'anything an old schema left' } as never);
    const [projected] = await store.query<Record<string, unknown>[]>(blindEntriesQuery, { ids: [whole._id] });
    // The neutral code is computed from the id after the query.
    expect(Object.keys(projected!).sort()).toEqual(BLIND_KEYS.filter((k) => k !== 'code').sort());
    expect(projected!['file']).toEqual({ kind: 'pdf', mimeType: 'application/pdf', size: 10, asset: 'file-abc-pdf' });
    const filtered = blindEntry({ ...(await store.get(whole._id))! });
    expect(Object.keys(filtered).sort()).toEqual([...BLIND_KEYS].sort());
    expect(Object.keys(filtered.file!).sort()).toEqual(['asset', 'kind', 'mimeType', 'size']);
    expect(JSON.stringify(filtered)).not.toMatch(/Nguyễn Văn A|Bản Lầu|lao-cai|1990|example\.com|ten-that|idem-|aaaaaaaa|Tôi đồng ý/);
    await store.close();
  });
});

describe('blind judging and conflicts of interest', () => {
  const M = {
    name: 'MARKERNAME7f3a',
    school: 'MARKERSCHOOL91c2',
    province: 'markerprovince5d0e',
    birthYear: 1913,
    email: 'markeremail@e8b1.example',
    phone: '0912773355',
    address: 'MARKERADDRESS2a9d',
    repName: 'MARKERREP6b4f',
    repRelation: 'MARKERRELATION0c7a',
    repEmail: 'markerrep@d2f8.example',
    wording: 'MARKERWORDING4e1b',
    receipt: 'f00dfacef00dface'.repeat(4),
    idem: 'MARKERIDEM8c3d',
    fileName: 'MARKERFILENAME5a1f.pdf',
    pdfAuthor: 'MARKERPDFAUTHOR3b2c',
    docxAuthor: 'MARKERDOCXAUTHOR7d9e',
    docxCommenter: 'MARKERCOMMENTER1f6a',
  };
  const identifying = (e: ReturnType<typeof entry>) =>
    ({
      ...e,
      entrant: { _type: 'entrant' as const, name: `${M.name}-${e._id}`, role: 'giao-vien' as const, school: M.school, province: M.province, birthYear: M.birthYear },
      contact: { _type: 'privateContact' as const, email: M.email, phone: M.phone, address: M.address },
      representative: { _type: 'legalRepresentative' as const, name: M.repName, relation: M.repRelation, contact: { _type: 'privateContact' as const, email: M.repEmail } },
      consents: [consent('xu-ly', 'ban-than', { wording: M.wording }), consent('cong-bo', 'ban-than', { wording: M.wording })],
      receiptHash: M.receipt,
      idempotencyKey: M.idem,
    }) as ReturnType<typeof entry>;

  let pdfEntry: ReturnType<typeof entry>;
  let docxEntry: ReturnType<typeof entry>;
  let conflictSchool: ReturnType<typeof entry>;
  let conflictProvince: ReturnType<typeof entry>;
  let judgeKey: string;

  beforeAll(async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    pdf.setAuthor(M.pdfAuthor);
    pdf.setCreator(M.pdfAuthor);
    const pdfBytes = await pdf.save();
    const pdfAsset = await fixture.store.uploadFile(pdfBytes, { filename: M.fileName, mimeType: 'application/pdf' });
    const docx = await zipOf({
      '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      'docProps/core.xml': `<?xml version="1.0"?><cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:creator>${M.docxAuthor}</dc:creator><cp:lastModifiedBy>${M.docxAuthor}</cp:lastModifiedBy></cp:coreProperties>`,
      'docProps/app.xml': `<?xml version="1.0"?><Properties><Company>${M.school}</Company></Properties>`,
      'word/document.xml': '<?xml version="1.0"?><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Bài viết về cô giáo</w:t></w:r></w:p></w:body></w:document>',
      'word/comments.xml': `<?xml version="1.0"?><w:comments xmlns:w="w"><w:comment w:id="0" w:author="${M.docxCommenter}" w:initials="MC"><w:p/></w:comment></w:comments>`,
    });
    const docxAsset = await fixture.store.uploadFile(docx, { filename: 'x.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const file = (asset: { _ref: string; size: number; mimeType: string }, kind: 'pdf' | 'docx') => ({ _type: 'file' as const, asset: { _type: 'reference' as const, _ref: asset._ref }, kind, mimeType: asset.mimeType, size: asset.size, originalName: M.fileName });

    pdfEntry = identifying(entry({ text: undefined, file: file(pdfAsset, 'pdf') }));
    docxEntry = identifying(entry({ status: 'chung-khao', text: undefined, file: file(docxAsset, 'docx') }));
    const plain = identifying(entry());
    conflictSchool = { ...identifying(entry({ file: file(pdfAsset, 'pdf') })), entrant: { _type: 'entrant', name: 'X', role: 'hoc-sinh', school: '  trường  THPT   chuyên Hà Giang ', province: 'ha-noi' } };
    conflictProvince = { ...identifying(entry()), entrant: { _type: 'entrant', name: 'Y', role: 'hoc-sinh', school: 'Trường khác', province: 'son-la' } };
    const notJudged = identifying(entry({ status: 'da-nhan' }));
    for (const e of [pdfEntry, docxEntry, plain, conflictSchool, conflictProvince, notJudged]) await fixture.store.createOrReplace(e as never);
    // The conflict is declared in another form (NFD, capitals, extra spaces): it still matches.
    judgeKey = await fixture.addJudge({ id: 'judge.mu', name: 'Giám khảo Mù', conflictSchools: ['Trường THPT Chuyên Hà Giang'.normalize('NFD')], conflictProvinces: ['son-la'] });
  });

  it('sends a judge no identifying field in any page, download or form, and names files neutrally', async () => {
    const judge = await loginJudge(fixture.url, judgeKey);
    const bodies: string[] = [];
    const list = await judge.get(`/cham-thi/cuoc-thi/${CONTEST}/`);
    expect(list.status).toBe(200);
    bodies.push(list.text);
    // The entries this judge works on are listed (by title), the one still "đã nhận" is not.
    expect(list.text).toContain(pdfEntry.title);
    expect(list.text).toContain(docxEntry.title);
    const onlyFinal = await judge.get(`/cham-thi/cuoc-thi/${CONTEST}/?trang-thai=chung-khao`);
    expect(onlyFinal.text).toContain(docxEntry.title);
    expect(onlyFinal.text).not.toContain(pdfEntry.title);
    bodies.push(onlyFinal.text);

    const json = await judge.get(`/cham-thi/cuoc-thi/${CONTEST}/bai.json`);
    expect(json.status).toBe(200);
    const listed = JSON.parse(json.text) as { total: number; entries: Record<string, unknown>[] };
    expect(listed.entries.map((e) => e['_id'])).toContain(pdfEntry._id);
    expect(listed.entries.map((e) => e['_id'])).not.toContain(conflictSchool._id);
    for (const e of listed.entries) expect(Object.keys(e).every((k) => BLIND_KEYS.includes(k)), Object.keys(e).join()).toBe(true);
    bodies.push(json.text);

    for (const e of [pdfEntry, docxEntry]) {
      const detail = await judge.get(`/cham-thi/bai/${e._id}/`);
      expect(detail.status).toBe(200);
      bodies.push(detail.text);
      const file = await judge.get(`/cham-thi/bai/${e._id}/tep`);
      expect(file.status).toBe(200);
      const code = e._id.slice('contestEntry.'.length, 'contestEntry.'.length + 8).toLowerCase();
      expect(file.headers.get('content-disposition')).toBe(`attachment; filename="bai-du-thi-${code}.${e.file!.kind}"`);
      bodies.push(JSON.stringify([...file.headers.entries()]));
    }
    const pdfBytes = Buffer.from(await (await fetch(new URL(`/cham-thi/bai/${pdfEntry._id}/tep`, fixture.url), { headers: { cookie: judge.cookie! } })).arrayBuffer());
    const reloaded = await PDFDocument.load(pdfBytes, { updateMetadata: false });
    expect(reloaded.getAuthor()).toBeUndefined();
    expect(reloaded.getCreator()).toBeUndefined();
    const utf16Hex = Buffer.from(`\ufeff${M.pdfAuthor}`, 'utf16le').swap16().toString('hex').toUpperCase();
    expect(pdfBytes.toString('latin1')).not.toContain(M.pdfAuthor);
    expect(pdfBytes.toString('latin1').toUpperCase()).not.toContain(utf16Hex);
    const docxBytes = Buffer.from(await (await fetch(new URL(`/cham-thi/bai/${docxEntry._id}/tep`, fixture.url), { headers: { cookie: judge.cookie! } })).arrayBuffer());
    const docxText = await unzipText(docxBytes);
    expect(docxText).toContain('Bài viết về cô giáo'); // the work itself is intact
    bodies.push(docxText);

    const everything = bodies.join('\n');
    const markers = [...Object.values(M).map(String), ...entrantRoles.map((r) => r.title), 'giao-vien'];
    for (const marker of markers) expect(everything, marker).not.toContain(marker);
    for (const e of [pdfEntry, docxEntry]) expect(everything).not.toContain(`${M.name}-${e._id}`);

    // An editor, by contrast, sees who wrote it.
    const editor = await loginEditor(fixture);
    const full = await editor.get(`/cham-thi/bai/${pdfEntry._id}/`);
    for (const marker of [M.email, M.school, M.repName, M.fileName]) expect(full.text).toContain(marker);
  });

  it('makes an entry in conflict invisible to that judge: list, detail, file and score all 404', async () => {
    const judge = await loginJudge(fixture.url, judgeKey);
    const list = await judge.get(`/cham-thi/cuoc-thi/${CONTEST}/`);
    for (const e of [conflictSchool, conflictProvince]) {
      expect(list.text).not.toContain(e.title);
      expect(list.text).not.toContain(e._id);
      expect((await judge.get(`/cham-thi/bai/${e._id}/`)).status).toBe(404);
      expect((await judge.get(`/cham-thi/bai/${e._id}/tep`)).status).toBe(404);
      expect((await judge.post(`/cham-thi/bai/${e._id}/cham`, { 'tc-noi-dung': '5', 'tc-hinh-thuc': '3' })).status).toBe(404);
    }
    await expect(fixture.store.query(`count(*[_type == "judgeScore" && judge._ref == "judge.mu"])`)).resolves.toBe(0);
    // Another judge without those conflicts sees them, and a contest not assigned is 404 too.
    const other = await loginJudge(fixture.url, await fixture.addJudge({ id: 'judge.khong-xung-dot', name: 'Giám khảo B' }));
    const theirs = await other.get(`/cham-thi/cuoc-thi/${CONTEST}/`);
    expect(theirs.text).toContain(conflictSchool.title);
    expect(theirs.text).toContain(conflictProvince.title);
    expect((await other.get(`/cham-thi/bai/${conflictSchool._id}/`)).status).toBe(200);
    expect((await other.get(`/cham-thi/cuoc-thi/${OTHER_CONTEST}/`)).status).toBe(404);
    // Editors' pages are closed to judges.
    expect((await other.get(`/cham-thi/cuoc-thi/${CONTEST}/xep-hang`)).status).toBe(404);
    expect((await other.get('/cham-thi/de-cu/')).status).toBe(404);
  });

  it('escapes hostile text and sends the desk\'s CSP with no inline script or style', async () => {
    const hostile = entry({ title: '<script>alert(1)</script><img src=x onerror=alert(2)>', text: '"><style>body{}</style>' });
    await fixture.store.createOrReplace(hostile as never);
    const judge = await loginJudge(fixture.url, await fixture.addJudge({ id: 'judge.an-toan', name: '<b>Giám khảo</b>' }));
    for (const path of [`/cham-thi/cuoc-thi/${CONTEST}/`, `/cham-thi/bai/${hostile._id}/`, '/cham-thi/']) {
      const page = await judge.get(path);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(page.text).not.toMatch(/<script|<style|<img|<b>/i);
      expect(page.text).not.toMatch(/<[^>]*\son[a-z]+=/i);
    }
    expect((await judge.get(`/cham-thi/bai/${hostile._id}/`)).text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
