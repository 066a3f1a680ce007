// The sample site, built once with the real CLI, checked end to end.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareContent } from '../../site/src/lib/content/index.ts';
import { INTAKE_PATHS } from '../../schemas/participation/form-fields.ts';
import { SAMPLE_BUILD_TOKEN, type SampleBuild, sampleBuild } from '../helpers/sample-build.ts';
import {
  decodeEntities,
  type Doc,
  exists,
  expectedImageSize,
  fileText,
  imgTags,
  isDraft,
  listFiles,
  pagePath,
  readNdjson,
  rel,
  sampleDatasetDir,
  slugOf,
} from './helpers/build.ts';

/** Paths the site server answers itself (nginx proxies them), linked from the static pages: not files in dist. */
const SERVER_ROUTES = new Set<string>(Object.values(INTAKE_PATHS));

let build: SampleBuild;
let docs: Doc[];
let excluded: ReadonlySet<string>;
const published = (type: string) => docs.filter((d) => d._type === type && !isDraft(d) && slugOf(d) && !excluded.has(d._id));
const read = (route: string) => readFileSync(pagePath(build.outDir, route), 'utf8');

beforeAll(async () => {
  docs = readNdjson(sampleDatasetDir);
  excluded = (await prepareContent({ env: { CONTENT_DATASET: sampleDatasetDir }, argv: [], failOnStrict: false })).excludedIds;
  build = await sampleBuild();
});

