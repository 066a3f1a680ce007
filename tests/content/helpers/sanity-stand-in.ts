// A loopback stand-in for Sanity's query HTTP API (the one true network boundary of the seam).
//
//   GET  /v<apiVersion>/data/query/<dataset>?query=…&$name=<JSON>&perspective=…
//   POST /v<apiVersion>/data/query/<dataset>?perspective=…   body: {"query": "…", "params": {…}}
//   → 200 {"ms", "query", "result"}
//
// It evaluates with groq-js over the RAW dataset, drafts included. The `published` perspective is
// applied only when the request asks for it; a request without a perspective gets the raw view.
// (Sanity's API defaults to `published` from v2025-02-19, but being stricter here is the point: the
// tests prove our client *asks* for published instead of relying on a default.)
// Its perspective filter is written here independently of the code under test.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { evaluate, parse } from 'groq-js';

export interface RecordedRequest {
  method: string;
  perspective: string | null;
  authorization: string | undefined;
  path: string;
}

export interface StandIn {
  /** `http://127.0.0.1:<port>`, for `apiHost`. */
  origin: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const MAX_BODY = 1_000_000;

export async function startSanityStandIn(options: {
  documents: ReadonlyArray<{ _id: string }>;
  dataset: string;
  apiVersion: string;
}): Promise<StandIn> {
  const requests: RecordedRequest[] = [];
  const route = `/v${options.apiVersion}/data/query/${options.dataset}`;

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      send(res, 500, { error: { description: error instanceof Error ? error.message : String(error) } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const perspective = url.searchParams.get('perspective');
    requests.push({ method: req.method ?? '', perspective, authorization: req.headers.authorization, path: url.pathname });
    if (url.pathname !== route) return send(res, 404, { error: { description: `No route ${url.pathname}` } });

    let query: string | null;
    let params: Record<string, unknown> = {};
    if (req.method === 'GET') {
      query = url.searchParams.get('query');
      for (const [key, value] of url.searchParams) {
        if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value);
      }
    } else if (req.method === 'POST') {
      const body = JSON.parse(await readBody(req)) as { query?: string; params?: Record<string, unknown> };
      query = body.query ?? null;
      params = body.params ?? {};
    } else {
      return send(res, 405, { error: { description: 'Method not allowed' } });
    }
    if (query === null) return send(res, 400, { error: { description: 'Missing query' } });

    let documents: ReadonlyArray<{ _id: string }>;
    if (perspective === null || perspective === 'raw') documents = options.documents;
    else if (perspective === 'published') {
      documents = options.documents.filter((doc) => !/^(drafts|versions)\./.test(doc._id));
    } else return send(res, 400, { error: { description: `Perspective ${perspective} not supported by the stand-in` } });

    // Sanity's answer to a parameter the query reads but the request does not carry.
    for (const match of query.matchAll(/\$([A-Za-z_]\w*)/g)) {
      const name = match[1]!;
      if (!(name in params)) {
        return send(res, 400, { error: { description: `param $${name} referenced, but not provided`, type: 'queryParseError' } });
      }
    }
    const started = performance.now();
    const value = await evaluate(parse(query), { dataset: documents, params });
    const result: unknown = await value.get();
    send(res, 200, { ms: Math.round(performance.now() - started), query, result: result ?? null });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // Bounded: no request may hang the suite.
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('Body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}
