// Issue 11's acceptance, end to end with the real parts: the site server (`createSiteServer`, local
// sample dataset, SQLite store) builds the site, real nginx serves the release and proxies the
// server paths, and Chromium does what people do — an entrant sends an entry from the contest page
// with JavaScript (a .docx upload) and another without it, a reader nominates an exemplar, the
// entrant reads the status with the receipt code; an editor finds the entry on the desk, checks it,
// a judge scores it blind, the editor awards it and publishes the results; after the build the
// contest page, the honours register and open data show the result — and no personal data is in
// the release.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { startNginx, type RunningNginx } from '../../deploy/nginx/local.ts';
import { ENTRY_FIELDS, NOMINATION_FIELDS } from '../../schemas/participation/form-fields.ts';
import { readServerConfig, repoRoot } from '../../server/src/config.ts';
import { silentLogger } from '../../server/src/log.ts';
import { addJudge, editorLink } from '../../server/src/participation/desk/commands.ts';
import { deriveDeskSecret } from '../../server/src/participation/desk/session.ts';
import { createSqliteStore } from '../../server/src/participation/sqlite-store.ts';
import type { ParticipationStore } from '../../server/src/participation/store.ts';
import { type Clock, systemClock } from '../../server/src/scheduler.ts';
import { createSiteServer, type SiteServer } from '../../server/src/server.ts';
import { decodeEntities, fileText, listFiles } from '../site/helpers/build.ts';
import { launchChromium } from './helpers/browser.ts';

const SECRET = 'participation-flow-secret-0123456789';
const work = mkdtempSync(join(tmpdir(), 'participation-flow-'));
const datasetDir = join(work, 'dataset');
const publishRoot = join(work, 'publish');
const dataDir = join(work, 'data');
// The image and OG caches the publishing-loop test keeps: only the first run ever encodes images.
const sharedCache = join(tmpdir(), 'guong-sang-server-loop-cache');

interface ContestDoc {
  _id: string;
  slug: { current: string };
  opensAt: string;
  closesAt: string;
  prizes: { _key: string; title: string; isHonour?: boolean }[];
}

/** The sample contest that takes online entries, read from the dataset (not from our code): the latest. */
function openContest(): ContestDoc {
  const contests = readFileSync(join(repoRoot, 'site', 'dataset', 'data.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.includes('"_type":"contest"'))
    .map((line) => JSON.parse(line) as ContestDoc)
    .filter((doc) => !doc._id.startsWith('drafts.'))
    .sort((a, b) => Date.parse(b.closesAt) - Date.parse(a.closesAt));
  if (!contests[0]) throw new Error('no contest in the sample dataset');
  return contests[0];
}

/**
 * The server's clock runs from a month after the contest opened, whatever today's date: the test does
 * not expire with the sample contest. Time still passes (the form's minimum fill time is real). The
 * results are published while entries are still open, as a newcomer trying the sample does.
 */
function shiftedClock(startAt: number): Clock {
  const offset = startAt - Date.now();
  return {
    now: () => new Date(Date.now() + offset),
    setTimer: (at, fn) => systemClock.setTimer(new Date(at.getTime() - offset), fn),
  };
}

/** A real, minimal .docx: the parts Word needs, with the text in word/document.xml. */
function docx(text: string): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '[Content_Types].xml',
  );
  zip.addBuffer(
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    '_rels/.rels',
  );
  zip.addBuffer(
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
    ),
    'word/document.xml',
  );
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

// Unique values typed into the private fields: none may ever reach the release.
const MARK = `m${Date.now().toString(36)}`;
const PRIVATE = {
  email: `rieng-${MARK}@vi-du.edu.vn`,
  phone: `0987${String(Date.now()).slice(-6)}`,
  address: `Số 7 ngõ Bí Mật ${MARK}`,
  representative: `Người Đại Diện ${MARK}`,
  hiddenSchool: `Trường Giấu Tên ${MARK}`,
  nominator: `Người Đề Cử ${MARK}`,
};

const contest = openContest();
const clock = shiftedClock(Date.parse(contest.opensAt) + 30 * 86_400_000);
const honourPrize = contest.prizes.find((p) => p.isHonour) ?? contest.prizes[0]!;
let server: SiteServer;
let store: ParticipationStore;
let nginx: RunningNginx;
let browser: Browser;
const codes: string[] = [];

