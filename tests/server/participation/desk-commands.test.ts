// The desk's operator commands: `pnpm server desk editor-link` (the real CLI, as a child process) and
// adding a judge, whose printed link is the only copy of their key and opens the desk.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readServerConfig, repoRoot } from '../../../server/src/config.ts';
import { silentLogger } from '../../../server/src/log.ts';
import { createSiteServer } from '../../../server/src/server.ts';
import { addJudge, DeskCommandError, parseAddJudgeArgs } from '../../../server/src/participation/desk/commands.ts';
import { client, CONTENT, CONTEST, SERVER_SECRET, startDesk, type DeskFixture } from './helpers/desk-fixture.ts';

let fixture: DeskFixture;
beforeAll(async () => {
  fixture = await startDesk();
});
afterAll(() => fixture.close());

const loginWith = async (link: string) => {
  const url = new URL(link);
  const c = client(fixture.url);
  const page = await c.get(`${url.pathname}${url.search}`);
  const [, name, value] = /<input type="hidden" name="([^"]+)" value="([^"]+)">/.exec(page.text) ?? [];
  const answer = await c.post('/cham-thi/dang-nhap', { [name!]: value! }, null);
  return { status: answer.status, home: answer.status === 303 ? await c.get('/cham-thi/') : undefined };
};

describe('pnpm server desk', () => {
  it('editor-link prints a link that logs an editor in', async () => {
    const out = execFileSync(join(repoRoot, 'node_modules', '.bin', 'node'), ['server/src/cli.ts', 'desk', 'editor-link'], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, SANITY_WEBHOOK_SECRET: SERVER_SECRET, SITE_URL: 'https://guong-sang.example' },
      encoding: 'utf8',
    });
    const link = out.split('\n')[0]!;
    expect(link).toMatch(/^https:\/\/guong-sang\.example\/cham-thi\/dang-nhap\?bien-tap=v1\./);
    const { status, home } = await loginWith(link);
    expect(status).toBe(303);
    expect(home?.text).toContain('Biên tập viên');
    expect(home?.text).toContain('Đề cử gương điển hình');
  });

  it('add-judge (the real CLI) writes to the participation store, and the server\'s own desk lets the judge in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-cli-'));
    mkdirSync(join(dir, 'dataset'));
    writeFileSync(join(dir, 'dataset', 'data.ndjson'), CONTENT.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const env = { SANITY_WEBHOOK_SECRET: SERVER_SECRET, PUBLISH_ROOT: join(dir, 'publish'), CONTENT_DATASET: join(dir, 'dataset'), PARTICIPATION_DIR: join(dir, 'participation') };
    const out = execFileSync(join(repoRoot, 'node_modules', '.bin', 'node'), ['server/src/cli.ts', 'desk', 'add-judge', '--name', 'Thầy Chấm Thật', '--contest', CONTEST, '--conflict-province', 'son-la'], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, ...env },
      encoding: 'utf8',
    });
    const link = /https?:\/\/\S+\/cham-thi\/dang-nhap\?khoa=\S+/.exec(out)?.[0];
    expect(link, out).toBeDefined();
    // The server assembles its own desk (no handler passed in) over the same data folder.
    const server = createSiteServer({ ...readServerConfig(env, []), port: 0 }, { logger: silentLogger });
    try {
      const { url } = await server.listen();
      const c = client(url);
      const login = await c.post('/cham-thi/dang-nhap', { khoa: new URL(link!).searchParams.get('khoa')! }, null);
      expect(login.status).toBe(303);
      const home = await c.get('/cham-thi/');
      expect(home.text).toContain('Giám khảo Thầy Chấm Thật');
      expect(home.text).toContain('Cuộc thi viết thử nghiệm');
    } finally {
      await server.close();
    }
  });

  it('add-judge stores the judge with a hashed key and conflicts, and prints a working one-time link', async () => {
    const args = parseAddJudgeArgs(['--name', 'Cô Giám Khảo', '--contest', CONTEST, '--conflict-school', 'Trường THCS Bản Lầu', '--conflict-province', 'lao-cai']);
    const { judgeId, link } = await addJudge(fixture.store, args, 'https://guong-sang.example');
    const key = new URL(link).searchParams.get('khoa')!;
    const stored = await fixture.store.get(judgeId);
    expect(stored).toMatchObject({ _type: 'judge', name: 'Cô Giám Khảo', contests: [{ _ref: CONTEST }], conflictSchools: ['Trường THCS Bản Lầu'], conflictProvinces: ['lao-cai'], active: true });
    expect(JSON.stringify(stored)).not.toContain(key);
    expect(stored?.['accessKeyHash']).toMatch(/^[0-9a-f]{64}$/);
    const { status, home } = await loginWith(link);
    expect(status).toBe(303);
    expect(home?.text).toContain('Giám khảo Cô Giám Khảo');
  });

  it('marks the session cookie Secure when SITE_URL is https', async () => {
    const secure = await startDesk({ siteUrl: 'https://guong-sang.example' });
    try {
      const answer = await client(secure.url).post('/cham-thi/dang-nhap', { khoa: await secure.addJudge({ id: 'judge.https', name: 'H' }) }, null);
      expect(answer.status).toBe(303);
      expect(answer.headers.get('set-cookie')).toMatch(/; Secure/);
    } finally {
      await secure.close();
    }
  });

  it('refuses incomplete or wrong arguments with one Vietnamese sentence', () => {
    expect(() => parseAddJudgeArgs(['--contest', CONTEST])).toThrow(/Cần --name/);
    expect(() => parseAddJudgeArgs(['--name', 'A'])).toThrow(/--contest/);
    expect(() => parseAddJudgeArgs(['--name', 'A', '--contest', CONTEST, '--conflict-province', 'Hà Nội'])).toThrow(DeskCommandError);
    expect(() => parseAddJudgeArgs(['--name', 'A', '--contest', 'không hợp lệ'])).toThrow(/không phải mã tài liệu/);
    expect(() => parseAddJudgeArgs(['--name'])).toThrow(/cần một giá trị/);
  });
});
