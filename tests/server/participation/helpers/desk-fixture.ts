// A running site server with the judging desk, for the desk tests: a temp folder holding a small
// content export (two contests with rubrics and prizes), the participation store from the factory,
// the overlay writer, and real HTTP on 127.0.0.1. Helpers log in like a browser (cookie, CSRF field).
import { createContestSource } from '../../../../server/src/participation/contests.ts';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readServerConfig } from '../../../../server/src/config.ts';
import { silentLogger } from '../../../../server/src/log.ts';
import { accessKeyHash, deriveDeskSecret, newAccessKey, signEditorLink } from '../../../../server/src/participation/desk/session.ts';
import { createDeskFromSetup, overlayPath as overlayPathOf } from '../../../../server/src/participation/desk/setup.ts';
import type { ParticipationStore, StoredDocument } from '../../../../server/src/participation/store.ts';
import { createSiteServer, type SiteServer } from '../../../../server/src/server.ts';
import { createTestStore } from './store-factory.ts';

export const SERVER_SECRET = 'desk-test-secret-0123456789abcdef';
export const CONTEST = 'contest.thu-nghiem-cham-thi';
export const OTHER_CONTEST = 'contest.cuoc-thi-khac';

export const CONTENT: StoredDocument[] = [
  {
    _id: CONTEST,
    _type: 'contest',
    title: 'Cuộc thi viết thử nghiệm',
    rubric: [
      { _type: 'rubricCriterion', _key: 'noi-dung', title: 'Nội dung', weight: 3, maxScore: 10 },
      { _type: 'rubricCriterion', _key: 'hinh-thuc', title: 'Hình thức', weight: 1, maxScore: 5 },
    ],
    prizes: [
      { _type: 'prize', _key: 'giai-nhat', title: 'Giải Nhất', count: 1 },
      { _type: 'prize', _key: 'giai-nhi', title: 'Giải Nhì', count: 2 },
    ],
  },
  { _id: OTHER_CONTEST, _type: 'contest', title: 'Cuộc thi khác', rubric: [], prizes: [] },
];

export interface DeskFixture {
  url: string;
  dir: string;
  overlayPath: string;
  store: ParticipationStore;
  server: SiteServer;
  builds: string[];
  deskSecret: string;
  /** Stores a judge and returns their access key (shown once, as the CLI does). */
  addJudge(judge: { id: string; name: string; contests?: string[]; conflictSchools?: string[]; conflictProvinces?: string[]; active?: boolean }): Promise<string>;
  close(): Promise<void>;
}

export async function startDesk(options: { now?: () => Date; siteUrl?: string } = {}): Promise<DeskFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-'));
  const dataset = join(dir, 'dataset');
  mkdirSync(dataset);
  writeFileSync(join(dataset, 'data.ndjson'), CONTENT.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const env = { SANITY_WEBHOOK_SECRET: SERVER_SECRET, PUBLISH_ROOT: join(dir, 'publish'), CONTENT_DATASET: dataset, ...(options.siteUrl ? { SITE_URL: options.siteUrl } : {}) };
  const config = { ...readServerConfig(env, []), port: 0 };
  const participationDir = join(dir, 'participation');
  const store = await createTestStore(participationDir);
  const overlayPath = overlayPathOf(participationDir);
  const builds: string[] = [];
  const deskSecret = deriveDeskSecret(config.webhookSecret);
  // Assembled as the server does it (local content → the overlay writer and build requests).
  const desk = createDeskFromSetup({
    content: config.content,
    participationDir,
    webhookSecret: config.webhookSecret,
    ...(config.siteUrl ? { siteUrl: config.siteUrl } : {}),
    store,
    contests: createContestSource(config.content, options.now ?? (() => new Date())),
    requestBuild: (reason) => builds.push(reason),
    ...(options.now ? { now: options.now } : {}),
    loginsPerMinute: 1000,
    log: () => {},
  });
  const server = createSiteServer(config, { logger: silentLogger, desk });
  const { url } = await server.listen();
  return {
    url,
    dir,
    overlayPath,
    store,
    server,
    builds,
    deskSecret,
    async addJudge(judge) {
      const { key } = newAccessKey();
      await store.createOrReplace({
        _id: judge.id,
        _type: 'judge',
        name: judge.name,
        contests: (judge.contests ?? [CONTEST]).map((id) => ({ _type: 'reference', _ref: id, _weak: true })),
        conflictSchools: judge.conflictSchools ?? [],
        conflictProvinces: judge.conflictProvinces ?? [],
        accessKeyHash: accessKeyHash(key),
        active: judge.active ?? true,
      });
      return key;
    },
    async close() {
      await server.close();
      await store.close();
    },
  };
}

/** A browser-like client: keeps the session cookie, reads the CSRF field from each page. */
export interface DeskClient {
  get(path: string): Promise<{ status: number; text: string; headers: Headers }>;
  /** Posts a form; the CSRF token of the last page seen is added unless `csrf` is given (or null). */
  post(path: string, fields: Record<string, string | string[]>, csrf?: string | null): Promise<{ status: number; text: string; headers: Headers }>;
  readonly cookie: string | undefined;
  readonly csrf: string | undefined;
}

export function client(base: string): DeskClient {
  let cookie: string | undefined;
  let csrf: string | undefined;
  const remember = async (response: Response) => {
    const set = response.headers.get('set-cookie');
    if (set) {
      const value = set.split(';')[0]!;
      cookie = value.endsWith('=') ? undefined : value;
    }
    const text = await response.text();
    const found = /name="csrf" value="([^"]+)"/.exec(text);
    if (found) csrf = found[1];
    return { status: response.status, text, headers: response.headers };
  };
  return {
    get cookie() {
      return cookie;
    },
    get csrf() {
      return csrf;
    },
    async get(path) {
      return remember(await fetch(new URL(path, base), { redirect: 'manual', headers: cookie ? { cookie } : {} }));
    },
    async post(path, fields, given) {
      const body = new URLSearchParams();
      for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
      const token = given === undefined ? csrf : given;
      if (token !== null && token !== undefined) body.set('csrf', token);
      return remember(
        await fetch(new URL(path, base), {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
          body,
        }),
      );
    },
  };
}

export async function loginJudge(base: string, key: string): Promise<DeskClient> {
  const c = client(base);
  const answer = await c.post('/cham-thi/dang-nhap', { khoa: key }, null);
  if (answer.status !== 303) throw new Error(`judge login failed: ${answer.status}`);
  await c.get('/cham-thi/');
  return c;
}

export async function loginEditor(fixture: DeskFixture, now = new Date()): Promise<DeskClient> {
  const c = client(fixture.url);
  const answer = await c.post('/cham-thi/dang-nhap', { 'bien-tap': signEditorLink(now, fixture.deskSecret) }, null);
  if (answer.status !== 303) throw new Error(`editor login failed: ${answer.status}`);
  await c.get('/cham-thi/');
  return c;
}
