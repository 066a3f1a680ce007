// A static file server for a built site on 127.0.0.1 (random port), behaving like the production
// host: content types (incl. Pagefind's binary files), `/dir/` → dir/index.html, `/dir` → 301 `/dir/`,
// unknown paths → 404.html with status 404. Records every request path.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.epub': 'application/epub+zip',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface ServedRequest {
  method: string;
  /** Path and query as requested. */
  url: string;
  status: number;
}

export interface SiteServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Absolute URL for a site path ('/bai-viet/x/'). */
  url(path: string): string;
  /** Every request served so far, in order. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

function fileAt(path: string): 'file' | 'dir' | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'dir' : undefined;
  } catch {
    return undefined;
  }
}

/** Serve `root` (a built dist) until `close()`. */
export async function serveDir(root: string): Promise<SiteServer> {
  const requests: ServedRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const raw = req.url ?? '/';
    const record = (status: number) => requests.push({ method: req.method ?? 'GET', url: raw, status });
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      record(405);
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(raw, 'http://x').pathname);
    } catch {
      record(400);
      res.writeHead(400).end();
      return;
    }
    const target = normalize(join(root, pathname));
    if (target !== root && !target.startsWith(root.endsWith(sep) ? root : root + sep)) {
      record(403);
      res.writeHead(403).end();
      return;
    }
    let file: string | undefined;
    const kind = fileAt(target);
    if (kind === 'file') file = target;
    else if (kind === 'dir') {
      if (!pathname.endsWith('/')) {
        const query = raw.includes('?') ? raw.slice(raw.indexOf('?')) : '';
        record(301);
        res.writeHead(301, { Location: `${pathname}/${query}` }).end();
        return;
      }
      if (fileAt(join(target, 'index.html')) === 'file') file = join(target, 'index.html');
    }
    let status = 200;
    if (!file) {
      status = 404;
      file = fileAt(join(root, '404.html')) === 'file' ? join(root, '404.html') : undefined;
    }
    record(status);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404');
      return;
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': statSync(file).size, 'Cache-Control': 'no-cache' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => ok());
      }),
  };
}
