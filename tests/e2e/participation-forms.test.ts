// The participation forms in Chromium (issue 11), on the sample built with its clock inside the 2025
// sample contest (so its page carries the entry form) and served statically: inline Vietnamese
// validation, the word limit, a disguised file refused before upload, the child's representative
// fieldset, what is kept across a reload, the idempotency key kept for a retry, the receipt code on
// the confirmation page — and, with JavaScript off, a complete form the browser posts as it is.
// The site server's intake is not here (its answers are tested with the real server after merge):
// the static server answers a POST with 404, which is what "the server did not take it" looks like.
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { COMMON_FIELDS, CONFIRMATION_PAGES, ENTRY_FIELDS, INTAKE_PATHS, NOMINATION_FIELDS } from '../../schemas/participation/form-fields.ts';
import { sampleBuildAt } from '../helpers/sample-build.ts';
import { formatViolations, isolatedContext, launchChromium, runAxe, serveDir, type SiteServer } from './helpers/index.ts';

const OPEN_CLOCK = '2025-05-01T09:00:00+07:00';
interface Doc {
  _id: string;
  _type: string;
  [field: string]: unknown;
}
const dataset: Doc[] = readFileSync(fileURLToPath(new URL('../../site/dataset/data.ndjson', import.meta.url)), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Doc);
const contest = dataset.find((d) => d._type === 'contest' && String(d.opensAt).startsWith('2025-02-28'))!;
const CONTEST_URL = `/cuoc-thi/${(contest.slug as { current: string }).current}/`;
const MAX_WORDS = (contest.limits as { maxWords: number }).maxWords;
const VN_YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()));

let server: SiteServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  server = await serveDir((await sampleBuildAt(OPEN_CLOCK)).outDir);
  browser = await launchChromium();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

async function open(path: string, options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number }; bypassCSP?: boolean } = {}): Promise<Page> {
  const { context } = await isolatedContext(browser, server.origin, options);
  contexts.push(context);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
  });
  await page.goto(server.url(path));
  return page;
}

const field = (name: string) => `.participation-form [name="${name}"]`;
const SUBMIT = '.participation-form button[type="submit"]';
/** The message shown for a field (linked by aria-describedby), '' when none. */
const messageOf = (page: Page, name: string) =>
  page.$eval(field(name), (el) => {
    const ids = (el.getAttribute('aria-describedby') ?? '').split(' ');
    const error = ids.map((id) => document.getElementById(id)).find((p) => p?.classList.contains('field__error'));
    return error?.textContent ?? '';
  });

