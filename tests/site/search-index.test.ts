// Search: the real Pagefind index of the built sample, searched from Node with Pagefind's own
// pagefind.js (served over loopback HTTP, as a browser would fetch it) through the same runSearch()
// the /tim-kiem/ page uses. The query expansion, as pure functions, is in search-query.test.ts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteDist } from '../helpers/sample-build.ts';
import { serveDir, type SiteServer } from '../e2e/helpers/server.ts';
import { readNdjson, sampleDatasetDir, isDraft, slugOf } from './helpers/build.ts';
import { runSearch } from '../../site/src/scripts/search-page.ts';

// ---------------------------------------------------------------------------------------------------

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

function fragments(dist: string): Fragment[] {
  const dir = join(dist, 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => {
    const bytes = gunzipSync(readFileSync(join(dir, name)));
    return JSON.parse(bytes.subarray(12).toString('utf8')) as Fragment;
  });
}

describe('the built search index', () => {
  let dist: string;
  let server: SiteServer;
  let pf: Parameters<typeof runSearch>[0];
  let all: Fragment[];
  const docs = readNdjson(sampleDatasetDir).filter((d) => !isDraft(d));

  beforeAll(async () => {
    dist = await siteDist();
    server = await serveDir(dist);
    all = fragments(dist);
    const mod = (await import(/* @vite-ignore */ pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href)) as typeof pf;
    await mod.options({ basePath: server.url('/pagefind/'), baseUrl: '/', noWorker: true, excerptLength: 26 });
    await mod.init?.();
    pf = mod;
  }, 900_000);
  afterAll(async () => {
    await server?.close();
  });

  const search = async (q: string, filters: Record<string, string> = {}) => {
    const { hits } = await runSearch(pf, { q, filters });
    return Promise.all(hits.map(async (h) => ({ tier: h.tier, ...(await h.result.data()) })));
  };

  // Expectations from the dataset itself: what is published (not a draft, not scheduled, an honour
  // marked public) and the URL scheme of each type.
  const now = Date.now();
  const published = docs.filter((d) => !(typeof d.publishedAt === 'string' && Date.parse(d.publishedAt) > now));
  const urlsOf = (type: string, prefix: string) => published.filter((d) => d._type === type && slugOf(d)).map((d) => `${prefix}${slugOf(d)}/`).sort();
  const anchorOf = (id: string) => `/bang-vang/#kt-${id.replace(/^honour\./, '').replace(/[^A-Za-z0-9_-]+/g, '-')}`;
  const byType = (type: string) => all.filter((f) => f.filters.type?.[0] === type);

  it('indexes a record of every type: stories, profiles, contests, events, e-publications, honours', () => {
    const expected: Array<[string, string, string]> = [
      ['story', '/bai-viet/', 'Bài viết'],
      ['contest', '/cuoc-thi/', 'Cuộc thi'],
      ['event', '/su-kien/', 'Sự kiện'],
      ['publication', '/an-pham/', 'Ấn phẩm'],
    ];
    for (const [type, prefix, label] of expected) {
      const want = urlsOf(type, prefix);
      expect(want.length, type).toBeGreaterThan(0);
      expect(byType(label).map((f) => f.url).sort(), type).toEqual(want);
    }
    const profiles = byType('Gương điển hình').map((f) => f.url);
    expect(profiles.length).toBeGreaterThan(10);
    for (const url of profiles) expect(url).toMatch(/^\/guong-dien-hinh\/[^/]+\/$/);
    const honours = published.filter((d) => d._type === 'honour' && d.isPublic === true).map((d) => anchorOf(d._id)).sort();
    expect(honours.length).toBeGreaterThan(5);
    expect(byType('Khen thưởng').map((f) => f.url).sort()).toEqual(honours);
    // Nothing else: every record has one of the six types.
    expect(all.filter((f) => f.filters.type?.length !== 1).map((f) => f.url)).toEqual([]);
    // Booklet chapters repeat stories: not indexed.
    expect(all.filter((f) => /\/chuong-/.test(f.url)).map((f) => f.url)).toEqual([]);
  });

  it('leaves out drafts, scheduled documents and honours not marked public', () => {
    const hidden = readNdjson(sampleDatasetDir).filter(
      (d) => isDraft(d) || (typeof d.publishedAt === 'string' && Date.parse(d.publishedAt) > now) || (d._type === 'honour' && d.isPublic !== true),
    );
    expect(hidden.some((d) => d._type === 'honour')).toBe(true);
    const urls = new Set(all.map((f) => f.url));
    for (const d of hidden) {
      if (d._type === 'honour') expect(urls.has(anchorOf(d._id)), d._id).toBe(false);
      const slug = slugOf(d);
      const published = docs.some((p) => p._id !== d._id && slugOf(p) === slug);
      if (slug && !published) for (const url of urls) expect(url.includes(`/${slug}/`), `${d._id} → ${url}`).toBe(false);
    }
  });

  it('finds an honour by its recipient\'s name, linking to its row on the register', async () => {
    const honour = docs.find((d) => d._type === 'honour' && d.isPublic === true)!;
    const ref = (honour.recipients as Array<{ _ref: string }>)[0]!._ref;
    const name = docs.find((d) => d._id === ref)!.name as string;
    const results = await search(name, { type: 'Khen thưởng' });
    expect(results.map((r) => r.url)).toContain(anchorOf(honour._id));
    for (const r of results) expect(r.filters.type).toEqual(['Khen thưởng']);
    const unaccented = await search(name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd'), { type: 'Khen thưởng' });
    expect(unaccented.map((r) => r.url)).toContain(anchorOf(honour._id));
  });

  it('keeps chrome and helper markup out of the indexed text', () => {
    for (const f of all) {
      for (const chrome of ['Bỏ qua, đến nội dung chính', 'Điều hướng chính', 'Giao diện tối', 'Tìm bài viết, gương điển hình', 'Trong bài này', 'Gương điển hình trong bài', 'Sao chép liên kết', 'data-pagefind', '_astro', 'format:']) {
        expect(f.content, `${f.url}: ${chrome}`).not.toContain(chrome);
      }
    }
  });

  it('gives every page its filters and a small WebP thumbnail', () => {
    for (const f of all) {
      if (f.url.startsWith('/bai-viet/')) {
        expect(f.filters.format?.length, f.url).toBe(1);
        expect(f.filters.year?.[0], f.url).toMatch(/^20\d\d$/);
      } else expect(f.filters.format, f.url).toBeUndefined();
      if (f.meta.image) {
        expect(f.meta.image, f.url).toMatch(/^\/_astro\/.+\.webp$/);
        const file = join(dist, f.meta.image);
        expect(existsSync(file), file).toBe(true);
        expect(statSync(file).size, file).toBeLessThan(20_000);
      }
    }
    const duong = all.find((f) => f.url === '/bai-viet/duong-den-truong/')!;
    expect(duong.meta.image).toBeTruthy();
    expect(duong.filters).toMatchObject({ format: ['Phóng sự'] });
  });

  it('"duong den truong" (no marks, đ typed as d) finds "Đường đến trường" first', async () => {
    const results = await search('duong den truong');
    expect(results[0]?.url).toBe('/bai-viet/duong-den-truong/');
    expect(results[0]?.excerpt).toMatch(/<mark>Đường<\/mark> <mark>đến<\/mark> <mark>trường/);
  });

  it('Pagefind alone misses it (the expansion is what finds it)', async () => {
    const plain = await pf.search('duong den truong');
    const urls = await Promise.all((plain?.results ?? []).map(async (r) => (await r.data()).url));
    expect(urls).not.toContain('/bai-viet/duong-den-truong/');
  });

  it('"Đường đến trường" ranks the story first, in the exact tier', async () => {
    const results = await search('Đường đến trường');
    expect(results[0]).toMatchObject({ url: '/bai-viet/duong-den-truong/', tier: 0 });
  });

  it('finds other đ-words typed without marks', async () => {
    expect((await search('tan duoc'))[0]?.url).toBe('/bai-viet/thu-vien-duoi-tan-duoc/');
    const chuyenDo = await search('chuyen do thay bien');
    expect(chuyenDo[0]?.url).toBe('/bai-viet/chuyen-do-cua-thay-bien/');
    expect(chuyenDo[0]?.excerpt).toContain('<mark>đò</mark>');
  });

  it('ranks exact-tone matches before folded ones for an accented query', async () => {
    const results = await search('dương');
    const firstFolded = results.findIndex((r) => r.tier === 1);
    expect(firstFolded).toBeGreaterThan(0);
    for (const r of results.slice(0, firstFolded)) expect(/dương/i.test(r.content), r.url).toBe(true);
    expect(results.slice(firstFolded).some((r) => /đường|đương/i.test(r.content))).toBe(true);
  });

  it('does not match through metadata alone (thumbnail file names)', async () => {
    expect(await search('webp')).toEqual([]);
  });

  it('filters narrow the results to pages carrying the filter', async () => {
    const unfiltered = await search('trường');
    const filtered = await search('trường', { format: 'Phóng sự' });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(unfiltered.length);
    for (const r of filtered) expect(r.filters.format).toEqual(['Phóng sự']);
    const year = await search('', { year: '2024' });
    expect(year.length).toBeGreaterThan(0);
    for (const r of year) expect(r.filters.year).toEqual(['2024']);
  });
});
