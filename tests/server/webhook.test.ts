import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '../../server/src/webhook-test.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWebhookHandler, WEBHOOK_BODY_LIMIT } from '../../server/src/webhook.ts';

const SECRET = 'webhook-test-secret-0123456789';
const NOW = Date.parse('2026-12-02T01:00:00Z');
let clockMs = NOW;
const accepted: string[] = [];
let server: Server;
let port: number;

beforeAll(async () => {
  const handler = createWebhookHandler({ secret: SECRET, now: () => new Date(clockMs), onAccepted: (reason) => accepted.push(reason) });
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  accepted.length = 0;
  clockMs = NOW;
});

interface Answer {
  status: number;
  body: string;
}

/** Sends a raw request (no fetch: it must be able to stream a body larger than the limit). */
function post(body: string | Buffer, headers: Record<string, string>, chunked = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const data = typeof body === 'string' ? Buffer.from(body) : body;
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/webhooks/sanity', headers: chunked ? headers : { ...headers, 'content-length': String(data.length) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    // The server may close an oversized request before it is all written; the answer still arrives.
    req.on('error', (error) => (error.message.includes('EPIPE') || error.message.includes('ECONNRESET') ? undefined : reject(error)));
    if (chunked) {
      for (let i = 0; i < data.length; i += 64 * 1024) req.write(data.subarray(i, i + 64 * 1024));
      req.end();
    } else req.end(data);
  });
}

const payload = JSON.stringify({ _id: 'story-abc', _type: 'story', operation: 'update' });
const sign = (body: string, at = NOW, secret = SECRET) => encodeSignatureHeader(body, at, secret);

describe('POST /webhooks/sanity', () => {
  it('accepts a correctly signed webhook with 202 and requests one build naming the document', async () => {
    const answer = await post(payload, { [SIGNATURE_HEADER_NAME]: await sign(payload), 'idempotency-key': 'k1' });
    expect(answer.status).toBe(202);
    expect(JSON.parse(answer.body)).toMatchObject({ status: 'accepted' });
    expect(accepted).toEqual(['webhook: story story-abc (update)']);
  });

  it('refuses an unsigned webhook with 401', async () => {
    const answer = await post(payload, {});
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body).error).toContain(SIGNATURE_HEADER_NAME);
    expect(accepted).toEqual([]);
  });

  it('refuses a forged signature, a wrong secret and a tampered body', async () => {
    const good = await sign(payload);
    const forged = good.replace(/v1=./, (m) => (m.endsWith('A') ? 'v1=B' : 'v1=A'));
    const tampered = JSON.stringify({ _id: 'story-xyz', _type: 'story', operation: 'update' });
    const answers = [
      await post(payload, { [SIGNATURE_HEADER_NAME]: forged }),
      await post(payload, { [SIGNATURE_HEADER_NAME]: await sign(payload, NOW, 'some-other-secret-0123') }),
      await post(tampered, { [SIGNATURE_HEADER_NAME]: good }),
      await post(payload, { [SIGNATURE_HEADER_NAME]: 'garbage' }),
    ];
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401]);
    for (const answer of answers) expect(answer.body).not.toContain(SECRET);
    expect(accepted).toEqual([]);
  });

  it('refuses signatures older or newer than 5 minutes', async () => {
    const old = await post(payload, { [SIGNATURE_HEADER_NAME]: await sign(payload, NOW - 5 * 60_000 - 1000) });
    const future = await post(payload, { [SIGNATURE_HEADER_NAME]: await sign(payload, NOW + 5 * 60_000 + 1000) });
    const recent = await post(payload, { [SIGNATURE_HEADER_NAME]: await sign(payload, NOW - 4 * 60_000) });
    expect([old.status, future.status, recent.status]).toEqual([401, 401, 202]);
    expect(accepted).toHaveLength(1);
  });

  it('acknowledges a replayed delivery without a second build (same signature or same idempotency key)', async () => {
    const signature = await sign(payload, NOW - 1000);
    const first = await post(payload, { [SIGNATURE_HEADER_NAME]: signature, 'idempotency-key': 'replay-1' });
    clockMs = NOW + 60_000;
    const replay = await post(payload, { [SIGNATURE_HEADER_NAME]: signature });
    // Sanity's retry: same idempotency key, fresh signature.
    const retry = await post(payload, { [SIGNATURE_HEADER_NAME]: await sign(payload, NOW + 60_000), 'idempotency-key': 'replay-1' });
    expect([first.status, replay.status, retry.status]).toEqual([202, 200, 200]);
    expect(JSON.parse(replay.body)).toMatchObject({ status: 'duplicate' });
    expect(accepted).toHaveLength(1);
    // Once the window has passed the old signature is refused by its age, not accepted again.
    clockMs = NOW + 6 * 60_000;
    expect((await post(payload, { [SIGNATURE_HEADER_NAME]: signature })).status).toBe(401);
    expect(accepted).toHaveLength(1);
  });

  it('answers 413 to a body over 1 MB, declared or streamed, even when correctly signed', async () => {
    const big = JSON.stringify({ _id: 'story-abc', _type: 'story', padding: 'x'.repeat(WEBHOOK_BODY_LIMIT) });
    const signature = await sign(big);
    const declared = await post(big, { [SIGNATURE_HEADER_NAME]: signature });
    const streamed = await post(big, { [SIGNATURE_HEADER_NAME]: signature, 'transfer-encoding': 'chunked' }, true);
    expect([declared.status, streamed.status]).toEqual([413, 413]);
    expect(accepted).toEqual([]);
    // A body just under the limit is still read and verified.
    const fits = JSON.stringify({ _id: 'story-abc', padding: 'x'.repeat(WEBHOOK_BODY_LIMIT - 100) });
    expect((await post(fits, { [SIGNATURE_HEADER_NAME]: await sign(fits) })).status).toBe(202);
    expect(accepted).toHaveLength(1);
  });
});
