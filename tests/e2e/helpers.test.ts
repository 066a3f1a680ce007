// The e2e helper itself: the local server behaves like the production host, Chromium starts, axe runs.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, listPages, patternOf, runAxe, serveDir, useSite, type SiteServer } from './helpers/index.ts';

describe('serveDir', () => {
  let dir: string;
  let server: SiteServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gs-serve-'));
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    mkdirSync(join(dir, 'pagefind', 'index'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>');
    writeFileSync(join(dir, 'a', 'b', 'index.html'), '<!doctype html><title>ab</title>');
    writeFileSync(join(dir, '404.html'), '<!doctype html><title>không tìm thấy</title>');
    writeFileSync(join(dir, 'x.webp'), 'w');
    writeFileSync(join(dir, 'x.avif'), 'a');
    writeFileSync(join(dir, 'pagefind', 'pagefind.vi_abc.pf_meta'), 'm');
    writeFileSync(join(dir, 'pagefind', 'index', 'vi_1.pf_index'), 'i');
    writeFileSync(join(dir, 'pagefind', 'wasm.vi.pagefind'), 'p');
    server = await serveDir(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const get = (path: string) => fetch(server.url(path), { redirect: 'manual' });

  it('listens on 127.0.0.1 and serves directory indexes', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await get('/a/b/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>ab</title>');
  });
  it('redirects a directory without its trailing slash, keeping the query', async () => {
    const res = await get('/a/b?q=1');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/a/b/?q=1');
  });
  it('answers unknown paths with 404.html and status 404, and refuses to leave the root', async () => {
    const res = await get('/khong-co/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('không tìm thấy');
    expect((await get('/../../etc/passwd')).status).not.toBe(200);
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).not.toBe(200);
  });
  it('sends the right content types', async () => {
    expect((await get('/x.webp')).headers.get('content-type')).toBe('image/webp');
    expect((await get('/x.avif')).headers.get('content-type')).toBe('image/avif');
    for (const path of ['/pagefind/pagefind.vi_abc.pf_meta', '/pagefind/index/vi_1.pf_index', '/pagefind/wasm.vi.pagefind']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe('application/octet-stream');
    }
    expect(server.requests.some((r) => r.url === '/x.webp' && r.status === 200)).toBe(true);
  });
});

describe('patternOf', () => {
  it('groups URLs by shape', () => {
    expect(patternOf('/')).toBe('/');
    expect(patternOf('/bai-viet/duong-den-truong/')).toBe('/bai-viet/*');
    expect(patternOf('/chuyen-muc/goc-nhin/trang/2/')).toBe('/chuyen-muc/*/trang/*');
    expect(patternOf('/guong-dien-hinh/tinh/ha-noi/')).toBe('/guong-dien-hinh/tinh/*');
    expect(patternOf('/404.html')).toBe('404');
  });
});

describe('useSite + runAxe', () => {
  const site = useSite();
  it('lists the built pages', () => {
    const types = new Set(listPages(site.dist).map((p) => p.type));
    expect(types).toContain('home');
    expect(types).toContain('story');
  });
  it('opens the home page in Chromium with no outside requests', async () => {
    const { page, blocked } = await site.open('/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(blocked).toEqual([]);
  });
  it('axe finds a violation planted in a page (the check can fail)', async () => {
    const { page } = await site.open('/');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main')?.append(img);
    });
    const violations = await runAxe(page);
    expect(violations.map((v) => v.id), formatViolations(violations)).toContain('image-alt');
  });
});
