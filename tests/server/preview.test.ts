// Draft preview: signed tokens, the drafts perspective, rendering with the site's own story template
// over HTTP, and the Studio's grant exchange against a loopback stand-in of Sanity's API.
import { createHash, randomUUID } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@sanity/client';
import { evaluate, parse } from 'groq-js';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_TOKEN_TTL_MS, signPreviewToken, verifyPreviewToken } from '../../server/src/preview/token.ts';
import { createPreviewHandler, previewLink, type PreviewHandler } from '../../server/src/preview/handler.ts';
import { PREVIEW_GRANT_ID_PREFIX, PREVIEW_GRANT_TYPE } from '../../server/src/preview/grant.ts';
import * as studioAction from '../../studio/actions/previewAction.ts';
import { draftsView } from '../../site/src/lib/content/local-source.ts';
import { loadWorkspace } from '../studio/helpers/workspace.ts';

const SECRET = 'preview-test-secret-' + 'x'.repeat(24);
const NOW = new Date('2026-12-02T03:00:00Z');
const SITE = new URL('../../site/', import.meta.url).pathname;

describe('preview tokens', () => {
  const expiresAt = new Date(NOW.getTime() + PREVIEW_TOKEN_TTL_MS);

  it('verifies its own token and returns the published id and expiry', () => {
    const token = signPreviewToken({ documentId: 'drafts.story.a-b', expiresAt }, SECRET);
    expect(verifyPreviewToken(token, SECRET, NOW)).toEqual({ ok: true, documentId: 'story.a-b', expiresAt });
    expect(PREVIEW_TOKEN_TTL_MS).toBe(30 * 60 * 1000);
  });

  it('refuses a token signed with another secret', () => {
    const token = signPreviewToken({ documentId: 'story.a', expiresAt }, 'another-secret');
    expect(verifyPreviewToken(token, SECRET, NOW)).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuses a token whose document id was changed after signing', () => {
    const [version, , signature] = signPreviewToken({ documentId: 'story.a', expiresAt }, SECRET).split('.');
    const payload = Buffer.from(JSON.stringify({ d: 'story.b', e: expiresAt.getTime() })).toString('base64url');
    expect(verifyPreviewToken(`${version}.${payload}.${signature}`, SECRET, NOW)).toEqual({ ok: false, reason: 'forged' });
  });

  it('expires after 30 minutes by the injected clock', () => {
    const token = signPreviewToken({ documentId: 'story.a', expiresAt }, SECRET);
    expect(verifyPreviewToken(token, SECRET, new Date(expiresAt.getTime() - 1)).ok).toBe(true);
    expect(verifyPreviewToken(token, SECRET, expiresAt)).toEqual({ ok: false, reason: 'expired' });
  });

  it('calls anything else malformed', () => {
    for (const token of ['', 'abc', 'v1.a.b.c', 'v2.e30.AAAA', 'v1.@@.AAAA', 'v1.' + 'a'.repeat(600) + '.b']) {
      expect(verifyPreviewToken(token, SECRET, NOW), token).toEqual({ ok: false, reason: 'malformed' });
    }
    expect(() => signPreviewToken({ documentId: 'bad id', expiresAt }, SECRET)).toThrow(/bad id/);
    expect(() => signPreviewToken({ documentId: 'versions.r1.story.a', expiresAt }, SECRET)).toThrow();
  });
});

describe('the drafts view of a local export', () => {
  it('overlays drafts on published documents under the published id, as Sanity does', () => {
    const view = draftsView([
      { _id: 'a', _type: 'story', title: 'published a' },
      { _id: 'drafts.a', _type: 'story', title: 'draft a' },
      { _id: 'b', _type: 'story', title: 'published b' },
      { _id: 'drafts.c', _type: 'story', title: 'draft only c' },
      { _id: 'versions.r1.b', _type: 'story', title: 'release b' },
    ]);
    expect(view.map((d) => [d._id, d._originalId, d.title])).toEqual([
      ['a', 'drafts.a', 'draft a'],
      ['b', 'b', 'published b'],
      ['c', 'drafts.c', 'draft only c'],
    ]);
  });
});

