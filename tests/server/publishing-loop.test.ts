// The publishing loop end to end, in-process, with the REAL build of the bundled sample (a temp copy of
// site/dataset in local-dataset mode): initial build → edit a story → signed webhook → new title in
// PUBLISH_ROOT/current; a forged webhook builds nothing; a burst of 50 gives at most 2 builds; killing
// the build child mid-way leaves `current` untouched and the next webhook recovers; a rebuild that
// changes no old story reuses the live search archive (the search step's `--previous`).
// Real builds take about a minute each here, so the scenarios share one server and few builds.
import type { ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readServerConfig, repoRoot } from '../../server/src/config.ts';
import { silentLogger } from '../../server/src/log.ts';
import { createSiteServer, type SiteServer } from '../../server/src/server.ts';
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '../../server/src/webhook-test.ts';

const SECRET = 'publishing-loop-secret-0123456789';
const work = mkdtempSync(join(tmpdir(), 'server-loop-'));
const datasetDir = join(work, 'dataset');
const publishRoot = join(work, 'publish');
// Image and OG caches survive between runs of this file so only the first run ever encodes images.
const sharedCache = join(tmpdir(), 'guong-sang-server-loop-cache');

/** HTML pages of `after` that are new or differ from `before`, as paths relative to the release. */
function changedHtmlPages(before: string, after: string): string[] {
  const walk = (dir: string, prefix = ''): string[] =>
    readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return entry.name.startsWith('pagefind') || entry.name === '_astro' ? [] : walk(dir, path);
      return entry.name.endsWith('.html') ? [path] : [];
    });
  return walk(after).filter((path) => !existsSync(join(before, path)) || readFileSync(join(before, path), 'utf8') !== readFileSync(join(after, path), 'utf8'));
}

/** Pages without a cacheKey: one per page file under site/src/pages whose path has no [param]. */
function staticRouteCount(): number {
  const pages = join(repoRoot, 'site', 'src', 'pages');
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  return walk(pages).filter((file) => file.endsWith('.astro') && !file.slice(pages.length).includes('[')).length;
}

interface StoryLine {
  _id: string;
  _type: string;
  title: string;
  slug: { current: string };
}

const dataFile = join(datasetDir, 'data.ndjson');
function firstStory(): StoryLine {
  const line = readFileSync(dataFile, 'utf8').split('\n').find((l) => l.includes('"_type":"story"') && !l.includes('"_id":"drafts.'));
  return JSON.parse(line ?? '{}') as StoryLine;
}
function setTitle(id: string, title: string): void {
  const lines = readFileSync(dataFile, 'utf8').split('\n').map((line) => {
    if (!line.trim()) return line;
    const doc = JSON.parse(line) as StoryLine;
    return doc._id === id ? JSON.stringify({ ...doc, title }) : line;
  });
  writeFileSync(dataFile, lines.join('\n'));
}

let server: SiteServer;
let baseUrl: string;
let children: Array<{ child: ChildProcess; step: string }> = [];
let story: StoryLine;

async function postWebhook(body: string, secret = SECRET): Promise<number> {
  const signature = await encodeSignatureHeader(body, Date.now(), secret);
  const response = await fetch(`${baseUrl}/webhooks/sanity`, { method: 'POST', headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature }, body });
  await response.text();
  return response.status;
}
const storyHook = (n: number) => JSON.stringify({ _id: story._id, _type: 'story', operation: 'update', n });

const currentTarget = () => readlinkSync(join(publishRoot, 'current'));
const livePage = () => readFileSync(join(publishRoot, 'current', 'bai-viet', story.slug.current, 'index.html'), 'utf8');

beforeAll(async () => {
  cpSync(join(repoRoot, 'site', 'dataset'), datasetDir, { recursive: true });
  mkdirSync(sharedCache, { recursive: true });
  mkdirSync(publishRoot, { recursive: true });
  symlinkSync(sharedCache, join(publishRoot, 'cache'));
  story = firstStory();
  const read = readServerConfig({ SANITY_WEBHOOK_SECRET: SECRET, PUBLISH_ROOT: publishRoot, CONTENT_DATASET: datasetDir }, []);
  // The sample's 46 stories split into both search bundles (site/src/lib/search/bundles.ts), so the
  // search step is seen writing, and the page release borrowing, the archive bundle too.
  const config = { ...read, port: 0, buildEnv: { ...read.buildEnv, SEARCH_RECENT_STORIES: '20' } };
  server = createSiteServer(config, {
    logger: silentLogger,
    onBuildProcess: (child, step) => children.push({ child, step }),
  });
  ({ url: baseUrl } = await server.listen());
});