describe('entry form, JavaScript on', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(CONTEST_URL);
  });

  it('an empty submit lists every required field in Vietnamese, focuses the summary and links each message', async () => {
    const key = await page.inputValue(field(COMMON_FIELDS.idempotencyKey));
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await page.click(SUBMIT);
    const summary = page.locator('[data-error-summary]');
    await summary.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
    const items = await summary.locator('li').allTextContents();
    expect(items).toEqual(
      expect.arrayContaining([
        'Xin nhập tên tác phẩm.',
        'Xin nhập họ và tên.',
        'Xin nhập năm sinh.',
        'Xin chọn vai trò.',
        'Xin chọn tỉnh, thành phố.',
        'Xin đánh dấu ô sự đồng ý xử lý dữ liệu để gửi.',
        'Xin dán nội dung bài viết hoặc đính kèm tệp tác phẩm.',
        'Xin nhập thư điện tử hoặc số điện thoại để Ban tổ chức liên hệ.',
      ]),
    );
    expect(await messageOf(page, ENTRY_FIELDS.title)).toBe('Lỗi: Xin nhập tên tác phẩm.');
    expect(await page.getAttribute(field(ENTRY_FIELDS.title), 'aria-invalid')).toBe('true');
    // A summary link takes the reader to the field.
    await summary.locator('a', { hasText: 'Xin nhập họ và tên.' }).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(ENTRY_FIELDS.name);
    // Nothing was sent.
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    // Correcting a field clears its message as the reader types.
    await page.fill(field(ENTRY_FIELDS.title), 'Thầy tôi');
    expect(await messageOf(page, ENTRY_FIELDS.title)).toBe('');
  });

  it('checks on blur: a malformed e-mail, a birth year out of range', async () => {
    await page.fill(field(ENTRY_FIELDS.email), 'khong-phai-email');
    await page.locator(field(ENTRY_FIELDS.email)).blur();
    expect(await messageOf(page, ENTRY_FIELDS.email)).toMatch(/^Lỗi: Thư điện tử chưa đúng dạng/);
    await page.fill(field(ENTRY_FIELDS.email), 'an@example.vn');
    await page.locator(field(ENTRY_FIELDS.email)).blur();
    expect(await messageOf(page, ENTRY_FIELDS.email)).toBe('');
    await page.fill(field(ENTRY_FIELDS.birthYear), '1800');
    await page.locator(field(ENTRY_FIELDS.birthYear)).blur();
    expect(await messageOf(page, ENTRY_FIELDS.birthYear)).toMatch(/^Lỗi: Năm sinh phải từ \d{4} đến \d{4}\.$/);
  });

  it('counts words against the contest limit and refuses a text over it', async () => {
    const words = Array.from({ length: MAX_WORDS + 3 }, (_, i) => `chữ${i}`).join(' ');
    await page.fill(field(ENTRY_FIELDS.text), words);
    const n = new Intl.NumberFormat('vi-VN');
    expect(await page.textContent('[data-word-count]')).toBe(`Đã viết ${n.format(MAX_WORDS + 3)} / ${n.format(MAX_WORDS)} chữ — vượt 3 chữ.`);
    await page.locator(field(ENTRY_FIELDS.text)).blur();
    expect(await messageOf(page, ENTRY_FIELDS.text)).toBe(`Lỗi: Bài viết có ${n.format(MAX_WORDS + 3)} chữ, vượt giới hạn ${n.format(MAX_WORDS)} chữ của cuộc thi.`);
    await page.fill(field(ENTRY_FIELDS.text), 'Một hai ba bốn năm.');
    await page.locator(field(ENTRY_FIELDS.text)).blur();
    expect(await messageOf(page, ENTRY_FIELDS.text)).toBe('');
  });

  it('refuses a disguised file by its bytes and an oversized one, accepts a real PDF', async () => {
    await page.setInputFiles(field(ENTRY_FIELDS.file), { name: 'bai-du-thi.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<!doctype html><script>alert(1)</script>') });
    await expect.poll(() => messageOf(page, ENTRY_FIELDS.file)).toMatch(/^Lỗi: Tệp “bai-du-thi\.pdf” không phải là tệp .*PDF.* thật/);
    await page.setInputFiles(field(ENTRY_FIELDS.file), { name: 'bai-du-thi.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n') });
    await expect.poll(() => messageOf(page, ENTRY_FIELDS.file)).toBe('');
    // A real PDF over the size limit (20 MB by default) is refused before any upload.
    // A file on disk (sparse), so the browser reads it in place instead of receiving 21 MB over the protocol.
    const dir = mkdtempSync(join(tmpdir(), 'gs-forms-'));
    const big = join(dir, 'ban-scan.pdf');
    writeFileSync(big, '%PDF-1.4\n');
    truncateSync(big, 21 * 1024 * 1024);
    await page.setInputFiles(field(ENTRY_FIELDS.file), big);
    await expect.poll(() => messageOf(page, ENTRY_FIELDS.file)).toBe('Lỗi: Tệp “ban-scan.pdf” nặng 21 MB, quá giới hạn 20 MB.');
    rmSync(dir, { recursive: true, force: true });
    await page.setInputFiles(field(ENTRY_FIELDS.file), []);
    await expect.poll(() => messageOf(page, ENTRY_FIELDS.file)).toBe('');
  });

  it('shows the representative fieldset for a child only, and the child’s own consent from 7', async () => {
    const fieldset = page.locator('fieldset[data-child-fieldset]');
    await page.fill(field(ENTRY_FIELDS.birthYear), '1990');
    expect(await fieldset.isVisible()).toBe(false);
    const childYear = VN_YEAR - 10; // youngest possible age 9: under 16 and at least 7
    await page.fill(field(ENTRY_FIELDS.birthYear), String(childYear));
    expect(await fieldset.isVisible()).toBe(true);
    expect(await page.isVisible(field(ENTRY_FIELDS.consentChild))).toBe(true);
    await page.fill(field(ENTRY_FIELDS.birthYear), String(VN_YEAR - 5)); // under 7: the representative alone
    expect(await fieldset.isVisible()).toBe(true);
    expect(await page.isVisible(field(ENTRY_FIELDS.consentChild))).toBe(false);
    // For a child, the representative's details are required on submit.
    await page.fill(field(ENTRY_FIELDS.birthYear), String(childYear));
    await page.click(SUBMIT);
    const items = await page.locator('[data-error-summary] li').allTextContents();
    expect(items).toEqual(expect.arrayContaining(['Người dự thi dưới 16 tuổi: xin nhập họ và tên người đại diện.', 'Xin nhập thư điện tử hoặc số điện thoại của người đại diện.']));
    await page.fill(field(ENTRY_FIELDS.birthYear), '1990');
    expect(await fieldset.isVisible()).toBe(false);
    expect(await page.$eval('fieldset[data-child-fieldset]', (el) => (el as HTMLFieldSetElement).disabled)).toBe(true);
  });

  it('keeps typed text (not contact details) across a reload', async () => {
    await page.fill(field(ENTRY_FIELDS.title), 'Người thầy của bản');
    await page.fill(field(ENTRY_FIELDS.school), 'Trường Tiểu học Hoa Ban');
    await page.fill(field(ENTRY_FIELDS.email), 'an@example.vn');
    await page.reload();
    expect(await page.inputValue(field(ENTRY_FIELDS.title))).toBe('Người thầy của bản');
    expect(await page.inputValue(field(ENTRY_FIELDS.school))).toBe('Trường Tiểu học Hoa Ban');
    expect(await page.inputValue(field(ENTRY_FIELDS.email))).toBe('');
  });

  it('a send the server does not take keeps everything and retries with the same key', async () => {
    await page.fill(field(ENTRY_FIELDS.title), 'Người thầy của bản');
    await page.fill(field(ENTRY_FIELDS.text), 'Thầy đi bộ mười cây số mỗi sáng để dạy chúng em.');
    await page.fill(field(ENTRY_FIELDS.name), 'Lò Thị Mai');
    await page.fill(field(ENTRY_FIELDS.birthYear), '1990');
    await page.selectOption(field(ENTRY_FIELDS.role), 'giao-vien');
    await page.selectOption(field(ENTRY_FIELDS.province), 'lai-chau');
    await page.fill(field(ENTRY_FIELDS.email), 'mai@example.vn');
    await page.check(field(ENTRY_FIELDS.consentProcessing));
    const posts: Request[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r);
    });
    const key = await page.inputValue(field(COMMON_FIELDS.idempotencyKey));
    await page.click(SUBMIT);
    const retry = page.locator('[data-form-retry]');
    await retry.waitFor({ state: 'visible' });
    expect(await page.textContent('[data-form-status]')).toMatch(/^Chưa gửi được .*vẫn còn nguyên.*Gửi lại/);
    await retry.click();
    await expect.poll(() => posts.length).toBe(2);
    await retry.waitFor({ state: 'visible' });
    for (const post of posts) {
      expect(new URL(post.url()).pathname).toBe(INTAKE_PATHS.entry);
      expect(post.headers()['accept']).toBe('application/json');
      expect(post.headers()['content-type']).toMatch(/^multipart\/form-data/);
      const body = post.postDataBuffer()?.toString('utf8') ?? '';
      expect(body).toContain(`name="${COMMON_FIELDS.idempotencyKey}"\r\n\r\n${key}\r\n`);
      expect(body).toContain(`name="${ENTRY_FIELDS.contest}"\r\n\r\n${contest._id}\r\n`);
      expect(body).toContain('Người thầy của bản');
    }
    // Nothing typed was lost.
    expect(await page.inputValue(field(ENTRY_FIELDS.name))).toBe('Lò Thị Mai');
    expect(await page.inputValue(field(ENTRY_FIELDS.email))).toBe('mai@example.vn');
    expect(await page.isChecked(field(ENTRY_FIELDS.consentProcessing))).toBe(true);
  });
});

