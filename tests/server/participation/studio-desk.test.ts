// An entry sent to the site server shows up in the Studio's desk ("Tham gia" workspace: entries of a
// contest with a status) through both stores: with Sanity configured, the server writes it into the
// PRIVATE dataset of the Content Lake stand-in with its write token and nothing reaches the public
// dataset; without Sanity, the same desk query answers it from SQLite.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@sanity/client';
import { afterAll, describe, expect, it } from 'vitest';
import { ENTRIES_OF_CONTEST_WITH_STATUS } from '../../../studio/participation/structure.ts';
import { readServerConfig } from '../../../server/src/config.ts';
import { silentLogger } from '../../../server/src/log.ts';
import { createSqliteStore } from '../../../server/src/participation/sqlite-store.ts';
import type { Clock } from '../../../server/src/scheduler.ts';
import { createSiteServer, type SiteServer } from '../../../server/src/server.ts';
import { startSampleStandIn, startSanityStandIn, type SanityStandIn } from '../../helpers/sanity-stand-in.ts';
import { sampleDatasetDir } from '../../site/helpers/build.ts';

const SECRET = 'studio-desk-secret-0123456789';
const READ_TOKEN = 'read-token-0123456789';
const WRITE_TOKEN = 'write-token-0123456789';
const CONTEST = 'contest.thay-co-trong-mat-em-2026';
const DESK_QUERY = `*[${ENTRIES_OF_CONTEST_WITH_STATUS}] | order(_id asc){ _id, title, status }`;

/** The server's clock: inside the sample contest, moved by hand past the form's minimum fill time. */
function handClock(start: string): Clock & { advance(ms: number): void } {
  let now = new Date(start);
  return { now: () => now, setTimer: () => () => {}, advance: (ms) => void (now = new Date(now.getTime() + ms)) };
}

/**
 * One loopback origin for both datasets, as Sanity has (SANITY_API_HOST serves every dataset of a
 * project): requests go to the stand-in of the dataset their path names.
 */