// --- HTTP over the local sample, with a draft added ---------------------------------------------

const STORY_ID = 'story.muoi-tam-nam-cam-ban-phieng-la';
const DRAFT_TITLE = `Bản nháp thử nghiệm ${randomUUID().slice(0, 8)}`;
const FUTURE_ID = 'story.preview-future-test';
const FUTURE_TITLE = 'Bài hẹn giờ chưa đến ngày đăng';
/** A story that exists only as a draft, with a cover no published document uses (a fresh upload). */
const NEW_COVER_ID = 'story.preview-new-cover';
const NEW_COVER_RGB = { r: 200, g: 40, b: 160 };

function listTree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).map((e) => {
    const path = join(e.parentPath, e.name);
    return `${path}:${statSync(path).mtimeMs}`;
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('GET /xem-truoc/<id>/ over the sample dataset', () => {
  let work: string;
  let publishRoot: string;
  let handler: PreviewHandler;
  let server: Server;
  let base: string;
  let clock = NOW;
  const distBefore = listTree(join(SITE, 'dist'));
  const readToken = 'sk-never-shown-' + randomUUID();
  const logged: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'guong-sang-preview-'));
    publishRoot = join(work, 'publish');
    cpSync(join(SITE, 'dataset'), join(work, 'dataset'), { recursive: true });
    const data = join(work, 'dataset', 'data.ndjson');
    const published = readFileSync(data, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    const story = published.find((d) => d._id === STORY_ID)!;
    expect(story, 'the sample has the story this test edits').toBeDefined();
    expect(published.some((d) => d._id === `drafts.${STORY_ID}`)).toBe(false);
    const future = { ...story, _id: FUTURE_ID, title: FUTURE_TITLE, slug: { _type: 'slug', current: 'bai-hen-gio-thu' }, publishedAt: '2099-01-01T00:00:00Z' };
    // A plain-colour photo, named as Sanity's export names it (sha1-WxH.jpg).
    const cover = await sharp({ create: { width: 1600, height: 1067, channels: 3, background: NEW_COVER_RGB } }).jpeg({ quality: 95 }).toBuffer();
    const coverName = `${createHash('sha1').update(cover).digest('hex')}-1600x1067.jpg`;
    writeFileSync(join(work, 'dataset', 'images', coverName), cover);
    const newCover = {
      ...story,
      _id: `drafts.${NEW_COVER_ID}`,
      title: 'Bản nháp có ảnh bìa mới tải lên',
      slug: { _type: 'slug', current: 'ban-nhap-anh-bia-moi' },
      cover: { _type: 'accessibleImage', _sanityAsset: `image@file://./images/${coverName}`, alt: 'Ảnh bìa mới' },
    };
    appendFileSync(data, `${[{ ...story, _id: `drafts.${STORY_ID}`, title: DRAFT_TITLE }, future, newCover].map((d) => JSON.stringify(d)).join('\n')}\n`);
    expect(existsSync(publishRoot)).toBe(false);
    handler = createPreviewHandler({
      secret: SECRET,
      contentEnv: { CONTENT_DATASET: join(work, 'dataset'), SITE_URL: 'https://guongsang.example.vn', PUBLISH_ROOT: publishRoot, SANITY_READ_TOKEN: readToken },
      clock: () => clock,
      log: (m) => logged.push(m),
    });
    server = createServer((req, res) => void handler.handle(req, res, new URL(req.url ?? '/', 'http://127.0.0.1')));
    base = await listen(server);
    await handler.ready;
  }, 300_000);

  afterAll(async () => {
    await handler?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const link = (id: string, at = clock) => {
    const url = new URL(previewLink(id, { siteUrl: base, secret: SECRET, now: at }));
    return url.pathname + url.search;
  };

  it('renders the draft with the public story template, noindex and no-store', { timeout: 60_000 }, async () => {
    const res = await fetch(base + link(STORY_ID));
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('Bản xem trước — chưa xuất bản');
    // The draft's title, in the story page's own structure (StoryPage.astro)…
    expect(html).toMatch(new RegExp(`<article class="prose story story--article"[^>]*>[\\s\\S]*<header class="story__header">[\\s\\S]*<h1>${DRAFT_TITLE}</h1>`));
    expect(html).toContain('Đọc khoảng');
    // Another story of the same column scheduled for later stays hidden, as it would be on the site.
    expect(html).not.toContain(FUTURE_TITLE);
    // …styled by the site's own stylesheets, inlined (every rule of story.css's first selector).
    const storyCss = readFileSync(join(SITE, 'src/styles/story.css'), 'utf8');
    const selector = /(\.story__[a-z-]+)\s*\{/.exec(storyCss)![1]!;
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    expect(styles).toMatch(new RegExp(`\\${selector}\\s*\\{`));
    // Every image has a URL (none was dropped as unservable).
    expect(html).not.toMatch(/\ssrc=""|srcSet=" /);
    for (const dev of ['/@vite/', '/@fs/', '/@id/', '/_image', '/src/', 'localhost:']) expect(html, dev).not.toContain(dev);
    for (const secret of [SECRET, readToken]) expect(html).not.toContain(secret);
    expect(html).not.toContain('token=');
  });

  it('serves the page images through its own capability URLs', { timeout: 60_000 }, async () => {
    const html = await (await fetch(base + link(STORY_ID))).text();
    const src = /<img[^>]+src="(\/xem-truoc\/anh\/[0-9a-f]{32}\/)"/.exec(html)?.[1];
    expect(src, 'the cover image has a preview URL').toBeDefined();
    const image = await fetch(base + src);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toMatch(/^image\/(webp|avif)$/);
    const bytes = Buffer.from(await image.arrayBuffer());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect((await fetch(`${base}/xem-truoc/anh/${'0'.repeat(32)}/`)).status).toBe(404);
  });

  it('shows a cover only a draft uses (the renderer prepares the drafts view, not the published site)', { timeout: 60_000 }, async () => {
    const res = await fetch(base + link(NEW_COVER_ID));
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('alt="Ảnh bìa mới"');
    const img = new RegExp('<img[^>]+alt="Ảnh bìa mới"[^>]*>|<img[^>]+src="[^"]*"[^>]*alt="Ảnh bìa mới"').exec(html)?.[0] ?? '';
    const src = /src="(\/xem-truoc\/anh\/[0-9a-f]{32}\/)"/.exec(img)?.[1];
    expect(src, 'the new cover has a preview URL').toBeDefined();
    const image = await fetch(base + src);
    expect(image.status).toBe(200);
    // The very picture uploaded: its mean colour is the one it was made with.
    const { channels } = await sharp(Buffer.from(await image.arrayBuffer())).stats();
    expect(channels.slice(0, 3).map((c) => Math.round(c.mean / 8))).toEqual([NEW_COVER_RGB.r, NEW_COVER_RGB.g, NEW_COVER_RGB.b].map((v) => Math.round(v / 8)));
  });

  it('previews a story scheduled for later and a story never published', { timeout: 60_000 }, async () => {
    const future = await fetch(base + link(FUTURE_ID));
    expect(future.status).toBe(200);
    expect(await future.text()).toContain(`<h1>${FUTURE_TITLE}</h1>`);
    const draftOnly = await fetch(base + link('drafts.story.ban-nhap-khong-xuat-ban'));
    expect(draftOnly.status).toBe(200);
  });

  it('refuses forged, expired, tampered and misdirected tokens with one Vietnamese 401 page', async () => {
    const good = link(STORY_ID);
    const forged = `/xem-truoc/${STORY_ID}/?token=${signPreviewToken({ documentId: STORY_ID, expiresAt: new Date(NOW.getTime() + 60_000) }, 'wrong')}`;
    const expired = link(STORY_ID, new Date(NOW.getTime() - PREVIEW_TOKEN_TTL_MS - 1));
    const otherStory = good.replace(`/xem-truoc/${STORY_ID}/`, '/xem-truoc/story.toan-o-ban/');
    const tampered = good.slice(0, -2) + (good.endsWith('A') ? 'BB' : 'AA');
    for (const path of [forged, expired, otherStory, tampered, `/xem-truoc/${STORY_ID}/`]) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(401);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const body = await res.text();
      expect(body).toContain('lang="vi"');
      expect(body).toContain('hết hạn');
      expect(body).not.toContain(DRAFT_TITLE);
    }
    // Expiry follows the handler's clock: the same link is refused 30 minutes later.
    clock = new Date(NOW.getTime() + PREVIEW_TOKEN_TTL_MS);
    try {
      expect((await fetch(base + good)).status).toBe(401);
    } finally {
      clock = NOW;
    }
  });

  it('answers 404 for a document that does not exist and 400 for one that is not a story', { timeout: 60_000 }, async () => {
    const missing = await fetch(base + link('story.khong-co-bai-nay'));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('story.khong-co-bai-nay');
    const settings = await fetch(base + link('site-settings'));
    expect(settings.status).toBe(400);
    expect(await settings.text()).toContain('siteSettings');
  });

  it('writes nothing to the publish root or site/dist, and logs no secret', () => {
    expect(existsSync(publishRoot)).toBe(false);
    expect(listTree(join(SITE, 'dist'))).toEqual(distBefore);
    for (const line of logged) {
      expect(line).not.toContain(SECRET);
      expect(line).not.toContain(readToken);
    }
  });
});

// --- The Studio's grant exchange, against a loopback stand-in of Sanity's API --------------------

/** The smallest stand-in of the Content Lake this needs: GROQ queries (groq-js) and `create` mutations. */
function sanityStandIn(token: string, now: () => Date) {
  const documents: Record<string, unknown>[] = [];
  const seen: { path: string; authorization: string | undefined }[] = [];
  const body = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    seen.push({ path: url.pathname, authorization: req.headers.authorization });
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    if (req.headers.authorization !== `Bearer ${token}`) return json(401, { error: 'Unauthorized' });
    if (req.method === 'GET' && /^\/v[\w-]+\/data\/query\/production$/.test(url.pathname)) {
      const params = Object.fromEntries([...url.searchParams].filter(([k]) => k.startsWith('$')).map(([k, v]) => [k.slice(1), JSON.parse(v)]));
      const result = await (await evaluate(parse(url.searchParams.get('query') ?? ''), { dataset: documents, params })).get();
      return json(200, { ms: 1, query: url.searchParams.get('query'), result: result ?? null });
    }
    if (req.method === 'POST' && /^\/v[\w-]+\/data\/mutate\/production$/.test(url.pathname)) {
      const { mutations } = JSON.parse(await body(req)) as { mutations: { create?: Record<string, unknown> }[] };
      const results = mutations.flatMap((m) => {
        if (!m.create) return [];
        const stamp = now().toISOString();
        const doc: Record<string, unknown> = { ...m.create, _createdAt: stamp, _updatedAt: stamp, _rev: "r1" };
        documents.push(doc);
        return [{ id: doc._id, operation: 'create', document: doc }];
      });
      return json(200, { transactionId: 't1', results, documentIds: results.map((r) => r.id) });
    }
    json(404, { error: 'Not found' });
  });
  return { server, documents, seen };
}