describe('entry form, JavaScript off', () => {
  it('is complete and the browser posts it to the intake as multipart', async () => {
    const page = await open(CONTEST_URL, { javaScriptEnabled: false });
    const form = page.locator(`form[action="${INTAKE_PATHS.entry}"]`);
    expect(await form.getAttribute('method')).toBe('post');
    expect(await form.getAttribute('enctype')).toBe('multipart/form-data');
    for (const name of Object.values(ENTRY_FIELDS)) expect(await form.locator(`[name="${name}"]`).count(), name).toBeGreaterThan(0);
    // The representative's fieldset is there and usable; the honeypot is not visible.
    expect(await page.isVisible('fieldset[data-child-fieldset]')).toBe(true);
    expect(await page.isEnabled(field(ENTRY_FIELDS.representativeName))).toBe(true);
    expect(await page.locator(field(COMMON_FIELDS.honeypot)).boundingBox().then((b) => (b ? b.x + b.width : 0))).toBeLessThanOrEqual(1);
    await page.fill(field(ENTRY_FIELDS.title), 'Người thầy của bản');
    await page.fill(field(ENTRY_FIELDS.name), 'Lò Thị Mai');
    await page.fill(field(ENTRY_FIELDS.birthYear), '1990');
    await page.selectOption(field(ENTRY_FIELDS.role), 'giao-vien');
    await page.selectOption(field(ENTRY_FIELDS.province), 'lai-chau');
    await page.check(field(ENTRY_FIELDS.consentProcessing));
    const [request] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST'), page.click(SUBMIT)]);
    expect(new URL(request.url()).pathname).toBe(INTAKE_PATHS.entry);
    expect(request.headers()['content-type']).toMatch(/^multipart\/form-data/);
    expect(request.postDataBuffer()?.toString('utf8')).toContain(`name="${ENTRY_FIELDS.consentProcessing}"\r\n\r\nco\r\n`);
  });
});