async function datasetRouter(byDataset: Record<string, SanityStandIn>): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const dataset = /^\/v[^/]+\/(?:data\/(?:query|mutate)|assets\/(?:files|images))\/([^/?]+)/.exec(path)?.[1] ?? /^\/(?:files|images)\/[^/]+\/([^/]+)\//.exec(path)?.[1];
    const target = dataset ? byDataset[dataset] : undefined;
    if (!target) return void res.writeHead(404).end();
    const upstream = new URL(target.url);
    const forward = httpRequest({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

async function submitEntry(url: string, clock: ReturnType<typeof handClock>, title: string): Promise<Response> {
  const { ve } = (await (await fetch(`${url}/tham-gia/phieu`)).json()) as { ve: string };
  clock.advance(10_000);
  const form = new FormData();
  const fields: Record<string, string> = {
    'cuoc-thi': CONTEST,
    'ten-tac-pham': title,
    'noi-dung': 'Thầy đi bộ mười cây số mỗi sáng để đến lớp.',
    'ho-ten': 'Nguyễn Thị Riêng Tư',
    'vai-tro': 'giao-vien',
    truong: 'Trường Tiểu học Sơn La',
    tinh: 'son-la',
    'nam-sinh': '1990',
    email: 'rieng.tu@vi-du.edu.vn',
    'dong-y-xu-ly': 'co',
    khoa: randomUUID(),
    ve,
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return fetch(`${url}/tham-gia/bai-du-thi`, { method: 'POST', body: form, headers: { accept: 'application/json' } });
}

const closers: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

describe("the Studio's desk query finds an entry sent to the site", () => {
  it('Sanity: stored in the private dataset with the write token, never in the public one', async () => {
    const publicLake = await startSampleStandIn({ token: READ_TOKEN, dataset: 'production' });
    closers.push(() => publicLake.close());
    const privateLake = await startSanityStandIn({ token: WRITE_TOKEN, dataset: 'tham-gia', projectId: publicLake.projectId, aclMode: 'private' });
    closers.push(() => privateLake.close());
    const router = await datasetRouter({ production: publicLake, 'tham-gia': privateLake });
    closers.push(() => router.close());

    const clock = handClock('2026-12-02T03:00:00Z');
    const config = readServerConfig(
      {
        SANITY_WEBHOOK_SECRET: SECRET,
        PUBLISH_ROOT: mkdtempSync(join(tmpdir(), 'gs-studio-desk-')),
        SANITY_PROJECT_ID: publicLake.projectId,
        SANITY_DATASET: 'production',
        SANITY_READ_TOKEN: READ_TOKEN,
        SANITY_API_HOST: router.url,
        SANITY_PARTICIPATION_DATASET: 'tham-gia',
        SANITY_WRITE_TOKEN: WRITE_TOKEN,
      },
      [],
    );
    const server: SiteServer = createSiteServer({ ...config, port: 0 }, { clock, logger: silentLogger });
    closers.push(() => server.close());
    const { url } = await server.listen();

    const answer = await submitEntry(url, clock, 'Bài gửi vào Sanity');
    expect(answer.status, await answer.clone().text()).toBe(201);
    const desk = createClient({ projectId: publicLake.projectId, dataset: 'tham-gia', token: WRITE_TOKEN, apiHost: router.url, useProjectHostname: false, useCdn: false, apiVersion: '2025-02-19' });
    const listed = await desk.fetch<{ _id: string; title: string; status: string }[]>(DESK_QUERY, { contestId: CONTEST, status: 'da-nhan' }, { perspective: 'raw' });
    expect(listed.map((entry) => [entry.title, entry.status])).toEqual([['Bài gửi vào Sanity', 'da-nhan']]);
    // The private document carries the contact; the public dataset has nothing of it, and an
    // unauthenticated reader of the private dataset sees nothing at all.
    expect(JSON.stringify(privateLake.documents())).toContain('rieng.tu@vi-du.edu.vn');
    expect(JSON.stringify(publicLake.documents())).not.toContain('Nguyễn Thị Riêng Tư');
    expect(JSON.stringify(publicLake.documents())).not.toContain('Bài gửi vào Sanity');
    const anonymous = createClient({ projectId: publicLake.projectId, dataset: 'tham-gia', apiHost: router.url, useProjectHostname: false, useCdn: false, apiVersion: '2025-02-19' });
    expect(await anonymous.fetch('count(*[_type == "contestEntry"])')).toBe(0);
    // The write token went with the private dataset's requests only, never to the public one.
    expect(publicLake.requests.filter((r) => r.kind === 'mutate')).toEqual([]);
  });

  it('SQLite: the same desk query answers from the store', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gs-studio-desk-sqlite-'));
    const clock = handClock('2026-12-02T03:00:00Z');
    const config = readServerConfig({ SANITY_WEBHOOK_SECRET: SECRET, PUBLISH_ROOT: mkdtempSync(join(tmpdir(), 'gs-studio-desk-')), CONTENT_DATASET: sampleDatasetDir, PARTICIPATION_DIR: dataDir }, []);
    const server = createSiteServer({ ...config, port: 0 }, { clock, logger: silentLogger });
    closers.push(() => server.close());
    const { url } = await server.listen();
    const answer = await submitEntry(url, clock, 'Bài gửi vào SQLite');
    expect(answer.status, await answer.clone().text()).toBe(201);
    await server.close();
    const store = createSqliteStore({ dir: dataDir });
    closers.push(() => store.close());
    const listed = await store.query<{ title: string; status: string }[]>(DESK_QUERY, { contestId: CONTEST, status: 'da-nhan' });
    expect(listed.map((entry) => [entry.title, entry.status])).toEqual([['Bài gửi vào SQLite', 'da-nhan']]);
    expect(await store.query(DESK_QUERY, { contestId: CONTEST, status: 'hop-le' })).toEqual([]);
  });
});
