// A slow network in front of a built site, made deterministic: each HTML page is sent in two parts,
// the first up to `splitBefore` (its first match), the rest only once the page asks for it
// (`releaseAfterFirstPaint`, an init script that fetches RELEASE_PATH after first contentful paint),
// so the browser always paints the top of the page before the rest exists, as on a slow connection;
// pictures are answered `imageDelayMs` late. Everything else is proxied to `serveDir(dir)` unchanged.
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveDir } from './server.ts';

export const RELEASE_PATH = '/__slow-load/release';
const IMAGE = /\.(avif|webp|png|jpe?g|gif|svg)$/;

export interface SlowSite {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function serveDirSlowly(dir: string, options: { splitBefore: RegExp; imageDelayMs: number }): Promise<SlowSite> {
  const files = await serveDir(dir);
  const held: (() => void)[] = [];
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const proxy = async (path: string, res: ServerResponse) => {
    const upstream = await fetch(files.url(path), { redirect: 'manual' });
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'location']) {
      const value = upstream.headers.get(name);
      if (value) headers[name] = value;
    }
    res.writeHead(upstream.status, headers);
    res.end(Buffer.from(await upstream.arrayBuffer()));
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    void (async () => {
      if (path === RELEASE_PATH) {
        held.splice(0).forEach((release) => release());
        res.writeHead(204).end();
      } else if (path.endsWith('/')) {
        let html: string;
        try {
          html = readFileSync(join(dir, decodeURIComponent(path), 'index.html'), 'utf8');
        } catch {
          return proxy(path, res);
        }
        const at = html.search(options.splitBefore);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        if (at > 0) {
          res.write(html.slice(0, at));
          // Never hangs a test: a page that does not ask within 10 s gets the rest anyway.
          await Promise.race([new Promise<void>((resolve) => held.push(resolve)), sleep(10_000)]);
        }
        res.end(html.slice(Math.max(at, 0)));
      } else {
        if (IMAGE.test(path)) await sleep(options.imageDelayMs);
        await proxy(path, res);
      }
    })().catch((error: unknown) => res.destroy(error as Error));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: async () => {
      held.splice(0).forEach((release) => release());
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await files.close();
    },
  };
}

/** Must run before `page.goto`: asks for the rest of the HTML once the first part has been painted. */
export async function releaseAfterFirstPaint(page: Page): Promise<void> {
  await page.addInitScript((release: string) => {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) return;
      observer.disconnect();
      void fetch(release);
    }).observe({ type: 'paint', buffered: true });
  }, RELEASE_PATH);
}