describe('nomination form, confirmation page', () => {
  it('nomination: required fields in Vietnamese; the nominee’s consent is required for a person only', async () => {
    const page = await open('/de-cu/');
    await page.click(SUBMIT);
    const items = await page.locator('[data-error-summary] li').allTextContents();
    expect(items).toEqual(expect.arrayContaining(['Xin chọn cá nhân hay tập thể.', 'Xin nhập tên người hoặc tập thể được đề cử.', 'Xin nhập những việc người được đề cử đã làm.', 'Xin nhập họ và tên của bạn.']));
    await page.selectOption(field(NOMINATION_FIELDS.nomineeKind), 'ca-nhan');
    await page.click(SUBMIT);
    expect(await messageOf(page, NOMINATION_FIELDS.consentNominee)).toBe('Lỗi: Xin đánh dấu ô sự đồng ý của người được đề cử để gửi.');
    await page.selectOption(field(NOMINATION_FIELDS.nomineeKind), 'tap-the');
    await page.click(SUBMIT);
    expect(await messageOf(page, NOMINATION_FIELDS.consentNominee)).toBe('');
    await page.fill(field(NOMINATION_FIELDS.evidenceLinks), 'https://example.vn/bai-bao\njavascript:alert(1)');
    await page.locator(field(NOMINATION_FIELDS.evidenceLinks)).blur();
    expect(await messageOf(page, NOMINATION_FIELDS.evidenceLinks)).toMatch(/^Lỗi: Liên kết “javascript:alert\(1\)” chưa đúng/);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toHaveLength(0);
  });

  it('confirmation: a well-formed code is shown as text and completes the status link; anything else is not', async () => {
    const page = await open(`${CONFIRMATION_PAGES.entry}?ma=gs-7k3m-q9zx-04ab`);
    expect(await page.textContent('[data-receipt-code]')).toBe('GS-7K3M-Q9ZX-04AB');
    expect(await page.isVisible('[data-receipt-found]')).toBe(true);
    const status = new URL((await page.getAttribute('a[data-receipt-status-link]', 'href'))!, server.origin);
    expect(`${status.pathname}${status.search}`).toBe(`${INTAKE_PATHS.status}?ma=GS-7K3M-Q9ZX-04AB`);
    const hostile = encodeURIComponent('<img src=x onerror="document.title=1">');
    await page.goto(server.url(`${CONFIRMATION_PAGES.nomination}?ma=${hostile}`));
    expect(await page.isVisible('[data-receipt-found]')).toBe(false);
    expect(await page.textContent('[data-receipt-code]')).toBe('');
    expect(await page.locator('main img').count()).toBe(0);
    // Without a code the status link goes to the hub's lookup form (a static page).
    expect(await page.getAttribute('a[data-receipt-status-link]', 'href')).toBe('/tham-gia/#tra-cuu');
    expect(await page.getAttribute(`main a[href="${INTAKE_PATHS.receipt}"]`, 'href')).toBe(INTAKE_PATHS.receipt);
  });

  it('the form script runs under the page’s own CSP (bundled script, ticket request, validation) with no violation', async () => {
    const page = await open(CONTEST_URL, { bypassCSP: false });
    await expect.poll(() => page.inputValue(field(COMMON_FIELDS.idempotencyKey))).toMatch(/^[0-9a-f-]{36}$/);
    await page.click(SUBMIT);
    await page.locator('[data-error-summary]').waitFor({ state: 'visible' });
    // The script asked for a ticket (the static server has none to give).
    expect(server.requests.some((r) => r.url === INTAKE_PATHS.ticket)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });

  it('the contest page with its form passes axe and fits a 320 px phone', async () => {
    const page = await open(CONTEST_URL, { viewport: { width: 320, height: 640 } });
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toHaveLength(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