async function fillEntry(page: Page, values: { title: string; name: string; school: string; text?: string; publish: string[] }) {
  const form = page.locator(`form[action="/tham-gia/bai-du-thi"]`);
  const field = (name: string) => form.locator(`[name="${name}"]`);
  await field(ENTRY_FIELDS.title).fill(values.title);
  if (values.text) await field(ENTRY_FIELDS.text).fill(values.text);
  await field(ENTRY_FIELDS.name).fill(values.name);
  await field(ENTRY_FIELDS.role).selectOption('giao-vien');
  await field(ENTRY_FIELDS.school).fill(values.school);
  await field(ENTRY_FIELDS.province).selectOption({ index: 5 });
  await field(ENTRY_FIELDS.birthYear).fill('1985');
  await field(ENTRY_FIELDS.email).fill(PRIVATE.email);
  await field(ENTRY_FIELDS.phone).fill(PRIVATE.phone);
  const address = field(ENTRY_FIELDS.address);
  if ((await address.count()) > 0) await address.fill(PRIVATE.address);
  await field(ENTRY_FIELDS.consentProcessing).check();
  if (values.publish.length > 0) {
    await field(ENTRY_FIELDS.consentPublish).check();
    for (const value of values.publish) await form.locator(`[name="${ENTRY_FIELDS.publishFields}"][value="${value}"]`).check();
  }
  return form;
}

const codeIn = (text: string) => /GS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(text)?.[0];

beforeAll(async () => {
  cpSync(join(repoRoot, 'site', 'dataset'), datasetDir, { recursive: true });
  mkdirSync(sharedCache, { recursive: true });
  mkdirSync(publishRoot, { recursive: true });
  symlinkSync(sharedCache, join(publishRoot, 'cache'));
  // nginx's workers run as `nobody` when the tests run as root: let them read (as www-data would).
  chmodSync(work, 0o755);
  chmodSync(publishRoot, 0o755);
  const config = { ...readServerConfig({ SANITY_WEBHOOK_SECRET: SECRET, PUBLISH_ROOT: publishRoot, CONTENT_DATASET: datasetDir, PARTICIPATION_DIR: dataDir }, []), port: 0 };
  store = createSqliteStore({ dir: dataDir });
  server = createSiteServer(config, { logger: silentLogger, participationStore: store, clock });
  const { url } = await server.listen();
  await server.start();
  await server.idle();
  expect((await server.status()).lastBuild?.result).toBe('success');
  nginx = await startNginx({ root: join(publishRoot, 'current'), upstream: new URL(url).host });
  browser = await launchChromium();
}, 1_200_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  await server?.close();
  await store?.close();
});

async function newContext(javaScriptEnabled = true): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', javaScriptEnabled });
  return { context, page: await context.newPage() };
}

