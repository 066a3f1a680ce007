// The publishing loop against a loopback stand-in of Sanity's Content Lake, as production runs it:
// Sanity mode (query API with perspectives, mutations, asset URLs on the stand-in), real builds, real
// nginx with the production config in front of PUBLISH_ROOT/current, signed webhooks through nginx,
// and an injectable clock for the scheduler (no sleeping until a scheduled story is due).
//
//   1. first release; a story edit + a story scheduled two hours ahead, one webhook: the edit is
//      served, the scheduled story is nowhere and its time is the next scheduled build;
//   2. forged and replayed webhooks change nothing;
//   3. a story deleted in Sanity: gone from its page, the lists, the feed, the sitemap, search, OG;
//   4. the clock reaches the scheduled time: the server rebuilds by itself and the story is served;
//   5. the Content Lake answers 500: the build fails, `current` stays, the error is one sentence;
//   6. a draft is previewed through nginx with a signed link; a forged link gets 401.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startNginx, type RunningNginx } from '../../deploy/nginx/local.ts';
import { readServerConfig, type ServerConfig } from '../../server/src/config.ts';
import { silentLogger } from '../../server/src/log.ts';
import { createPreviewHandler, previewLink, type PreviewHandler } from '../../server/src/preview/handler.ts';
import type { Clock } from '../../server/src/scheduler.ts';
import { createSiteServer, type SiteServer } from '../../server/src/server.ts';
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '../../server/src/webhook-test.ts';
import { decodeEntities, fileText } from '../site/helpers/build.ts';
import { startSampleStandIn, type SanityStandIn, type StandInDocument } from '../helpers/sanity-stand-in.ts';

const SECRET = 'sanity-loop-webhook-secret-0123456789';
const TOKEN = 'sk-standin-read-token-9f8e7d6c5b4a';
const work = mkdtempSync(join(tmpdir(), 'sanity-loop-'));
const publishRoot = join(work, 'publish');
// Image, OG and booklet caches survive between runs of this file (only the first run draws them).
const sharedCache = join(tmpdir(), 'guong-sang-sanity-loop-cache');

/** A clock the test moves by hand; timers fire when it passes them. */
function manualClock(start: Date): Clock & { advance(to: Date): void } {
  let now = start.getTime();
  const timers = new Set<{ at: number; fn: () => void }>();
  return {
    now: () => new Date(now),
    setTimer(at, fn) {
      const timer = { at: at.getTime(), fn };
      if (timer.at <= now) queueMicrotask(fn);
      else timers.add(timer);
      return () => timers.delete(timer);
    },
    advance(to) {
      now = to.getTime();
      for (const timer of [...timers]) {
        if (timer.at <= now) {
          timers.delete(timer);
          timer.fn();
        }
      }
    },
  };
}

const start = new Date();
const clock = manualClock(start);
let standIn: SanityStandIn;
let config: ServerConfig;
let server: SiteServer;
let preview: PreviewHandler;
let nginx: RunningNginx;

const EDITED = 'Tiêu đề sửa trong Sanity Khánh Hoà 3V';
const SCHEDULED = 'Bài hẹn giờ từ Sanity Sông Hương 8P';
const SCHEDULED_AT = new Date(start.getTime() + 2 * 3600_000);
const DRAFT = 'Bản nháp chưa xuất bản Trường Sơn 4T';
let edited: StandInDocument;
let removed: StandInDocument;
const slugOf = (doc: StandInDocument) => (doc.slug as { current: string }).current;

async function webhook(body: object, options: { secret?: string; at?: Date; signature?: string } = {}): Promise<number> {
  const text = JSON.stringify(body);
  const signature = options.signature ?? (await encodeSignatureHeader(text, (options.at ?? clock.now()).getTime(), options.secret ?? SECRET));
  const response = await fetch(nginx.url('/webhooks/sanity'), { method: 'POST', headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature }, body: text });
  await response.text();
  return response.status;
}

async function get(path: string): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(nginx.url(path), { redirect: 'manual' });
  return { status: response.status, text: decodeEntities(await response.text()), headers: response.headers };
}

