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
import { PROFILE_FORMAT } from '../../site/src/lib/search/filters.ts';

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

  it('indexes exactly the stories and exemplar profiles', () => {
    const urls = all.map((f) => f.url).sort();
    const stories = docs.filter((d) => d._type === 'story' && slugOf(d)).map((d) => `/bai-viet/${slugOf(d)}/`);
    expect(urls.filter((u) => u.startsWith('/bai-viet/')).sort()).toEqual(stories.sort());
    expect(urls.filter((u) => u.startsWith('/guong-dien-hinh/')).length).toBeGreaterThan(10);
    expect(urls.filter((u) => !/^\/(bai-viet|guong-dien-hinh)\/[^/]+\/$/.test(u))).toEqual([]);
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
      expect(f.filters.format?.length, f.url).toBe(1);
      if (f.url.startsWith('/bai-viet/')) expect(f.filters.year?.[0], f.url).toMatch(/^20\d\d$/);
      else expect(f.filters.format).toEqual([PROFILE_FORMAT]);
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
