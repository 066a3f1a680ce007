// What a reader's search costs in bytes: /tim-kiem/?q=… of a built site opened in Chromium (one
// fresh context per query, so nothing is cached), and every file fetched from the search bundles
// (/pagefind/ and the archive /pagefind-luu-tru/, lib/search/bundles.ts) counted at
// the size a CDN sends it — JavaScript gzipped (level 6), Pagefind's index files (.pf_meta,
// .pf_index, .pf_filter, .pf_fragment, the wasm) as stored, since Pagefind writes them gzipped.
// Used by `pnpm bench`, and on its own to iterate on the index without rebuilding the site:
//   node scripts/bench/search-transfer.ts site/.cache/bench/dist-10000 ["hai từ" | "?q=…&nam=2023" …] [--older]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadSyllables } from './zipf-text.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webp': 'image/webp',
};

export interface SearchStats {
  query: string;
  via: string;
  requests: number;
  /** Bytes of the /pagefind/ files as sent (compressed), headers excluded. */
  bytes: number;
  results: number;
  /** Bytes per kind of file: pagefind.js, wasm, pf_meta, index, filter, fragment; archive files prefixed "lưu trữ ". */
  byKind: Record<string, number>;
  /** Requests to the archive bundle. */
  archiveRequests: number;
}

const BUNDLE_PATH = /\/(pagefind(?:-luu-tru)?)\//;

/**
 * Typical two-word reader queries for the dataset's Zipf vocabulary: each pairs a common syllable
 * (rank 20–100, in a large share of the stories) with an ordinary one (rank 300–1,500, in a few
 * percent), so each query matches a small share of pages, as real queries do. The first is the
 * bench's historical query (ranks 50 and 500). Deterministic for a given syllable order.
 */
export function typicalQueries(syllables = loadSyllables()): string[] {
  const ranks: Array<[number, number]> = [
    [50, 500],
    [20, 1500],
    [100, 300],
    [70, 900],
  ];
  return ranks.map(([common, ordinary]) => `${syllables[common]} ${syllables[ordinary]}`);
}

const kindOf = (url: string): string => {
  const pathname = new URL(url).pathname;
  const bundle = BUNDLE_PATH.exec(pathname)?.[1];
  const prefix = bundle === 'pagefind-luu-tru' ? 'lưu trữ ' : '';
  const name = bundle ? pathname.slice(pathname.indexOf(`/${bundle}/`) + bundle.length + 2) : url;
  if (name.includes('/')) return prefix + name.split('/')[0]!;
  if (name.endsWith('.pf_meta')) return `${prefix}pf_meta`;
  if (name.startsWith('wasm.')) return `${prefix}wasm`;
  return prefix + name;
};

/**
 * `queries` are search strings, or full query strings (starting with "?", e.g. "?q=a+b&nam=2023") to
 * measure filters. With `older`, the reader then pages through every main result and presses "Tìm cả
 * trong bài cũ hơn" (when offered):
 * what a query that needs the archive costs.
 */
export async function measureSearchTransfer(dist: string, queries: string[], { older = false } = {}): Promise<SearchStats[]> {
  const root = resolve(dist);
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(root, pathname);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Like any production host: text is sent gzipped; Pagefind's index files are gzipped already.
    if (/^(text\/|application\/json)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      const body = gzipSync(readFileSync(file), { level: 6 });
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': body.length }).end(body);
      return;
    }
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const out: SearchStats[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const pending: Promise<{ url: string; bytes: number }>[] = [];
      context.on('requestfinished', (request) => {
        if (!BUNDLE_PATH.test(new URL(request.url()).pathname)) return;
        pending.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize })));
      });
      const settled = () =>
        page.waitForFunction(() => {
          const root = document.querySelector('[data-search-page]');
          return root && !root.hasAttribute('aria-busy') && /kết quả/.test(document.querySelector('[data-search-status]')?.textContent ?? '');
        }, undefined, { timeout: 120_000 });
      await page.goto(`${origin}/tim-kiem/${query.startsWith('?') ? query : `?q=${encodeURIComponent(query)}`}`);
      await settled();
      await page.waitForLoadState('networkidle');
      const button = page.locator('[data-search-archive]');
      // The archive button stands after the last main result: page through them first, as a reader would.
      const more = page.locator('[data-search-more]');
      while (older && (await more.isVisible())) {
        const count = await page.locator('[data-search-results] > li').count();
        await more.click();
        await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, count, { timeout: 120_000 });
      }
      if (older && (await button.isVisible())) {
        await button.click();
        await page.waitForFunction(() => document.querySelector('[data-search-archive]')?.hasAttribute('hidden'), undefined, { timeout: 120_000 });
        await settled();
        await page.waitForLoadState('networkidle');
      }
      const status = (await page.locator('[data-search-status]').textContent()) ?? '';
      const results = Number((/Tìm thấy ([\d.]+)/.exec(status)?.[1] ?? '0').replace(/\./g, ''));
      const sizes = await Promise.all(pending);
      if (process.env.SEARCH_TRANSFER_VERBOSE) for (const { url, bytes } of sizes) console.log(`  ${query}: ${new URL(url).pathname} ${bytes}`);
      const byKind: Record<string, number> = {};
      for (const { url, bytes } of sizes) byKind[kindOf(url)] = (byKind[kindOf(url)] ?? 0) + bytes;
      const archiveRequests = sizes.filter(({ url }) => new URL(url).pathname.startsWith('/pagefind-luu-tru/')).length;
      const via = older ? 'trang /tim-kiem/, xem hết kết quả rồi bấm "Tìm cả trong bài cũ hơn"' : 'trang /tim-kiem/';
      out.push({ query, via, requests: sizes.length, bytes: sizes.reduce((sum, s) => sum + s.bytes, 0), results, byKind, archiveRequests });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function searchTransferLines(stats: SearchStats[]): string[] {
  return stats.map(
    (s) =>
      `**Tìm "${s.query}"** qua ${s.via}: ${s.requests} yêu cầu (${s.archiveRequests} tới chỉ mục lưu trữ), ${kb(s.bytes)} truyền tải, ${s.results} kết quả ` +
      `(${Object.entries(s.byKind).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}).`,
  );
}

if (import.meta.main) {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  const older = args.includes('--older');
  const [dist, ...given] = args.filter((arg) => arg !== '--older');
  if (!dist || !existsSync(join(dist, 'pagefind'))) {
    console.error('Cần thư mục trang đã dựng có chỉ mục pagefind/ (ví dụ site/.cache/bench/dist-10000).');
    process.exit(1);
  }
  const stats = await measureSearchTransfer(dist, given.length ? given : typicalQueries(), { older });
  for (const line of searchTransferLines(stats)) console.log(line);
  const sorted = stats.map((s) => s.bytes).sort((a, b) => a - b);
  console.log(`Trung vị ${kb(sorted[Math.floor((sorted.length - 1) / 2)]!)}, lớn nhất ${kb(sorted.at(-1)!)}.`);
}
