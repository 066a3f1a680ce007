// The whole site built in Sanity mode (SANITY_PROJECT_ID/DATASET/READ_TOKEN) against the loopback
// stand-in of the Content Lake, with SANITY_API_HOST pointing at it: the build reads published
// content only, keeps the token to itself, and never names a *.sanity.io host. A second build, with
// the stand-in failing every request, must fail with one Vietnamese sentence and no stack trace.
//
// Two builds only (each takes a minute or two here); each gets its own caches in a temp folder so
// the shared sample build's caches are never touched.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSampleStandIn, SAMPLE_EXPORT_DIR, type SanityStandIn, type StandInDocument, type StandInRequest } from '../helpers/sanity-stand-in.ts';
import { type BuildResult, decodeEntities, exists, fileText, imgTags, listFiles, pagePath, rel, removeBuild, runBuild } from '../site/helpers/build.ts';

// Looks like a real Sanity token (sk + 40+ alphanumerics) so a leak would be recognisable.
const TOKEN = 'skStandInReadTokenMustNeverLeak9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const DRAFT_MARKER = 'QZX7741';
const DRAFT_TITLE = `Bản nháp tuyệt mật ${DRAFT_MARKER}`;
const DRAFT_ONLY_SLUG = 'ban-nhap-chua-xuat-ban-qzx';
// The build's clock, fixed so "published" and "scheduled" are decided here, not by today's date.
const BUILD_TIME = '2026-06-01T00:00:00Z';
const SCHEDULED_MARKER = 'HENGIO5512';
const SCHEDULED_SLUG = 'bai-hen-gio-hengio';

interface ExportDoc {
  _id: string;
  _type: string;
  slug?: { current?: string };
  title?: string;
  publishedAt?: string;
}