const liveId = () => readlinkSync(join(publishRoot, 'current'));

/** Every text of the live release's search index (fragments inflated). */
function searchIndexText(): string {
  const dir = join(publishRoot, 'current', 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => fileText(join(dir, name))).join('\n');
}

beforeAll(async () => {
  standIn = await startSampleStandIn({ token: TOKEN });
  const stories = standIn.documents().filter((d) => d._type === 'story' && !d._id.startsWith('drafts.'));
  [edited, removed] = [stories[3]!, stories[7]!];
  mkdirSync(sharedCache, { recursive: true });
  mkdirSync(publishRoot, { recursive: true });
  // nginx's workers run as `nobody` when the tests run as root: they must be able to read the releases.
  chmodSync(work, 0o755);
  symlinkSync(sharedCache, join(publishRoot, 'cache'));
  const port = await freePort();
  config = readServerConfig(
    {
      SANITY_WEBHOOK_SECRET: SECRET,
      SANITY_PROJECT_ID: standIn.projectId,
      SANITY_DATASET: standIn.dataset,
      SANITY_READ_TOKEN: TOKEN,
      SANITY_API_HOST: standIn.url,
      PUBLISH_ROOT: publishRoot,
      SERVER_PORT: String(port),
    },
    [],
  );
  preview = createPreviewHandler({ secret: config.previewSecret, contentEnv: config.buildEnv, apiHost: config.apiHost, clock: () => clock.now(), startRenderer: 'on-demand', log: () => {} });
  server = createSiteServer(config, { clock, logger: silentLogger, preview: (req, res, url) => preview.handle(req, res, url) });
  await server.listen();
  nginx = await startNginx({ root: join(publishRoot, 'current'), upstream: `127.0.0.1:${port}` });
  await server.start();
  await server.idle();
}, 900_000);

