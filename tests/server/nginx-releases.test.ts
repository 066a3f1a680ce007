// Real nginx with the production config (deploy/nginx/guong-sang.conf) in front of a temporary
// PUBLISH_ROOT: releases are switched with the release store while a bounded request loop keeps
// nginx busy — no request fails and every body is exactly one release's file. Then the config's
// headers, compression, 404 page, dotfile refusal and proxied server paths.
import { createServer, request, Agent, type IncomingHttpHeaders, type Server } from 'node:http';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReleaseStore, type ReleaseStore } from '../../server/src/releases.ts';
import { startNginx, type RunningNginx } from '../../deploy/nginx/local.ts';

const RELEASES = 6; // the first one live, then 5 switches
const ASTRO_FILE = '_astro/app.3fa1b2c4.js';
const PAGEFIND_HASHED = 'pagefind/fragment/vi_5e1f0a9c2b.pf_fragment';
const PAGEFIND_NAMED = 'pagefind/pagefind.js';
// The archive bundle of older stories (site/src/lib/search/bundles.ts) is cached by the same rules.
const ARCHIVE_HASHED = 'pagefind-luu-tru/index/vi_0c1d2e3f4a.pf_index';
const ARCHIVE_NAMED = 'pagefind-luu-tru/pagefind.js';
const NOT_FOUND_TEXT = 'Không tìm thấy trang';
const SECRET = 'SANITY_READ_TOKEN=must-never-be-served';

let publishRoot: string;
let outside: string;
let store: ReleaseStore;
let nginx: RunningNginx;
let upstream: Server;
const releaseIds: string[] = [];
/** release index → relative file path → exact bytes written. */
const files: Map<string, Buffer>[] = [];
const upstreamSeen: { method: string; url: string; bytes: number; forwardedFor?: string }[] = [];

