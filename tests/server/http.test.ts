import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readServerConfig, repoRoot } from '../../server/src/config.ts';
import { silentLogger } from '../../server/src/log.ts';
import { createSiteServer, type SiteServer } from '../../server/src/server.ts';

const SECRET = 'http-test-secret-0123456789';
const publishRoot = mkdtempSync(join(tmpdir(), 'server-http-'));
let server: SiteServer;
let baseUrl: string;
const previewCalls: string[] = [];

beforeAll(async () => {
  const config = { ...readServerConfig({ SANITY_WEBHOOK_SECRET: SECRET, PUBLISH_ROOT: publishRoot, CONTENT_DATASET: join(repoRoot, 'site', 'dataset') }, []), port: 0 };
  server = createSiteServer(config, {
    logger: silentLogger,
    rateLimitPerMinute: 8,
    preview: async (_req, res, url) => {
      previewCalls.push(`${url.pathname}${url.search}`);
      if (url.pathname.endsWith('/loi')) throw new Error(`boom ${SECRET}`);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('xem trước');
    },
  });
  ({ url: baseUrl } = await server.listen());
});
afterAll(() => server.close());

describe('server routes', () => {
  it('serves /status as JSON, delegates /xem-truoc/ to the preview handler, answers 404/405 in JSON', async () => {
    const status = await fetch(`${baseUrl}/status`);
    expect(status.status).toBe(200);
    expect(status.headers.get('cache-control')).toBe('no-store');
    expect(await status.json()).toMatchObject({ live: null, lastBuild: null, building: false, queued: false });

    const preview = await fetch(`${baseUrl}/xem-truoc/bai-viet/abc?token=t`);
    expect([preview.status, await preview.text()]).toEqual([200, 'xem trước']);
    expect(previewCalls).toEqual(['/xem-truoc/bai-viet/abc?token=t']);

    const missing = await fetch(`${baseUrl}/khong-co`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toContain('/khong-co');

    const wrongMethod = await fetch(`${baseUrl}/webhooks/sanity`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    await wrongMethod.text();

    // A handler that throws gives a plain 500 without the message or a stack trace.
    const broken = await fetch(`${baseUrl}/xem-truoc/loi`);
    const body = await broken.text();
    expect(broken.status).toBe(500);
    expect(body).not.toContain(SECRET);
    expect(body).not.toContain('boom');
    expect(body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('rate-limits the unauthenticated paths per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await fetch(`${baseUrl}/status`);
      await response.text();
      statuses.push(response.status);
    }
    // The previous test made 4 requests to known paths in this minute (the 404 is not counted); the limit is 8.
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429, 429, 429, 429, 429]);
  });

  it('counts each sender nginx names (X-Real-IP from a loopback peer) on its own, as behind nginx every connection is loopback', async () => {
    const answer = async (realIp: string) => {
      const response = await fetch(`${baseUrl}/status`, { headers: { 'x-real-ip': realIp } });
      await response.text();
      return response.status;
    };
    // The loopback address itself is exhausted by the test above; two other senders each get their 8.
    const first = [];
    const second = [];
    for (let i = 0; i < 9; i++) first.push(await answer('203.0.113.7'));
    for (let i = 0; i < 9; i++) second.push(await answer('198.51.100.20'));
    const expected = [...Array.from({ length: 8 }, () => 200), 429];
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
    // A header that is not an address is ignored: the request counts as the (exhausted) loopback peer.
    expect(await answer('not-an-ip')).toBe(429);
  });
});