describe('GET /xem-truoc/cap-quyen/?grant=… (the Studio "Xem trước" action)', () => {
  const serverToken = 'server-read-token-' + randomUUID();
  const editorToken = serverToken; // the stand-in accepts one token; who sends it is checked below
  let sanityNow = NOW;
  let clock = NOW;
  const standIn = sanityStandIn(serverToken, () => sanityNow);
  let apiHost: string;
  let handler: PreviewHandler;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    apiHost = await listen(standIn.server);
    handler = createPreviewHandler({
      secret: SECRET,
      contentEnv: { SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', SANITY_READ_TOKEN: serverToken },
      apiHost,
      clock: () => clock,
      startRenderer: 'on-demand',
    });
    server = createServer((req, res) => void handler.handle(req, res, new URL(req.url ?? '/', 'http://127.0.0.1')));
    base = await listen(server);
  });

  afterAll(async () => {
    await handler?.close();
    await new Promise((resolve) => server?.close(resolve));
    await new Promise((resolve) => standIn.server.close(resolve));
  });

  const editorClient = () =>
    createClient({ projectId: 'abc123', dataset: 'production', apiVersion: '2025-02-19', token: editorToken, useCdn: false, apiHost, useProjectHostname: false });

  it('the Studio and the server agree on the grant document', () => {
    expect(studioAction.PREVIEW_GRANT_TYPE).toBe(PREVIEW_GRANT_TYPE);
    expect(studioAction.PREVIEW_GRANT_ID_PREFIX).toBe(PREVIEW_GRANT_ID_PREFIX);
    expect(studioAction.PREVIEWABLE_TYPES.has('story')).toBe(true);
    expect(studioAction.previewGrant('drafts.story.a', 'u', NOW)).toEqual({ _id: 'guong-sang-preview.u', _type: 'guongSang.previewGrant', documentId: 'story.a', createdAt: NOW.toISOString() });
  });

  it('the Studio offers "Xem trước" on stories only', { timeout: 120_000 }, async () => {
    const workspace = await loadWorkspace();
    const actions = (schemaType: string) =>
      workspace.document.actions({ schemaType, documentId: 'x', releaseId: undefined, versionType: 'draft' } as never).map((a) => a.displayName);
    expect(actions('story')).toContain('PreviewAction');
    expect(actions('exemplar')).not.toContain('PreviewAction');
  });

  it('turns a fresh grant into a 303 to a signed 30-minute link', async () => {
    const uuid = randomUUID();
    const url = await studioAction.requestPreviewUrl(editorClient(), 'drafts.story.toan-o-ban', { baseUrl: base, uuid, now: NOW });
    expect(url).toBe(`${base}/xem-truoc/cap-quyen/?grant=${uuid}`);
    expect(standIn.documents.some((d) => d._id === `guong-sang-preview.${uuid}` && d.documentId === 'story.toan-o-ban')).toBe(true);
    clock = new Date(NOW.getTime() + 90_000);
    const res = await fetch(url, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const location = new URL(res.headers.get('location')!, base);
    expect(location.pathname).toBe('/xem-truoc/story.toan-o-ban/');
    const check = verifyPreviewToken(location.searchParams.get('token')!, SECRET, clock);
    expect(check).toEqual({ ok: true, documentId: 'story.toan-o-ban', expiresAt: new Date(clock.getTime() + PREVIEW_TOKEN_TTL_MS) });
    // The server read the grant with its own token.
    expect(standIn.seen.at(-1)).toEqual({ path: '/v2025-02-19/data/query/production', authorization: `Bearer ${serverToken}` });
  });

  it('refuses a grant older than 2 minutes, an unknown one and a malformed one', async () => {
    sanityNow = NOW;
    const uuid = randomUUID();
    const url = await studioAction.requestPreviewUrl(editorClient(), 'story.toan-o-ban', { baseUrl: base, uuid, now: NOW });
    clock = new Date(NOW.getTime() + 2 * 60_000 + 1000);
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(401);
    clock = NOW;
    expect((await fetch(`${base}/xem-truoc/cap-quyen/?grant=${randomUUID()}`, { redirect: 'manual' })).status).toBe(401);
    const before = standIn.seen.length;
    expect((await fetch(`${base}/xem-truoc/cap-quyen/?grant=..%2F*`, { redirect: 'manual' })).status).toBe(401);
    expect(standIn.seen.length, 'a malformed grant costs no Sanity request').toBe(before);
  });
});
