// Listing and secondary pages, feeds and site-wide files, checked on a real build of the sample
// dataset plus a few documents added for this file (its own build, once): 20 more stories
// in one column (so columns, themes and the archive paginate), one of them published at 01:30 on
// 1 January in Vietnam (still 31 December in UTC), a contest open right now with placings already
// entered (results must stay hidden) and an event next week (both on the home page).
import { createRequire } from 'node:module';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTAKE_PATHS } from '../../schemas/participation/form-fields.ts';
import { writeNdjsonFile } from '../../schemas/util/ndjson.ts';
import { prepareContent } from '../../site/src/lib/content/index.ts';
import { ARCHIVE_PAGE_SIZE, PAGE_SIZE } from '../../site/src/lib/routes/pagination.ts';
import { FEED_SIZE } from '../../site/src/lib/routes/feed.ts';
import { pageUrl } from '../../site/src/lib/routes/urls.ts';
import {
  type BuildResult,
  decodeEntities,
  type Doc,
  exists,
  isDraft,
  listFiles,
  pagePath,
  readNdjson,
  rel,
  removeBuild,
  runBuild,
  sampleDatasetDir,
  siteDir,
  slugOf,
} from './helpers/build.ts';

// fast-xml-parser: the XML library @astrojs/rss itself uses (resolved through it, no extra dependency).
const xml = createRequire(realpathSync(join(siteDir, 'node_modules/@astrojs/rss/package.json')))('fast-xml-parser') as {
  XMLValidator: { validate(text: string): true | { err: { msg: string; line: number } } };
  XMLParser: new (options?: Record<string, unknown>) => { parse(text: string): Record<string, unknown> };
};

const SITE = 'https://guongsang.example.vn';
const DAY = 24 * 60 * 60 * 1000;
const EXTRA_COLUMN = 'column.noi-vung-kho';
const EXTRA_THEME = 'theme.truong-hoc-hanh-phuc';
const CURATED_THEME = 'theme.doi-moi-sang-tao';

let datasetDir: string;
let build: BuildResult;
let docs: Doc[];
let excluded: ReadonlySet<string>;
let htmlFiles: string[];

// ---------------------------------------------------------------------------------------------------
// The dataset for this file

function augmentedDataset(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gs-listing-dataset-'));
  // Copied, not linked: the build refuses asset files whose real path leaves the dataset folder.
  for (const name of ['images', 'files', 'assets.json']) {
    if (exists(join(sampleDatasetDir, name))) cpSync(join(sampleDatasetDir, name), join(dir, name), { recursive: true });
  }
  const sample = readNdjson(sampleDatasetDir);
  const base = sample.find((d) => d._id === 'story.duong-den-truong')!;
  const extra: Doc[] = [];
  for (let i = 1; i <= 20; i++) {
    // Spread over 2023–2026; story 1 is 2024-12-31 18:30 UTC = 2025-01-01 01:30 in Vietnam.
    const publishedAt = i === 1 ? '2024-12-31T18:30:00Z' : new Date(Date.UTC(2023, 0, 5) + i * 53 * DAY).toISOString();
    extra.push({
      ...base,
      _id: `story.phan-trang-${i}`,
      title: `Đường đến trường, kỳ ${i}: chuyện ở điểm lẻ Đắk Rơ`,
      slug: { _type: 'slug', current: `phan-trang-${i}` },
      publishedAt,
      updatedAt: undefined,
      column: { _type: 'reference', _ref: EXTRA_COLUMN },
      themes: [{ _type: 'reference', _ref: EXTRA_THEME, _key: `t${i}` }],
    });
  }
  const contest = sample.find((d) => d._type === 'contest')!;
  const now = Date.now();
  extra.push({
    ...contest,
    _id: 'contest.dang-mo',
    title: 'Cuộc thi ảnh "Lớp học của em" (đang mở)',
    slug: { _type: 'slug', current: 'dang-mo' },
    opensAt: new Date(now - 10 * DAY).toISOString(),
    closesAt: new Date(now + 30 * DAY).toISOString(),
    resultsAt: new Date(now + 60 * DAY).toISOString(),
  });
  // Its entries: copies of the sample contest's (entries are their own documents since issue 11) in
  // the final round, so the page has a result to keep back until results are out. (An awarded entry
  // would mean the organisers already announced: see contestStatus.)
  for (const entry of sample.filter((d) => d._type === 'contestEntry' && ref(d.contest) === contest._id)) {
    const { placing: _placing, ...rest } = entry as typeof entry & { placing?: unknown };
    extra.push({ ...rest, status: 'chung-khao', _id: entry._id.replace('contestEntry.', 'contestEntry.dang-mo-'), contest: { _type: 'reference', _ref: 'contest.dang-mo', _weak: true } });
  }
  const event = sample.find((d) => d._type === 'event')!;
  extra.push({
    ...event,
    _id: 'event.sap-toi',
    title: 'Giao lưu "Đọc sách cùng con" (sắp diễn ra)',
    slug: { _type: 'slug', current: 'sap-toi' },
    startsAt: new Date(now + 7 * DAY).toISOString(),
    endsAt: new Date(now + 7 * DAY + 2 * 60 * 60 * 1000).toISOString(),
  });
  writeNdjsonFile(join(dir, 'data.ndjson'), [...sample, ...extra]);
  return dir;
}