describe('sample site build', () => {
  it('succeeds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('checks the content and computes the route data once, shared by the integrations and the pages', () => {
    // The counters live in the build state (lib/build/state.ts); the publication pages also show the
    // download sizes the booklets integration put there, which they could not see in a copy of it.
    expect(build.stats?.counters['content.prepared']).toBe(1);
    expect(build.stats?.counters['routeData.computed']).toBe(1);
    const landing = read('/an-pham/guong-sang-2025/');
    expect(landing).toMatch(/data-format="epub" data-bytes="\d+"/);
    expect(landing).toMatch(/data-format="pdf" data-bytes="\d+"/);
  });

  it('has a page for every published story, containing its title', () => {
    const stories = published('story');
    expect(stories.length).toBeGreaterThan(0);
    for (const story of stories) {
      const file = pagePath(build.outDir, `/bai-viet/${slugOf(story)}/`);
      expect(exists(file), `${story._id} → ${rel(build.outDir, file)}`).toBe(true);
      expect(decodeEntities(readFileSync(file, 'utf8'))).toContain(story.title as string);
    }
  });

  it('excludes no sample document: the content check passes them all and the build reports none left out', () => {
    // Every "published" list in these tests assumes nothing is excluded; broken-dataset.test.ts checks
    // what happens to documents that are.
    expect([...excluded]).toEqual([]);
    expect(build.output).not.toContain('Bị loại:');
    expect(build.output).not.toMatch(/tài liệu có lỗi bị loại/);
  });

  it('never ships the read token that was in the build environment', () => {
    expect(build.output, 'the token is not printed either').not.toContain(SAMPLE_BUILD_TOKEN);
    for (const file of listFiles(build.outDir)) expect(readFileSync(file).includes(SAMPLE_BUILD_TOKEN), rel(build.outDir, file)).toBe(false);
  });

  it('never publishes a draft: no draft id, no draft-only title, no "drafts." anywhere in dist', () => {
    const drafts = docs.filter((d) => d._id.startsWith('drafts.'));
    expect(drafts.length, 'the sample dataset should contain drafts').toBeGreaterThan(0);
    const publicTitles = new Set(docs.filter((d) => !isDraft(d)).flatMap((d) => [d.title, d.name]).filter(Boolean));
    const draftTitles = drafts.flatMap((d) => [d.title, d.name]).filter((t): t is string => typeof t === 'string' && t.length > 3 && !publicTitles.has(t));
    const files = listFiles(build.outDir);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = fileText(file);
      const decoded = file.endsWith('.html') ? decodeEntities(text) : text;
      expect(decoded.includes('drafts.'), `"drafts." in ${rel(build.outDir, file)}`).toBe(false);
      for (const title of draftTitles) expect(decoded.includes(title), `draft title "${title}" in ${rel(build.outDir, file)}`).toBe(false);
    }
  });

  it('has the home page and a page for every column and exemplar', () => {
    expect(exists(pagePath(build.outDir, '/'))).toBe(true);
    const home = read('/');
    expect(home).toMatch(/<html lang="vi"/);
    const columns = published('column');
    const exemplars = published('exemplar');
    expect(columns.length).toBeGreaterThan(0);
    expect(exemplars.length).toBeGreaterThan(0);
    for (const column of columns) {
      const html = decodeEntities(read(`/chuyen-muc/${slugOf(column)}/`));
      expect(html).toContain(column.title as string);
    }
    for (const exemplar of exemplars) {
      const html = decodeEntities(read(`/guong-dien-hinh/${slugOf(exemplar)}/`));
      expect(html).toContain(exemplar.name as string);
    }
  });

  it('ships no client JavaScript but the search page\'s own, the lightbox of photo essays and infographics, and the participation forms\' scripts', () => {
    const now = Date.now();
    const openContests = () => published('contest').filter((c) => Date.parse(String(c.opensAt)) <= now && now < Date.parse(String(c.closesAt)));
    const zooms = (story: Doc) => story.format === 'phong-su-anh' || story.format === 'infographic';
    for (const story of published('story')) {
      const html = read(`/bai-viet/${slugOf(story)}/`);
      const files = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/gi)].map((m) => m[1]);
      expect(files.every((f) => /^\/_astro\/LightboxScript\./.test(f!)) && files.length === (zooms(story) ? 1 : 0), `${slugOf(story)}: ${files.join(' ')}`).toBe(true);
      expect(html).not.toMatch(/<astro-island|data-reactroot|react-dom/i);
    }
    const pages = listFiles(build.outDir).filter((f) => f.endsWith('.html'));
    const bundles = listFiles(build.outDir).filter((f) => /\.m?js$/.test(f) && !/^pagefind(-luu-tru)?\//.test(rel(build.outDir, f)));
    for (const bundle of bundles) {
      const name = rel(build.outDir, bundle);
      const users = pages.filter((page) => readFileSync(page, 'utf8').includes(name)).map((page) => rel(build.outDir, page));
      if (name.startsWith('_astro/LightboxScript.'))
        expect(users, name).toEqual(published('story').filter(zooms).map((s) => `bai-viet/${slugOf(s)}/index.html`).sort());
      // The participation forms' script (components/participation/FormChrome.astro): the nomination
      // page and the contest pages taking entries at the build clock (from the dataset's dates).
      else if (name.startsWith('_astro/FormChrome.astro'))
        expect(users, name).toEqual(['de-cu/index.html', ...openContests().map((c) => `cuoc-thi/${slugOf(c)}/index.html`)].sort());
      // The receipt code on the two confirmation pages.
      else if (name.startsWith('_astro/Confirmation.astro')) expect(users, name).toEqual(['de-cu/da-nhan/index.html', 'tham-gia/da-nhan/index.html']);
      else expect(users, name).toEqual(['tim-kiem/index.html']);
    }
  });

  it('publishes only resized WebP and AVIF images, never the dataset originals', () => {
    // og/… are the generated Open Graph cards (share-seo.test.ts checks them) and the root's PNGs the
    // site icons drawn from its SVG (icons.test.ts): neither are photos.
    const icons = /^(apple-touch-icon|icon-\d+|podcast-artwork)\.png$/;
    const images = listFiles(build.outDir).filter((f) => /\.(jpe?g|png|webp|avif|gif)$/i.test(f) && !rel(build.outDir, f).startsWith('og/') && !icons.test(rel(build.outDir, f)));
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter((f) => !f.endsWith('.webp') && !f.endsWith('.avif')).map((f) => rel(build.outDir, f))).toEqual([]);
  });

  it('renders images as WebP with a srcset and width/height equal to the size after Sanity’s crop', () => {
    const checks: Array<[string, { _sanityAsset?: string; crop?: Record<string, number>; alt?: string } | undefined]> = [
      // A video story leads with its player, not its cover (issue 10: player first).
      ...published('story')
        .filter((s) => !(s.format === 'video' && ((s.body ?? []) as { _type?: string }[]).some((b) => b._type === 'videoEmbed')))
        .map((s) => [`/bai-viet/${slugOf(s)}/`, s.cover as never] as [string, never]),
      ...published('exemplar').map((e) => [`/guong-dien-hinh/${slugOf(e)}/`, e.portrait as never] as [string, never]),
    ];
    for (const [route, image] of checks) {
      const expected = image && expectedImageSize(image);
      expect(expected, `${route}: image field with _sanityAsset`).toBeDefined();
      const tags = imgTags(read(route)).filter((t) => t.src.includes(expected!.sha1) && t.alt === image!.alt);
      expect(tags.length, `${route}: <img> for ${expected!.sha1} with alt "${image!.alt}"`).toBeGreaterThan(0);
      const tag = tags[0]!;
      expect([tag.width, tag.height], route).toEqual([expected!.width, expected!.height]);
    }
    // Crops specifically are exercised by broken-dataset.test.ts, which adds them to its copy.

    for (const file of listFiles(build.outDir).filter((f) => f.endsWith('.html'))) {
      for (const tag of imgTags(readFileSync(file, 'utf8'))) {
        expect(tag.src, rel(build.outDir, file)).toMatch(/\.webp$/);
        expect(tag.width > 0 && tag.height > 0, `${rel(build.outDir, file)} ${tag.src}`).toBe(true);
        expect(tag.srcset.split(',').every((c) => / \d+w$/.test(c.trim())), `${rel(build.outDir, file)} srcset`).toBe(true);
        expect(exists(join(build.outDir, tag.src)), `${tag.src} exists`).toBe(true);
      }
    }
  });

  it('has no broken internal links: every href="/…" resolves to a file in dist', () => {
    let checked = 0;
    for (const file of listFiles(build.outDir).filter((f) => f.endsWith('.html'))) {
      for (const [, raw] of readFileSync(file, 'utf8').matchAll(/\shref="(\/[^"#?]*)/g)) {
        const target = decodeURIComponent(decodeEntities(raw!));
        // The site server answers its participation routes (nginx proxies them); they are not files.
        if (SERVER_ROUTES.has(target)) continue;
        const path = target.endsWith('/') ? pagePath(build.outDir, target) : join(build.outDir, target);
        expect(exists(path), `${rel(build.outDir, file)} → ${target}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('writes a Pagefind index limited to Vietnamese page bodies', () => {
    expect(exists(join(build.outDir, 'pagefind/pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(build.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['vi']);
    // Story, exemplar, contest, event and e-publication pages carry data-pagefind-body (list pages do
    // not), and every public honour is a custom record.
    const pages = ['story', 'exemplar', 'contest', 'event', 'publication'].reduce((sum, type) => sum + published(type).length, 0);
    const honours = docs.filter((d) => d._type === 'honour' && !isDraft(d) && d.isPublic === true && !excluded.has(d._id)).length;
    expect(honours).toBeGreaterThan(0);
    expect(entry.languages.vi!.page_count).toBe(pages + honours);
    expect(listFiles(join(build.outDir, 'pagefind')).some((f) => f.endsWith('.pf_index'))).toBe(true);
  });
});