afterAll(async () => {
  await server?.close();
});

/** The site under `dir` has an archive, and every part its split file names is a complete Pagefind bundle. */
function archivePartsComplete(dir: string): boolean {
  const split = JSON.parse(readFileSync(join(dir, 'pagefind', 'guong-sang-split.json'), 'utf8')) as { archiveParts?: Array<{ path: string }> };
  const parts = split.archiveParts ?? [];
  return parts.length > 0 && parts.every((part) => part.path.startsWith('/pagefind-luu-tru/') && existsSync(join(dir, part.path, 'pagefind-entry.json')));
}

describe('publishing loop (real builds)', () => {
  it('builds the first release on start, with the story as it is', { timeout: 900_000 }, async () => {
    // A crashed build's leftovers are cleaned on start.
    mkdirSync(join(publishRoot, 'staging', '20260101T000000.000Z-dead'), { recursive: true });
    await server.start();
    await server.idle();
    expect(readdirSync(join(publishRoot, 'staging'))).toEqual([]);
    const status = await server.status();
    const record = server.history().at(-1);
    expect(status.lastBuild?.result).toBe('success');
    expect(status.lastBuild?.pages?.total).toBeGreaterThan(100);
    // Pages went live first; the search step then made a second release with a fresh index.
    expect(record?.search).toBe('built');
    expect(status.live?.id).toBe(record?.searchRelease);
    expect(currentTarget()).toBe(join('releases', record?.searchRelease ?? '?'));
    expect(existsSync(join(publishRoot, 'current', 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(archivePartsComplete(join(publishRoot, 'current'))).toBe(true);
    expect(livePage()).toContain(story.title);
    // The scheduler is armed at the report's next clock boundary (plus the server's one-second margin).
    const boundary = record?.report?.nextBoundary;
    expect(status.nextScheduledBuild).toBe(boundary ? new Date(Date.parse(boundary) + 1000).toISOString() : null);
    // The report and timings are kept next to the release.
    const saved = JSON.parse(readFileSync(join(publishRoot, 'reports', `${record?.id}.json`), 'utf8')) as { report: { pages: { total: number } } };
    expect(saved.report.pages.total).toBe(status.lastBuild?.pages?.total);
  });

  it('a forged webhook builds nothing; a burst of 50 signed ones gives at most 2 builds and publishes the edit', { timeout: 900_000 }, async () => {
    const before = server.history().length;
    const liveBefore = currentTarget();
    const newTitle = `Tiêu đề mới sau webhook ${Date.now()}`;
    setTitle(story._id, newTitle);

    expect(await postWebhook(storyHook(0), 'not-the-secret-0123456789')).toBe(401);
    const afterForged = await server.status();
    expect(afterForged.building || afterForged.queued).toBe(false);
    expect(server.history()).toHaveLength(before);

    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => postWebhook(storyHook(i + 1))));
    expect(answers.every((status) => status === 202)).toBe(true);
    const during = await server.status();
    expect(during.building).toBe(true);
    await server.idle();

    const builds = server.history().slice(before);
    expect(builds.length).toBeGreaterThanOrEqual(1);
    expect(builds.length).toBeLessThanOrEqual(2);
    expect(builds.every((b) => b.result === 'success' && b.search === 'built')).toBe(true);
    expect(builds[0]?.report?.pages.total).toBeGreaterThan(100);
    // Until its own index existed, the page release borrowed the live one, so search never broke.
    const pagesRelease = join(publishRoot, 'releases', builds.at(-1)?.release ?? '?');
    expect(existsSync(join(pagesRelease, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(archivePartsComplete(pagesRelease)).toBe(true);
    expect(livePage()).toContain(newTitle);
    expect(livePage()).not.toContain(story.title);
    // The old release was not touched in place: it still holds the old title.
    expect(readFileSync(join(publishRoot, liveBefore, 'bai-viet', story.slug.current, 'index.html'), 'utf8')).toContain(story.title);
    // Incremental: the edit re-rendered the pages whose HTML changed and the pages without a cache
    // key (one per static route file, counted from site/src/pages), nothing else.
    const edit = builds[0]!;
    const changed = changedHtmlPages(join(publishRoot, liveBefore), join(publishRoot, 'releases', edit.release!));
    expect(changed).toContain(`bai-viet/${story.slug.current}/index.html`);
    expect(edit.report!.pages.rendered).toBeGreaterThanOrEqual(changed.length);
    expect(edit.report!.pages.rendered - changed.length).toBeLessThanOrEqual(staticRouteCount());
    expect(edit.report!.pages.reused).toBeGreaterThan(edit.report!.pages.total / 2);
    story = { ...story, title: newTitle };
  });

  it('killing the build child mid-way leaves current untouched; the next webhook recovers', { timeout: 900_000 }, async () => {
    const liveBefore = currentTarget();
    const killedTitle = `Tiêu đề sau khi dừng bản dựng ${Date.now()}`;
    setTitle(story._id, killedTitle);
    children = [];
    const before = server.history().length;
    expect(await postWebhook(storyHook(100))).toBe(202);

    // Wait until the build has written pages into its stage, then kill the wrapper process.
    const stagingDir = join(publishRoot, 'staging');
    for (let i = 0; i < 600; i++) {
      const stages = existsSync(stagingDir) ? readdirSync(stagingDir) : [];
      if (stages.some((s) => existsSync(join(stagingDir, s, 'bai-viet')))) break;
      await sleep(500);
    }
    const build = children.find((c) => c.step === 'build');
    expect(build?.child.pid).toBeTypeOf('number');
    build?.child.kill('SIGKILL');
    await server.idle();

    const killed = server.history().slice(before);
    expect(killed.map((b) => b.result)).toEqual(['failed']);
    expect(killed[0]?.error).toContain('SIGKILL');
    expect(currentTarget()).toBe(liveBefore);
    expect(livePage()).toContain(story.title);
    expect(readdirSync(stagingDir)).toEqual([]);
    const status = await server.status();
    expect(status.lastError?.message).toContain('SIGKILL');
    expect(JSON.stringify(status)).not.toContain(SECRET);
    // The whole process group died: nothing keeps writing a discarded stage back into existence.
    await sleep(2000);
    expect(readdirSync(stagingDir)).toEqual([]);

    expect(await postWebhook(storyHook(101))).toBe(202);
    await server.idle();
    expect(server.history().at(-1)?.result).toBe('success');
    expect(currentTarget()).not.toBe(liveBefore);
    expect(livePage()).toContain(killedTitle);
    const logs = readdirSync(join(publishRoot, 'logs'));
    expect(logs.length).toBeGreaterThanOrEqual(3);
    for (const log of logs) expect(readFileSync(join(publishRoot, 'logs', log), 'utf8')).not.toContain(SECRET);
  });

  it('a rebuild that changes no old story reuses the live search archive: its files are hard links, not new ones', { timeout: 900_000 }, async () => {
    const liveBefore = currentTarget();
    const archiveFiles = (release: string) =>
      readdirSync(join(publishRoot, release, 'pagefind-luu-tru'), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(join(publishRoot, release, 'pagefind-luu-tru').length))
        .sort();
    const files = archiveFiles(liveBefore);
    expect(files.length).toBeGreaterThan(5);
    // The same content again (an editor re-publishing): nothing in the archive changed.
    expect(await postWebhook(storyHook(200))).toBe(202);
    await server.idle();
    const build = server.history().at(-1)!;
    expect(build).toMatchObject({ result: 'success', search: 'built' });
    expect(currentTarget()).toBe(join('releases', build.searchRelease!));
    expect(archiveFiles(currentTarget())).toEqual(files);
    const ino = (release: string, file: string) => statSync(join(publishRoot, release, 'pagefind-luu-tru', file)).ino;
    for (const file of files) expect(ino(currentTarget(), file), file).toBe(ino(liveBefore, file));
    // The main bundle was written again (new files), and the search step said what it reused.
    const entry = (release: string) => statSync(join(publishRoot, release, 'pagefind', 'pagefind-entry.json')).ino;
    expect(entry(currentTarget())).not.toBe(entry(liveBefore));
    expect(readFileSync(join(publishRoot, 'logs', `${build.id}.log`), 'utf8')).toMatch(/kho lưu trữ: dùng lại \d+ trang/);
  });
});