beforeAll(async () => {
  datasetDir = augmentedDataset();
  docs = readNdjson(datasetDir);
  excluded = (await prepareContent({ env: { CONTENT_DATASET: datasetDir }, argv: [], failOnStrict: false })).excludedIds;
  build = await runBuild({
    env: { CONTENT_DATASET: datasetDir, SITE_URL: SITE, STRICT: undefined, SANITY_PROJECT_ID: undefined, SANITY_DATASET: undefined },
  });
  console.info(`[site] listing build: ${(build.ms / 1000).toFixed(1)} s`);
  htmlFiles = build.code === 0 ? listFiles(build.outDir).filter((f) => f.endsWith('.html')) : [];
});
afterAll(() => {
  removeBuild(build);
  rmSync(datasetDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------
// Reading the dataset and the output

const published = (type: string) => docs.filter((d) => d._type === type && !isDraft(d) && slugOf(d) && !excluded.has(d._id));
const ref = (value: unknown) => (value as { _ref?: string } | undefined)?._ref;
const newestFirst = (a: Doc, b: Doc) => String(b.publishedAt).localeCompare(String(a.publishedAt));
const read = (route: string) => readFileSync(pagePath(build.outDir, route), 'utf8');
const text = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

/** Story slugs listed on a listing page, in order (the cards of the "Bài viết" section). */
function listedStories(html: string): string[] {
  const section = /<section aria-label="Bài viết"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
  return [...new Set([...section.matchAll(/href="\/bai-viet\/([^/"]+)\/"/g)].map((m) => decodeURIComponent(m[1]!)))];
}

/** Every page of a paginated listing, following its pages 1..n, and checking nothing lies beyond. */
function allPages(base: string): string[] {
  const pages: string[] = [];
  for (let n = 1; exists(pagePath(build.outDir, pageUrl(base, n))); n++) pages.push(read(pageUrl(base, n)));
  return pages;
}

const headLinks = (html: string, relName: string) =>
  [...html.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => new RegExp(`\\srel="${relName}"`).test(tag))
    .map((tag) => decodeEntities(/\shref="([^"]*)"/.exec(tag)?.[1] ?? ''));

function parseXml(path: string): Record<string, unknown> {
  const body = text(path);
  const valid = xml.XMLValidator.validate(body);
  expect(valid, `${path}: ${valid === true ? '' : `${valid.err.msg} (dòng ${valid.err.line})`}`).toBe(true);
  return new xml.XMLParser({ ignoreAttributes: false, isArray: (name: string) => ['item', 'url', 'category'].includes(name) }).parse(body);
}

interface FeedItem {
  title: string;
  link: string;
  guid: { '#text': string };
  pubDate: string;
  description?: string;
}
const feedItems = (path: string) => ((parseXml(path).rss as { channel: { item?: FeedItem[] } }).channel.item ?? []);

/** A site-relative path for an internal href (relative or absolute on our origin), else null. */
/** Paths the site server answers itself (nginx proxies them), linked from the static pages: not files in dist. */
const SERVER_ROUTES = new Set<string>(Object.values(INTAKE_PATHS));
function internalPath(href: string): string | null {
  if (href.startsWith(`${SITE}/`)) return href.slice(SITE.length);
  if (href.startsWith('/') && !href.startsWith('//')) return href;
  return null;
}
function resolves(path: string): boolean {
  const clean = decodeURIComponent(path.replace(/[?#].*$/, ''));
  return clean.endsWith('/') ? exists(pagePath(build.outDir, clean)) : exists(join(build.outDir, clean));
}

/** Route of an HTML file in dist: `a/b/index.html` → `/a/b/`. */
const routeOf = (file: string) => `/${rel(build.outDir, file).replace(/index\.html$/, '')}`;
const isNoindex = (html: string) => /<meta name="robots" content="[^"]*noindex/.test(html);

// Expectations worked out here from the dates and the placing vocabulary, not with the site's contest and date modules.
/** Contest status at `now`: before opening, open until closing, then judging until the results date. */
function expectedStatus(contest: Doc, now = Date.now()): string {
  const at = (field: string) => (typeof contest[field] === 'string' ? Date.parse(contest[field] as string) : undefined);
  const [opens, closes, results] = [at('opensAt'), at('closesAt'), at('resultsAt')];
  if (opens !== undefined && now < opens) return 'sap-mo';
  if (closes === undefined || now < closes) return 'dang-nhan-bai';
  if (results === undefined) return 'da-ket-thuc';
  return now < results ? 'dang-cham' : 'da-cong-bo';
}
const STATUS_LABELS: Record<string, string> = {
  'sap-mo': 'Sắp mở',
  'dang-nhan-bai': 'Đang nhận bài',
  'dang-cham': 'Đang chấm giải',
  'da-cong-bo': 'Đã công bố kết quả',
  'da-ket-thuc': 'Đã kết thúc nhận bài',
};
/** Placings best first; entries without one are no winners. */
/** The year in Vietnam (UTC+7 all year round). */
const yearInVietnam = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).getUTCFullYear();

// ---------------------------------------------------------------------------------------------------

describe('listing pages (built)', () => {
  it('builds', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('paginates every column 12 a page, each story on exactly one page, newest first', () => {
    const stories = published('story');
    let paginated = 0;
    for (const column of published('column')) {
      const expected = stories.filter((s) => ref(s.column) === column._id).sort(newestFirst).map(slugOf);
      const base = `/chuyen-muc/${slugOf(column)}/`;
      const pages = allPages(base);
      expect(pages.length, base).toBe(Math.max(1, Math.ceil(expected.length / PAGE_SIZE)));
      expect(exists(pagePath(build.outDir, `${base}trang/1/`)), `${base}trang/1/ must not exist`).toBe(false);
      const listed = pages.map(listedStories);
      for (const page of listed.slice(0, -1)) expect(page).toHaveLength(PAGE_SIZE);
      expect(listed.flat(), base).toEqual(expected); // every story once, in order, none from elsewhere
      if (pages.length > 1) paginated += 1;
    }
    expect(paginated).toBeGreaterThan(0);
  });

  it('links pages with rel=prev/next (absolute) and a pager marking the current page', () => {
    const base = `/chuyen-muc/${EXTRA_COLUMN.replace('column.', '')}/`;
    const pages = allPages(base);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((html, i) => {
      const n = i + 1;
      expect(headLinks(html, 'prev'), `trang ${n}`).toEqual(n > 1 ? [`${SITE}${pageUrl(base, n - 1)}`] : []);
      expect(headLinks(html, 'next'), `trang ${n}`).toEqual(n < pages.length ? [`${SITE}${pageUrl(base, n + 1)}`] : []);
      expect(headLinks(html, 'canonical')).toEqual([`${SITE}${pageUrl(base, n)}`]);
      expect(html).toMatch(new RegExp(`<span aria-current="page"><span class="visually-hidden">Trang </span>${n}</span>`));
    });
  });

  it('lists a curated theme in the editors’ order, and a tagged theme by tag, newest first', () => {
    const publicStories = new Set(published('story').map((s) => s._id));
    const curated = docs.find((d) => d._id === CURATED_THEME)!;
    const order = (curated.stories as { _ref: string }[]).map((r) => r._ref).filter((id) => publicStories.has(id));
    const bySlug = new Map(published('story').map((s) => [s._id, slugOf(s)]));
    const curatedListed = allPages(`/chu-de/${slugOf(curated)}/`).flatMap(listedStories);
    expect(curatedListed).toEqual(order.map((id) => bySlug.get(id)));
    // Many more stories carry the curated theme's tag; a curated theme ignores tags.
    const taggedWithCurated = published('story').filter((s) => (s.themes as { _ref: string }[] | undefined)?.some((t) => t._ref === CURATED_THEME));
    expect(taggedWithCurated.length).toBeGreaterThan(order.length);
    // The editors' order is not simply newest first.
    const dates = order.map((id) => String(docs.find((d) => d._id === id)!.publishedAt));
    expect(dates).not.toEqual([...dates].sort().reverse());

    for (const theme of published('theme').filter((t) => t.selection !== 'curated')) {
      const expected = published('story')
        .filter((s) => (s.themes as { _ref: string }[] | undefined)?.some((t) => t._ref === theme._id))
        .sort(newestFirst)
        .map(slugOf);
      const pages = allPages(`/chu-de/${slugOf(theme)}/`);
      expect(pages.length).toBe(Math.max(1, Math.ceil(expected.length / PAGE_SIZE)));
      expect(pages.flatMap(listedStories), theme._id).toEqual(expected);
    }
    expect(allPages(`/chu-de/${EXTRA_THEME.replace('theme.', '')}/`).length).toBeGreaterThan(1);
  });

  it('has index pages for columns, themes, contests, events, authors, publications and the archive', () => {
    for (const [route, type, prefix] of [
      ['/chuyen-muc/', 'column', '/chuyen-muc/'],
      ['/chu-de/', 'theme', '/chu-de/'],
      ['/cuoc-thi/', 'contest', '/cuoc-thi/'],
      ['/su-kien/', 'event', '/su-kien/'],
      ['/tac-gia/', 'person', '/tac-gia/'],
      ['/an-pham/', 'publication', '/an-pham/'],
    ] as const) {
      const html = read(route);
      for (const doc of published(type)) expect(html, `${route} → ${slugOf(doc)}`).toContain(`href="${prefix}${slugOf(doc)}/"`);
    }
  });
});

describe('feeds', () => {
  it('publishes a well-formed site feed: newest stories, absolute links, Vietnamese intact', () => {
    const items = feedItems('rss.xml');
    const expected = published('story').sort(newestFirst).slice(0, FEED_SIZE);
    expect(items).toHaveLength(Math.min(FEED_SIZE, published('story').length));
    expect(items.map((i) => i.link)).toEqual(expected.map((s) => `${SITE}/bai-viet/${slugOf(s)}/`));
    expect(items.map((i) => i.title)).toEqual(expected.map((s) => String(s.title).normalize('NFC')));
    expect(items[0]!.title).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    for (const item of items) {
      expect(item.guid['#text']).toBe(item.link);
      expect(resolves(internalPath(item.link)!), item.link).toBe(true);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    }
    const channel = (parseXml('rss.xml').rss as { channel: { title: string; link: string; language: string } }).channel;
    expect(channel).toMatchObject({ title: 'Gương sáng — Bài mới', link: `${SITE}/`, language: 'vi' });
  });

  it('publishes one feed per column with only that column’s stories', () => {
    for (const column of published('column')) {
      const path = `chuyen-muc/${slugOf(column)}/rss.xml`;
      const items = feedItems(path);
      const expected = published('story').filter((s) => ref(s.column) === column._id).sort(newestFirst).slice(0, FEED_SIZE);
      expect(items.map((i) => i.link), path).toEqual(expected.map((s) => `${SITE}/bai-viet/${slugOf(s)}/`));
      const channel = (parseXml(path).rss as { channel: { title: string; link: string } }).channel;
      expect(channel.title).toBe(`Gương sáng — ${String(column.title).normalize('NFC')}`);
      expect(channel.link).toBe(`${SITE}/chuyen-muc/${slugOf(column)}/`);
      // The column's pages announce their feed.
      expect(headLinks(read(`/chuyen-muc/${slugOf(column)}/`), 'alternate')).toContain(`${SITE}/${path}`);
    }
  });

  it('announces the site feed in the head of every page', () => {
    for (const file of htmlFiles) expect(headLinks(readFileSync(file, 'utf8'), 'alternate'), rel(build.outDir, file)).toContain(`${SITE}/rss.xml`);
  });
});

describe('site-wide files', () => {
  it('lists every indexable page in sitemap.xml, each exactly once, as its canonical URL', () => {
    const parsed = parseXml('sitemap.xml').urlset as { url: { loc: string; lastmod?: string }[] };
    const locs = parsed.url.map((u) => u.loc);
    expect(new Set(locs).size).toBe(locs.length);
    const canonical: string[] = [];
    const deferring: [string, string][] = [];
    let noindex = 0;
    for (const file of htmlFiles) {
      const html = readFileSync(file, 'utf8');
      if (isNoindex(html)) {
        noindex += 1;
        expect(headLinks(html, 'canonical'), rel(build.outDir, file)).toEqual([]);
        continue;
      }
      const links = headLinks(html, 'canonical');
      const own = `${SITE}${routeOf(file)}`;
      expect(links, rel(build.outDir, file)).toHaveLength(1);
      // A page may defer to another (a booklet chapter that reprints a story): then it stays out of the sitemap.
      if (links[0] === own) canonical.push(own);
      else deferring.push([own, links[0]!]);
    }
    expect(noindex).toBeGreaterThan(0); // the 404 page at least
    expect([...locs].sort()).toEqual([...canonical].sort());
    // …and what it defers to is a page of the site that claims itself.
    for (const [page, target] of deferring) expect(canonical, `${page} → ${target}`).toContain(target);
    for (const loc of locs) expect(loc.startsWith(`${SITE}/`) && loc.endsWith('/'), loc).toBe(true);
    // Story pages carry their last change.
    const story = published('story')[0]!;
    const entry = parsed.url.find((u) => u.loc === `${SITE}/bai-viet/${slugOf(story)}/`);
    expect(entry?.lastmod).toBe(new Date(String(story.updatedAt ?? story.publishedAt)).toISOString());
  });

  it('has a robots.txt pointing at the sitemap', () => {
    const robots = text('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE}/sitemap\\.xml$`, 'm'));
    expect(robots).not.toMatch(/^Disallow: \/$/m);
  });

  it('has a Vietnamese 404 page that is not indexed', () => {
    const html = text('404.html');
    expect(html).toContain('<html lang="vi"');
    expect(html).toContain('Không tìm thấy trang');
    expect(isNoindex(html)).toBe(true);
  });

  it('has no broken internal links: every href (relative or on our origin) resolves to a file in dist', () => {
    let checked = 0;
    for (const file of htmlFiles) {
      for (const [, raw] of readFileSync(file, 'utf8').matchAll(/\shref="([^"]*)"/g)) {
        const path = internalPath(decodeEntities(raw!));
        // The site server answers its participation routes (nginx proxies them); they are not files.
        if (!path || SERVER_ROUTES.has(path.replace(/[?#].*$/, ''))) continue;
        expect(resolves(path), `${rel(build.outDir, file)} → ${path}`).toBe(true);
        checked += 1;
      }
    }
    for (const loc of (parseXml('sitemap.xml').urlset as { url: { loc: string }[] }).url) expect(resolves(internalPath(loc.loc)!), loc.loc).toBe(true);
    expect(checked).toBeGreaterThan(500);
  });
});

const viCollator = new Intl.Collator('vi');
const byTitle = (a: { title: string }, b: { title: string }) => viCollator.compare(a.title, b.title);

describe('contests, events, authors, archive, home', () => {
  it('shows each contest’s status from its dates, and winners by placing only once results are out', () => {
    for (const contest of published('contest')) {
      const html = read(`/cuoc-thi/${slugOf(contest)}/`);
      const status = expectedStatus(contest);
      expect(html, contest._id).toContain(`data-contest-status="${status}">${STATUS_LABELS[status]}<`);
      const entries = docs.filter((d) => d._type === 'contestEntry' && ref(d.contest) === contest._id && ['hop-le', 'chung-khao', 'dat-giai'].includes(String(d.status))) as unknown as { _id: string; status: string; placing?: string; title: string }[];
      const prizeKeys = ((contest.prizes ?? []) as { _key: string }[]).map((p) => p._key);
      const placings = [...html.matchAll(/data-placing="([^"]+)"/g)].map((m) => m[1]);
      const entryKeys = [...html.matchAll(/data-entry="([^"]+)"/g)].map((m) => m[1]);
      if (status === 'da-cong-bo') {
        const groups = prizeKeys.map((key) => entries.filter((e) => e.status === 'dat-giai' && e.placing === key).sort(byTitle)).filter((g) => g.length > 0);
        expect(groups.length, `${contest._id}: the sample has winners`).toBeGreaterThan(1);
        expect(placings).toEqual(groups.map((g) => g[0]!.placing));
        // Winners first (by prize, then title), then the others: every entry once.
        const others = entries.filter((e) => !groups.flat().includes(e)).sort(byTitle);
        expect(others.length).toBeGreaterThan(0); // the unplaced entry is not a winner
        expect(entryKeys).toEqual([...groups.flat(), ...others].map((e) => e._id));
      } else {
        expect(placings, `${contest._id}: kết quả chưa được công bố`).toEqual([]);
        expect(entryKeys).toEqual([...entries].sort(byTitle).map((e) => e._id));
        if (entries.length > 0) {
          // No placing is shown anywhere next to the entries (the prize table still names the prizes).
          const listing = /<section aria-labelledby="bai-du-thi"[^>]*>[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
          expect(listing).toContain(entries[0]!.title.slice(0, 10));
          expect(listing).not.toMatch(/Giải (Nhất|Nhì|Ba|Khuyến khích)/);
        }
      }
      // Every entry is listed.
      for (const entry of entries) expect(decodeEntities(html)).toContain(entry.title);
    }
    // The sample has both kinds: one with results out, the one added here open now.
    const statuses = published('contest').map((c) => expectedStatus(c));
    expect(statuses).toContain('da-cong-bo');
    expect(statuses).toContain('dang-nhan-bai');
  });

  it('marks the contest timeline with the current step', () => {
    const html = read('/cuoc-thi/dang-mo/');
    expect([...html.matchAll(/data-state="(\w+)" data-step="(\w+)"/g)].map((m) => [m[2], m[1]])).toEqual([
      ['opensAt', 'current'],
      ['closesAt', 'future'],
      ['resultsAt', 'future'],
    ]);
  });

  it('shows current contests and upcoming events on the home page, and not past ones', () => {
    const home = read('/');
    const current = /data-home="current"[\s\S]*?<\/section>/.exec(home)?.[0] ?? '';
    expect(current).toContain('data-contest="dang-mo"');
    expect(current).toContain('data-event="sap-toi"');
    expect(current).not.toContain('data-contest="nguoi-thay-trong-toi-2025"');
    expect(current).not.toMatch(/data-event="(?!sap-toi)/);
    // Featured story from site settings, spotlight exemplars in the editors' order.
    const settings = docs.find((d) => d._type === 'siteSettings')!;
    const featuredSlug = slugOf(docs.find((d) => d._id === ref(settings.featuredStory))!);
    expect(/data-home="featured"[\s\S]*?<\/section>/.exec(home)?.[0]).toContain(`href="/bai-viet/${featuredSlug}/"`);
    const spotlight = /data-home="spotlight"[\s\S]*?<\/section>/.exec(home)?.[0] ?? '';
    const expected = (settings.spotlightExemplars as { _ref: string }[]).map((r) => slugOf(docs.find((d) => d._id === r._ref)!));
    expect([...spotlight.matchAll(/href="\/guong-dien-hinh\/([^/"]+)\/"/g)].map((m) => m[1])).toEqual(expected);
    for (const section of ['latest', 'columns', 'themes', 'publications']) expect(home).toContain(`data-home="${section}"`);
  });

  it('gives every event a page with its time, place and exemplars', () => {
    for (const event of published('event')) {
      const html = decodeEntities(read(`/su-kien/${slugOf(event)}/`));
      const venue = event.venue as { name: string };
      expect(html).toContain(venue.name);
      expect(html).toContain(`datetime="${event.startsAt}"`);
      for (const r of (event.exemplars as { _ref: string }[] | undefined) ?? []) {
        const exemplar = docs.find((d) => d._id === r._ref)!;
        if (!excluded.has(exemplar._id)) expect(html).toContain(`/guong-dien-hinh/${slugOf(exemplar)}/`);
      }
      const recording = event.recording as { url?: string } | undefined;
      if (recording?.url) expect(html).toContain(`href="${recording.url}"`);
      expect(html).not.toMatch(/<iframe/); // the recording loads nothing until asked
    }
  });

  it('lists every story crediting a person on their author page, with their roles', () => {
    const stories = published('story');
    for (const person of published('person')) {
      const credited = stories
        .filter((s) => (s.credits as { person?: { _ref: string } }[] | undefined)?.some((c) => c.person?._ref === person._id))
        .sort(newestFirst)
        .map(slugOf);
      const base = `/tac-gia/${slugOf(person)}/`;
      const pages = allPages(base);
      expect(pages.length).toBeGreaterThan(0);
      const listed = pages.flatMap((html) => [...html.matchAll(/<li data-story="([^"]+)">/g)].map((m) => m[1]));
      expect(listed, base).toEqual(credited);
    }
    // A role label from the vocabulary appears ("Tác giả", "Ảnh", …).
    expect(read('/tac-gia/nguyen-thu-ha/')).toMatch(/Tác giả|Ảnh|Biên tập/);
  });

  it('archives every published story under its year in Vietnam, exactly once', () => {
    const byYear = new Map<number, string[]>();
    for (const story of published('story').sort(newestFirst)) {
      const year = yearInVietnam(String(story.publishedAt));
      byYear.set(year, [...(byYear.get(year) ?? []), slugOf(story)!]);
    }
    const index = read('/luu-tru/');
    expect([...index.matchAll(/data-year="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([...byYear.keys()].sort((a, b) => b - a));
    for (const [year, expected] of byYear) {
      const pages = allPages(`/luu-tru/${year}/`);
      expect(pages.length).toBe(Math.ceil(expected.length / ARCHIVE_PAGE_SIZE));
      expect(pages.flatMap((html) => [...html.matchAll(/<li data-story="([^"]+)">/g)].map((m) => m[1])), String(year)).toEqual(expected);
    }
    // Published 2024-12-31 18:30 UTC = 1 January 2025 in Vietnam.
    expect(byYear.get(2025)).toContain('phan-trang-1');
  });
});