describe('participation, from the form to the published result', () => {
  it('an entrant sends an entry with a .docx from the contest page (JavaScript on) and gets a receipt', { timeout: 120_000 }, async () => {
    const { context, page } = await newContext();
    await page.goto(nginx.url(`/cuoc-thi/${contest.slug.current}/`));
    const form = await fillEntry(page, { title: `Bài có tệp ${MARK}`, name: `Tác Giả Tệp ${MARK}`, school: PRIVATE.hiddenSchool, publish: [] });
    await form.locator(`[name="${ENTRY_FIELDS.file}"]`).setInputFiles({ name: 'bai-du-thi.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await docx('Thầy tôi dạy học ở bản.') });
    // A person takes more than the minimum fill time (5 s) to write; so does this test.
    await sleep(5_500);
    await form.locator('button[type="submit"]').last().click();
    await page.waitForURL(/\/tham-gia\/da-nhan\/\?ma=/, { timeout: 60_000 });
    const code = codeIn(await page.locator('main').innerText());
    expect(code).toBeDefined();
    codes.push(code!);
    await context.close();
  });

  it('another entrant sends a text entry with JavaScript off: one confirmation click, a receipt from the cookie', { timeout: 120_000 }, async () => {
    const { context, page } = await newContext(false);
    await page.goto(nginx.url(`/cuoc-thi/${contest.slug.current}/`));
    const form = await fillEntry(page, {
      title: `Thầy giáo vùng cao ${MARK}`,
      name: `Nguyễn Văn Đạt ${MARK}`,
      school: `Trường THCS Công Khai ${MARK}`,
      text: 'Thầy tôi đi bộ qua ba con suối để đến lớp mỗi sáng. '.repeat(20),
      publish: ['ten', 'truong', 'tinh', 'bai-viet'],
    });
    await form.locator('button[type="submit"]').last().click();
    await page.waitForLoadState();
    await page.getByRole('button', { name: 'Xác nhận gửi' }).click();
    await page.waitForURL(/\/tham-gia\/da-nhan\//, { timeout: 60_000 });
    await page.goto(nginx.url('/tham-gia/bien-nhan'));
    const code = codeIn(await page.locator('body').innerText());
    expect(code).toBeDefined();
    codes.push(code!);
    await context.close();
  });

  it('a reader nominates an exemplar; the entrant reads the status with the receipt code', { timeout: 120_000 }, async () => {
    const { context, page } = await newContext();
    await page.goto(nginx.url('/de-cu/'));
    const form = page.locator('form[action="/tham-gia/de-cu"]');
    const field = (name: string) => form.locator(`[name="${name}"]`);
    await field(NOMINATION_FIELDS.nomineeKind).first().check().catch(async () => field(NOMINATION_FIELDS.nomineeKind).selectOption('ca-nhan'));
    await field(NOMINATION_FIELDS.nomineeName).fill(`Cô giáo Lò Thị Mai ${MARK}`);
    await field(NOMINATION_FIELDS.nomineeUnit).fill('Trường Tiểu học Nậm Cang');
    await field(NOMINATION_FIELDS.nomineeProvince).selectOption({ index: 3 });
    await field(NOMINATION_FIELDS.achievements).fill('Mười năm dạy lớp ghép ở điểm trường xa nhất xã, vận động 40 em trở lại lớp.');
    await field(NOMINATION_FIELDS.nominatorName).fill(PRIVATE.nominator);
    await field(NOMINATION_FIELDS.email).fill(PRIVATE.email);
    await field(NOMINATION_FIELDS.consentProcessing).check();
    await field(NOMINATION_FIELDS.consentNominee).check();
    await sleep(5_500);
    await form.locator('button[type="submit"]').last().click();
    await page.waitForURL(/\/de-cu\/da-nhan\/\?ma=/, { timeout: 60_000 });
    expect(codeIn(await page.locator('main').innerText())).toBeDefined();

    await page.goto(nginx.url(`/tham-gia/tra-cuu?ma=${encodeURIComponent(codes[1]!)}`));
    const status = await page.locator('body').innerText();
    expect(status).toContain('Đã nhận');
    expect(status).toContain(`Thầy giáo vùng cao ${MARK}`.slice(0, 10));
    await page.goto(nginx.url('/tham-gia/tra-cuu?ma=GS-0000-0000-0000'));
    expect(await page.locator('body').innerText()).not.toContain('Đã nhận');
    await context.close();
  });

  it('the editor finds both entries on the desk, a judge scores one blind, the editor awards it and publishes the results', { timeout: 900_000 }, async () => {
    const editor = await newContext();
    await editor.page.goto(editorLink(deriveDeskSecret(SECRET), nginx.origin, clock.now()));
    await editor.page.getByRole('button', { name: 'Vào bàn chấm thi' }).click();
    await editor.page.goto(nginx.url(`/cham-thi/cuoc-thi/${encodeURIComponent(contest._id)}/`));
    const list = await editor.page.locator('main').innerText();
    expect(list).toContain(`Thầy giáo vùng cao ${MARK}`);
    expect(list).toContain(`Bài có tệp ${MARK}`);
    const entryLink = editor.page.getByRole('link', { name: `Thầy giáo vùng cao ${MARK}` });
    const entryUrl = nginx.url((await entryLink.getAttribute('href'))!);
    const setStatus = async (status: string, prize?: string) => {
      await editor.page.goto(entryUrl);
      await editor.page.locator('select[name="trang-thai"]').selectOption(status);
      if (prize) await editor.page.locator('select[name="giai"]').selectOption(prize);
      await editor.page.getByRole('button', { name: 'Lưu trạng thái' }).click();
      await editor.page.waitForLoadState();
    };
    await setStatus('hop-le');
    await setStatus('chung-khao');

    const { link } = await addJudge(store, { name: 'Giám khảo Một', contests: [contest._id], conflictSchools: [], conflictProvinces: [] }, nginx.origin);
    const judge = await newContext();
    await judge.page.goto(link);
    await judge.page.getByRole('button', { name: 'Vào bàn chấm thi' }).click();
    await judge.page.goto(nginx.url(`/cham-thi/cuoc-thi/${encodeURIComponent(contest._id)}/`));
    // Judges see a neutral code as the link, the title beside it.
    await judge.page.locator('tr', { hasText: `Thầy giáo vùng cao ${MARK}` }).getByRole('link').click();
    const blind = await judge.page.content();
    expect(blind).not.toContain(`Nguyễn Văn Đạt ${MARK}`);
    expect(blind).not.toContain(`Trường THCS Công Khai ${MARK}`);
    expect(blind).not.toContain(PRIVATE.email);
    for (const input of await judge.page.locator('input[type="number"]').all()) await input.fill(await input.getAttribute('max') ?? '10');
    await judge.page.getByRole('button', { name: 'Lưu điểm' }).click();
    await judge.page.waitForLoadState();

    await editor.page.goto(nginx.url(`/cham-thi/cuoc-thi/${encodeURIComponent(contest._id)}/xep-hang`));
    expect(await editor.page.locator('main').innerText()).toMatch(new RegExp(`Thầy giáo vùng cao ${MARK}[\\s\\S]*100`));
    await setStatus('dat-giai', honourPrize._key);

    const built = server.history().length;
    await editor.page.goto(nginx.url(`/cham-thi/cuoc-thi/${encodeURIComponent(contest._id)}/`));
    await editor.page.getByRole('button', { name: 'Công bố kết quả' }).click();
    await editor.page.waitForLoadState();
    await judge.context.close();
    await editor.context.close();
    // The results reach the site with the next build.
    while (server.history().length === built) await sleep(500);
    await server.idle();
    expect(server.history().at(-1)?.result).toBe('success');
  });

  it('the contest page, the honours register and open data show the result; nothing private is in the release', { timeout: 300_000 }, async () => {
    const { context, page } = await newContext();
    await page.goto(nginx.url(`/cuoc-thi/${contest.slug.current}/`));
    const contestPage = await page.locator('main').innerText();
    expect(contestPage).toContain(`Thầy giáo vùng cao ${MARK}`);
    expect(contestPage).toContain(`Nguyễn Văn Đạt ${MARK}`);
    expect(contestPage).toContain(honourPrize.title);
    // Received but not valid: not public.
    expect(contestPage).not.toContain(`Bài có tệp ${MARK}`);
    if (honourPrize.isHonour) {
      await page.goto(nginx.url('/bang-vang/'));
      expect(await page.locator('main').innerText()).toContain(`Nguyễn Văn Đạt ${MARK}`);
    }
    const openData = readFileSync(join(publishRoot, 'current', 'du-lieu-mo', 'ket-qua-cuoc-thi.json'), 'utf8');
    expect(openData).toContain(`Thầy giáo vùng cao ${MARK}`);
    await context.close();

    // Every file of the live release: HTML entities decoded, Pagefind's gzipped index inflated.
    const files = listFiles(join(publishRoot, 'current')).map((path) => ({ path, text: decodeEntities(fileText(path)).normalize('NFC') }));
    expect(files.length).toBeGreaterThan(100);
    // The decoding reaches the search index: the published entry's title is in it.
    expect(files.some(({ path, text }) => path.includes('pagefind') && text.includes(`Thầy giáo vùng cao ${MARK}`))).toBe(true);
    const leaks = files.flatMap(({ path, text }) =>
      [...Object.values(PRIVATE), ...codes, `Bài có tệp ${MARK}`, `Cô giáo Lò Thị Mai ${MARK}`].filter((marker) => text.includes(marker)).map((marker) => `${path}: ${marker}`),
    );
    expect(leaks).toEqual([]);
  });
});