afterAll(async () => {
  await server?.close();
  await preview?.close();
  await nginx?.stop();
  await standIn?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the publishing loop against the Content Lake stand-in, behind nginx', () => {
  it('publishes an edit; a story scheduled ahead is nowhere yet and its time is the next build', { timeout: 900_000 }, async () => {
    expect(server.history().at(-1)?.result).toBe('success');
    expect((await get(`/bai-viet/${slugOf(edited)}/`)).text).toContain(edited.title as string);
    standIn.mutate([
      { patch: { id: edited._id, set: { title: EDITED } } },
      { createOrReplace: { ...removed, _id: 'story.hen-gio-kiem-thu', title: SCHEDULED, slug: { _type: 'slug', current: 'hen-gio-kiem-thu' }, publishedAt: SCHEDULED_AT.toISOString(), updatedAt: undefined } },
    ]);
    expect(await webhook({ _id: edited._id, _type: 'story', operation: 'update' })).toBe(202);
    await server.idle();
    const page = await get(`/bai-viet/${slugOf(edited)}/`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(EDITED);
    expect((await get('/bai-viet/hen-gio-kiem-thu/')).status).toBe(404);
    for (const path of ['/', '/rss.xml', '/sitemap.xml']) expect((await get(path)).text).not.toContain('hen-gio-kiem-thu');
    expect(searchIndexText()).not.toContain(SCHEDULED);
    // The boundary the report names, a second later (the server's margin).
    expect((await server.status()).nextScheduledBuild).toBe(new Date(SCHEDULED_AT.getTime() + 2000).toISOString());
  });

  it('refuses forged, stale and replayed webhooks without building', { timeout: 120_000 }, async () => {
    const before = server.history().length;
    const live = liveId();
    expect(await webhook({ _id: 'x', _type: 'story' }, { secret: 'someone-else-0123456789' })).toBe(401);
    expect(await webhook({ _id: 'x', _type: 'story' }, { at: new Date(clock.now().getTime() - 6 * 60_000) })).toBe(401);
    const body = { _id: 'x', _type: 'story', operation: 'update' };
    const signature = await encodeSignatureHeader(JSON.stringify(body), clock.now().getTime(), SECRET);
    expect(await webhook(body, { signature })).toBe(202);
    expect(await webhook(body, { signature })).not.toBe(202); // the same delivery again
    await server.idle();
    expect(server.history().length).toBe(before + 1);
    expect(liveId()).not.toBe(live); // the one valid webhook built (nothing changed, still a release)
  });

  it('a story deleted in Sanity leaves its page, the lists, the feed, the sitemap, search and its OG image', { timeout: 900_000 }, async () => {
    const slug = slugOf(removed);
    expect((await get(`/bai-viet/${slug}/`)).status).toBe(200);
    expect((await get(`/og/${slug}.jpg`)).status).toBe(200);
    expect(searchIndexText()).toContain(removed.title as string);
    standIn.mutate([{ delete: { id: removed._id } }]);
    expect(await webhook({ _id: removed._id, _type: 'story', operation: 'delete' })).toBe(202);
    await server.idle();
    expect((await get(`/bai-viet/${slug}/`)).status).toBe(404);
    expect((await get(`/og/${slug}.jpg`)).status).toBe(404);
    for (const path of ['/', '/rss.xml', '/sitemap.xml', '/luu-tru/']) expect((await get(path)).text).not.toContain(`/bai-viet/${slug}/`);
    expect(searchIndexText()).not.toContain(removed.title as string);
  });

  it('rebuilds by itself when the clock reaches the scheduled story, which is then served', { timeout: 900_000 }, async () => {
    const before = server.history().length;
    clock.advance(new Date(SCHEDULED_AT.getTime() + 2000));
    await server.idle();
    expect(server.history().length).toBe(before + 1);
    expect(server.history().at(-1)?.reasons.join(' ')).toMatch(/lịch/);
    const page = await get('/bai-viet/hen-gio-kiem-thu/');
    expect(page.status).toBe(200);
    expect(page.text).toContain(SCHEDULED);
    expect((await get('/rss.xml')).text).toContain('hen-gio-kiem-thu');
    expect(searchIndexText()).toContain(SCHEDULED);
  });

  it('a Content Lake answering 500 fails the build and leaves the live site as it was', { timeout: 900_000 }, async () => {
    const live = liveId();
    standIn.failAll(500);
    try {
      expect(await webhook({ _id: edited._id, _type: 'story', operation: 'update' })).toBe(202);
      await server.idle();
    } finally {
      standIn.failAll(null);
    }
    expect(server.history().at(-1)?.result).toBe('failed');
    expect(liveId()).toBe(live);
    expect(readdirSync(join(publishRoot, 'staging'))).toEqual([]);
    const status = await server.status();
    expect(status.lastError?.message).toMatch(/^Bản dựng .*(Sanity|mã)/);
    expect(status.lastError?.message).not.toMatch(/\n\s+at /);
    expect(JSON.stringify(status)).not.toContain(TOKEN);
    expect((await get(`/bai-viet/${slugOf(edited)}/`)).text).toContain(EDITED);
  });

  it('previews a draft through nginx with a signed link, never publishing it; a forged link gets 401', { timeout: 300_000 }, async () => {
    standIn.mutate([{ createOrReplace: { ...edited, _id: `drafts.${edited._id}`, title: DRAFT } }]);
    const link = new URL(previewLink(edited._id, { siteUrl: nginx.origin, secret: config.previewSecret, now: clock.now() }));
    const page = await get(link.pathname + link.search);
    expect(page.status).toBe(200);
    expect(page.text).toContain(DRAFT);
    expect(page.headers.get('cache-control')).toContain('no-store');
    expect(page.headers.get('x-robots-tag')).toContain('noindex');
    const forged = link.search.replace(/token=([^&])/, (_, c: string) => `token=${c === 'A' ? 'B' : 'A'}`);
    expect((await get(link.pathname + forged)).status).toBe(401);
    // Never in a release: the live page still shows the published title.
    expect((await get(`/bai-viet/${slugOf(edited)}/`)).text).not.toContain(DRAFT);
    expect(existsSync(join(publishRoot, 'current'))).toBe(true);
  });
});