const exported: ExportDoc[] = readFileSync(join(SAMPLE_EXPORT_DIR, 'data.ndjson'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as ExportDoc);
const publishedStories = exported.filter(
  (doc) =>
    doc._type === 'story' &&
    !doc._id.startsWith('drafts.') &&
    !doc._id.startsWith('versions.') &&
    (doc.publishedAt === undefined || Date.parse(doc.publishedAt) <= Date.parse(BUILD_TIME)),
);
const draftedStory = publishedStories[1]!;

/** Environment of a Sanity-mode build against `standIn`, with every cache in `scratch`. */
function sanityBuildEnv(standIn: SanityStandIn, scratch: string): Record<string, string | undefined> {
  return {
    CONTENT_DATASET: undefined,
    STRICT: undefined,
    SANITY_PROJECT_ID: standIn.projectId,
    SANITY_DATASET: standIn.dataset,
    SANITY_READ_TOKEN: TOKEN,
    SANITY_API_VERSION: undefined,
    SANITY_API_HOST: standIn.url,
    BUILD_TIME,
    BUILD_REPORT_FILE: join(scratch, 'report.json'),
    ASTRO_CACHE_DIR: join(scratch, 'astro'),
    OG_CACHE_DIR: join(scratch, 'og'),
    BOOKLET_CACHE_DIR: join(scratch, 'booklets'),
    VALIDATION_CACHE_FILE: join(scratch, 'validation.json'),
    BUILD_STATS_FILE: join(scratch, 'stats.json'),
  };
}

const TEXT_EXTENSIONS = new Set(['.html', '.xml', '.json', '.js', '.mjs', '.css', '.txt', '.webmanifest', '.svg', '.csv', '.ndjson', '.xhtml', '.opf', '.ncx', '.pf_fragment', '.pf_index', '.pf_meta', '.pagefind']);

describe('Sanity-mode build against the stand-in', () => {
  let standIn: SanityStandIn;
  let build: BuildResult;
  let scratch: string;
  let files: string[];
  let texts: Map<string, string>;
  /** What the build itself asked the stand-in (before the tests below fetch anything). */
  let buildRequests: StandInRequest[];

  beforeAll(async () => {
    standIn = await startSampleStandIn({ token: TOKEN });
    const story = standIn.documents().find((doc) => doc._id === draftedStory._id)!;
    // An editor's unpublished edit of a published story, and a story that exists only as a draft.
    const drafts: StandInDocument[] = [
      { ...story, _id: `drafts.${story._id}`, title: DRAFT_TITLE, excerpt: `Tóm tắt nháp ${DRAFT_MARKER}` },
      { ...story, _id: `drafts.story.${DRAFT_ONLY_SLUG}`, title: `${DRAFT_TITLE} (mới)`, slug: { _type: 'slug', current: DRAFT_ONLY_SLUG } },
    ];
    // And a published story dated after the build's clock: scheduled, so not public yet.
    const scheduled: StandInDocument = {
      ...story,
      _id: `story.${SCHEDULED_SLUG}`,
      title: `Bài hẹn giờ ${SCHEDULED_MARKER}`,
      slug: { _type: 'slug', current: SCHEDULED_SLUG },
      publishedAt: '2026-07-01T00:00:00Z',
    };
    standIn.mutate([...drafts, scheduled].map((doc) => ({ createOrReplace: doc })));
    standIn.requests.length = 0;
    scratch = mkdtempSync(join(tmpdir(), 'guong-sang-sanity-build-'));
    build = await runBuild({ env: sanityBuildEnv(standIn, scratch) });
    buildRequests = [...standIn.requests];
    files = listFiles(build.outDir);
    texts = new Map(files.filter((file) => TEXT_EXTENSIONS.has(extname(file)) || !extname(file)).map((file) => [file, fileText(file)]));
  });
  afterAll(async () => {
    await standIn?.close();
    removeBuild(build);
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('exits 0', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('read its content from the stand-in, with the token, in the published perspective', () => {
    const queries = buildRequests.filter((r) => r.kind === 'query');
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) expect(query).toMatchObject({ perspective: 'published', hadToken: true, status: 200 });
  });

  it('fetched the booklets\' image bytes from the stand-in, all found', () => {
    const assets = buildRequests.filter((r) => r.kind === 'asset');
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((r) => r.status !== 200)).toEqual([]);
    expect(files.some((file) => file.endsWith('.epub'))).toBe(true);
  });

  it('has a page for every published story of the dataset', () => {
    expect(publishedStories.length).toBeGreaterThan(10);
    const missing = publishedStories.filter((story) => !exists(pagePath(build.outDir, `/bai-viet/${story.slug!.current!}/`)));
    expect(missing.map((story) => story._id)).toEqual([]);
  });

  it('shows the published title of the drafted story, and nothing of any draft', () => {
    const page = readFileSync(pagePath(build.outDir, `/bai-viet/${draftedStory.slug!.current!}/`), 'utf8');
    expect(decodeEntities(page)).toContain(draftedStory.title!);
    expect(exists(pagePath(build.outDir, `/bai-viet/${DRAFT_ONLY_SLUG}/`))).toBe(false);
    const leaking = [...texts].filter(([, text]) => text.includes(DRAFT_MARKER) || text.includes(DRAFT_ONLY_SLUG)).map(([file]) => rel(build.outDir, file));
    expect(leaking).toEqual([]);
  });

  it('keeps a story dated after BUILD_TIME out of every output', () => {
    expect(exists(pagePath(build.outDir, `/bai-viet/${SCHEDULED_SLUG}/`))).toBe(false);
    const leaking = [...texts].filter(([, text]) => text.includes(SCHEDULED_MARKER) || text.includes(SCHEDULED_SLUG)).map(([file]) => rel(build.outDir, file));
    expect(leaking).toEqual([]);
  });

  it('never writes or prints the read token', () => {
    expect(build.output).not.toContain(TOKEN);
    const leaking = files.filter((file) => readFileSync(file).includes(TOKEN)).map((file) => rel(build.outDir, file));
    expect(leaking).toEqual([]);
    expect(readFileSync(join(scratch, 'report.json')).includes(TOKEN)).toBe(false);
  });

  it('names no *.sanity.io host anywhere in the output', () => {
    const naming = [...texts].filter(([, text]) => /sanity\.io/i.test(text)).map(([file]) => rel(build.outDir, file));
    expect(naming).toEqual([]);
    // Binary files too (images, PDFs, EPUBs), byte for byte.
    expect(files.filter((file) => readFileSync(file).includes('sanity.io')).map((file) => rel(build.outDir, file))).toEqual([]);
  });

  it('points page images at the stand-in, which serves them', async () => {
    const prefix = `${standIn.url}/images/${standIn.projectId}/${standIn.dataset}/`;
    const urls = new Set<string>();
    for (const [file, text] of texts) {
      if (!file.endsWith('.html')) continue;
      for (const img of imgTags(text)) {
        for (const candidate of [img.src, ...img.srcset.split(',').map((part) => part.trim().split(/\s+/)[0]!)]) {
          if (/^https?:\/\//.test(candidate)) urls.add(candidate);
        }
      }
    }
    expect(urls.size).toBeGreaterThan(0);
    expect([...urls].filter((url) => !url.startsWith(prefix))).toEqual([]);
    // A browser would fetch these: the stand-in must have them (transformation parameters ignored).
    const sample = [...new Set([...urls].map((url) => url.split('?')[0]!))].slice(0, 5);
    for (const url of sample) {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toMatch(/^image\//);
    }
  });
});

describe('Sanity-mode build when the stand-in answers 500 to everything', () => {
  let standIn: SanityStandIn;
  let build: BuildResult;
  let scratch: string;

  beforeAll(async () => {
    standIn = await startSampleStandIn({ token: TOKEN });
    standIn.failAll(500);
    scratch = mkdtempSync(join(tmpdir(), 'guong-sang-sanity-build-'));
    build = await runBuild({ env: sanityBuildEnv(standIn, scratch) });
  });
  afterAll(async () => {
    await standIn?.close();
    removeBuild(build);
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('exits non-zero after asking the stand-in', () => {
    expect(build.code).not.toBe(0);
    expect(build.code).not.toBeNull();
    expect(standIn.requests.filter((r) => r.kind === 'query' && r.status === 500).length).toBeGreaterThan(0);
  });

  it('says why in Vietnamese, naming the project and dataset, without a stack trace or the token', () => {
    expect(build.output).toMatch(new RegExp(`Không lấy được nội dung từ Sanity \\(dự án ${standIn.projectId}, dataset ${standIn.dataset}\\)`));
    expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(build.output).not.toContain(TOKEN);
  });

  it('writes no pages', () => {
    expect(listFiles(build.outDir).filter((file) => file.endsWith('.html'))).toEqual([]);
  });
});