/** A page of the given release, padded to a length of its own (so a truncated or mixed body cannot match). */
function page(release: number, name: string, extra = ''): string {
  const filler = `Đây là trang ${name} của bản phát hành số ${release}. `.repeat(40 + release * 7);
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><title>${name}</title><main data-release="${release}">${extra}<p>${filler}</p></main>`;
}

function writeRelease(dir: string, release: number): Map<string, Buffer> {
  const content = new Map<string, Buffer>([
    ['index.html', Buffer.from(page(release, 'trang chủ'))],
    ['bai-viet/a/index.html', Buffer.from(page(release, 'bài viết A'))],
    ['404.html', Buffer.from(page(release, '404', `<h1>${NOT_FOUND_TEXT}</h1>`))],
    // Hashed names: identical in every release, as in real builds.
    [ASTRO_FILE, Buffer.from(`console.log(${JSON.stringify('x'.repeat(2000))});\n`)],
    [PAGEFIND_HASHED, Buffer.from([0x1f, 0x8b, 1, 2, 3, 4])],
    [PAGEFIND_NAMED, Buffer.from(`export const release = ${release};\n`)],
    [ARCHIVE_HASHED, Buffer.from([0x1f, 0x8b, 5, 6, 7, 8])],
    [ARCHIVE_NAMED, Buffer.from(`export const archive = ${release};\n`)],
    ['.env', Buffer.from(`${SECRET}\n`)],
    ['.git/config', Buffer.from(`[core] ${SECRET}\n`)],
  ]);
  for (const [path, bytes] of content) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  // A symlink inside a release must not be followed (disable_symlinks … from=$document_root).
  symlinkSync(join(outside, 'secret.html'), join(dir, 'bai-viet', 'lien-ket.html'));
  return content;
}

interface Got {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const agent = new Agent({ keepAlive: true, maxSockets: 8 });

function get(path: string, headers: Record<string, string> = {}, options: { method?: string; body?: Buffer; localAddress?: string } = {}): Promise<Got> {
  return new Promise((resolveGot, reject) => {
    const req = request(
      nginx.url(path),
      { method: options.method ?? 'GET', headers, agent: options.localAddress ? undefined : agent, localAddress: options.localAddress },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolveGot({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function decoded(got: Got): Buffer {
  const encoding = got.headers['content-encoding'];
  if (encoding === 'gzip') return gunzipSync(got.body);
  if (encoding === 'br') return brotliDecompressSync(got.body);
  if (encoding) throw new Error(`unexpected content-encoding ${encoding}`);
  return got.body;
}

beforeAll(async () => {
  publishRoot = mkdtempSync(join(tmpdir(), 'guong-sang-publish-'));
  outside = mkdtempSync(join(tmpdir(), 'guong-sang-outside-'));
  writeFileSync(join(outside, 'secret.html'), SECRET);
  // nginx's workers run as `nobody` when the tests run as root: let them read (as www-data would).
  for (const dir of [publishRoot, outside]) chmodSync(dir, 0o755);
  store = createReleaseStore(publishRoot);
  const start = Date.UTC(2026, 11, 2, 0, 0, 0);
  for (let i = 0; i < RELEASES; i++) {
    const { id, dir } = await store.stage(new Date(start + i * 60_000));
    files.push(writeRelease(dir, i));
    await store.commit(id);
    releaseIds.push(id);
  }
  await store.activate(releaseIds[0] ?? '');
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const forwarded = req.headers['x-forwarded-for'];
      upstreamSeen.push({ method: req.method ?? '', url: req.url ?? '', bytes: Buffer.concat(chunks).length, forwardedFor: typeof forwarded === 'string' ? forwarded : undefined });
      if (req.url === '/status') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ standIn: true }));
      } else if (req.url === '/webhooks/sanity' && req.method === 'POST') {
        res.writeHead(202, { 'content-type': 'application/json' }).end('{"accepted":true}');
      } else if (req.url?.startsWith('/tham-gia/') || req.url?.startsWith('/cham-thi/')) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end('<p>máy chủ</p>');
      } else if (req.url?.startsWith('/xem-truoc/')) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end('<p>xem trước</p>');
      } else {
        res.writeHead(500).end();
      }
    });
  });
  await new Promise<void>((ok) => upstream.listen(0, '127.0.0.1', ok));
  const address = upstream.address();
  if (!address || typeof address === 'string') throw new Error('no upstream address');
  nginx = await startNginx({ root: store.currentLink, upstream: `127.0.0.1:${address.port}` });
}, 60_000);

afterAll(async () => {
  agent.destroy();
  await nginx?.stop();
  await new Promise((ok) => upstream?.close(ok));
  rmSync(publishRoot, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('nginx in front of PUBLISH_ROOT/current', () => {
  it('serves every request whole from one release while current is switched 5 times under load', async () => {
    // [path, request headers, expected status, file the body must equal]
    const targets: [string, Record<string, string>, number, string][] = [
      ['/', {}, 200, 'index.html'],
      ['/bai-viet/a/', {}, 200, 'bai-viet/a/index.html'],
      ['/bai-viet/a/', { 'accept-encoding': 'gzip' }, 200, 'bai-viet/a/index.html'],
      ['/', { 'accept-encoding': 'br, gzip' }, 200, 'index.html'],
      ['/khong-co-trang-nay/', { 'accept-encoding': 'gzip' }, 404, '404.html'],
      [`/${ASTRO_FILE}`, {}, 200, ASTRO_FILE],
    ];
    const served = new Array<number>(RELEASES).fill(0);
    const failures: string[] = [];
    const partial: string[] = [];
    const encodings = new Set<string>();
    let total = 0;
    let stop = false;
    const MAX_REQUESTS = 40_000; // the loop is bounded even if something goes wrong

    const worker = async (w: number) => {
      for (let n = w; !stop && total < MAX_REQUESTS; n++) {
        const [path, headers, status, file] = targets[n % targets.length]!;
        total++;
        let got: Got;
        try {
          got = await get(path, headers);
        } catch (error) {
          failures.push(`${path}: ${String(error)}`);
          continue;
        }
        if (got.status !== status) {
          failures.push(`${path}: HTTP ${got.status}`);
          continue;
        }
        encodings.add(String(got.headers['content-encoding'] ?? 'identity'));
        const body = decoded(got);
        const release = files.findIndex((content) => content.get(file)?.equals(body));
        if (release < 0) partial.push(`${path}: ${body.length} bytes match no release`);
        else if (file !== ASTRO_FILE) served[release]!++;
      }
    };
    /** Waits (bounded by request count, not by time) until release `i` has been served `count` times. */
    const awaitServed = async (i: number, count: number) => {
      const limit = total + 5_000;
      while ((served[i] ?? 0) < count && total < limit && failures.length === 0) await sleep(2);
    };

    const workers = Array.from({ length: 8 }, (_, w) => worker(w));
    await awaitServed(0, 200);
    for (let i = 1; i < RELEASES; i++) {
      await store.activate(releaseIds[i]!);
      await awaitServed(i, 200);
    }
    stop = true;
    await Promise.all(workers);

    expect(failures.slice(0, 5)).toEqual([]);
    expect(partial.slice(0, 5)).toEqual([]);
    for (let i = 0; i < RELEASES; i++) expect(served[i], `bản phát hành ${i} chưa từng được phục vụ`).toBeGreaterThanOrEqual(200);
    expect([...encodings].sort()).toEqual(['br', 'gzip', 'identity']);
    expect((await store.live())?.id).toBe(releaseIds[RELEASES - 1]);
    expect(nginx.errorLog()).not.toMatch(/\[(crit|alert|emerg)\]/);
  });

  it('caches hashed assets for a year and revalidates HTML', async () => {
    const cache = async (path: string) => (await get(path)).headers['cache-control'];
    expect(await cache('/')).toBe('no-cache');
    expect(await cache('/bai-viet/a/')).toBe('no-cache');
    expect(await cache('/khong-co-trang-nay/')).toBe('no-cache'); // the 404 page
    expect(await cache(`/${ASTRO_FILE}`)).toBe('public, max-age=31536000, immutable');
    expect(await cache(`/${PAGEFIND_HASHED}`)).toBe('public, max-age=31536000, immutable');
    expect(await cache(`/${PAGEFIND_NAMED}`)).toBe('public, max-age=300');
    expect(await cache(`/${ARCHIVE_HASHED}`)).toBe('public, max-age=31536000, immutable');
    expect(await cache(`/${ARCHIVE_NAMED}`)).toBe('public, max-age=300');
  });

  it('sends the security headers and a CSP header that only adds what a meta tag cannot carry', async () => {
    for (const path of ['/', '/khong-co-trang-nay/', `/${ASTRO_FILE}`]) {
      const { headers } = await get(path);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
      const csp = String(headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/script-src|style-src|default-src|unsafe-inline/);
      expect(headers.server).toBe('nginx'); // server_tokens off: no version
    }
  });

  it('compresses text with gzip and brotli', async () => {
    const file = files[RELEASES - 1]!.get('bai-viet/a/index.html')!;
    const gz = await get('/bai-viet/a/', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gz.body.length).toBeLessThan(file.length / 4);
    expect(gunzipSync(gz.body).equals(file)).toBe(true);
    const br = await get('/bai-viet/a/', { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(file)).toBe(true);
    const js = await get(`/${ASTRO_FILE}`, { 'accept-encoding': 'gzip' });
    expect(js.headers['content-encoding']).toBe('gzip');
    const plain = await get('/bai-viet/a/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(file)).toBe(true);
  });

  it('answers a missing page with the Vietnamese 404 page and status 404', async () => {
    const got = await get('/khong-co-trang-nay/');
    expect(got.status).toBe(404);
    expect(got.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(got.body.equals(files[RELEASES - 1]!.get('404.html')!)).toBe(true);
    expect(got.body.toString()).toContain(NOT_FOUND_TEXT);
  });

  it('redirects a page without its trailing slash with a relative Location', async () => {
    const got = await get('/bai-viet/a');
    expect(got.status).toBe(301);
    expect(got.headers.location).toBe('/bai-viet/a/');
  });

  it('refuses dotfiles and symlinks inside a release', async () => {
    for (const path of ['/.env', '/.git/config', '/bai-viet/.././.env', '/bai-viet/lien-ket.html']) {
      const got = await get(path);
      expect([403, 404], `${path} → ${got.status}`).toContain(got.status);
      expect(got.body.toString()).not.toContain(SECRET);
    }
    expect((await get('/.env')).status).toBe(404);
  });

  it('proxies /status from loopback only', async () => {
    const seen = upstreamSeen.length;
    const local = await get('/status');
    expect(local.status).toBe(200);
    expect(JSON.parse(local.body.toString())).toEqual({ standIn: true });
    expect(local.headers['cache-control']).toBeUndefined();
    const other = await get('/status', {}, { localAddress: '127.0.0.2' }); // any address but 127.0.0.1/::1
    expect(other.status).toBe(403);
    expect(upstreamSeen.slice(seen).map((r) => r.url)).toEqual(['/status']);
  });

  it('proxies the webhook with a 1 MB body limit and a rate limit', async () => {
    const seen = upstreamSeen.length;
    const body = Buffer.from(JSON.stringify({ _id: 'story-1', text: 'é'.repeat(1000) }));
    const ok = await get('/webhooks/sanity', { 'content-type': 'application/json' }, { method: 'POST', body });
    expect(ok.status).toBe(202);
    expect(upstreamSeen.slice(seen)).toEqual([{ method: 'POST', url: '/webhooks/sanity', bytes: body.length, forwardedFor: '127.0.0.1' }]);
    const big = await get('/webhooks/sanity', { 'content-type': 'application/json' }, { method: 'POST', body: Buffer.alloc(1024 * 1024 + 1, 0x20) });
    expect(big.status).toBe(413);
    expect(upstreamSeen.slice(seen)).toHaveLength(1);
    // A burst: the first ones pass (burst=30), then nginx answers 429 without bothering the server.
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await get('/webhooks/sanity', {}, { method: 'POST', body })).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 202 && s !== 429)).toEqual([]);
    expect(upstreamSeen.slice(seen).length).toBe(1 + statuses.filter((s) => s === 202).length);
  });

  it('proxies previews and keeps the server’s own Cache-Control', async () => {
    const got = await get('/xem-truoc/bai-viet/abc/?token=x');
    expect(got.status).toBe(200);
    expect(got.body.toString()).toBe('<p>xem trước</p>');
    expect(got.headers['cache-control']).toBe('no-store');
    expect(got.headers['x-frame-options']).toBe('DENY');
  });
});

describe('participation paths', () => {
  it('proxies the intake paths and the judges\' desk, keeps /tham-gia/ pages static, limits intake POSTs', async () => {
    const seen = upstreamSeen.length;
    for (const path of ['/tham-gia/phieu', '/tham-gia/tra-cuu?ma=GS-0000-0000-0000', '/tham-gia/bien-nhan', '/tham-gia/giao-dien.css', '/cham-thi/']) {
      const got = await get(path);
      expect([path, got.status, got.body.toString()]).toEqual([path, 200, '<p>máy chủ</p>']);
      expect(got.headers['cache-control']).toBe('no-store');
    }
    // A static page under /tham-gia/ (the confirmation page) is not the server's.
    expect((await get('/tham-gia/da-nhan/')).status).toBe(404);
    const body = Buffer.alloc(2 * 1024 * 1024, 0x61);
    const post = await get('/tham-gia/bai-du-thi', { 'content-type': 'application/octet-stream' }, { method: 'POST', body });
    expect(post.status).toBe(200);
    expect(upstreamSeen.slice(seen).map((r) => r.url)).toEqual(['/tham-gia/phieu', '/tham-gia/tra-cuu?ma=GS-0000-0000-0000', '/tham-gia/bien-nhan', '/tham-gia/giao-dien.css', '/cham-thi/', '/tham-gia/bai-du-thi']);
    expect(upstreamSeen.at(-1)?.bytes).toBe(body.length);
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await get('/tham-gia/de-cu', {}, { method: 'POST', body: Buffer.from('a=1') })).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
  });
});

it('the production config keeps nginx resolving `current` per request', () => {
  const conf = readFileSync(join(import.meta.dirname, '../../deploy/nginx/guong-sang.conf'), 'utf8');
  expect(conf).not.toMatch(/^\s*open_file_cache\s+(?!off)/m);
  expect(conf).toMatch(/^\s*root \/var\/lib\/guong-sang\/publish\/current;$/m);
  expect(conf).toMatch(/^\s*disable_symlinks on from=\$document_root;$/m);
});
