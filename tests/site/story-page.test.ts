// The story page, checked on the built sample site (every published story), plus the pieces it is
// made of (relations, reading aids, embeds, credits) and the Open Graph image cache.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditRoles } from '@guong-sang/schemas';
import { creditText } from '../../site/src/components/Img.tsx';
import { embedPlayer } from '../../site/src/components/pt/embeds.ts';
import { EMBED_TAG } from '../../site/src/scripts/ids.ts';
import { bodyText, countWords, headingsOf, readingMinutes, wantsToc } from '../../site/src/components/story/reading.ts';
import { generateOgImages, type OgInput } from '../../site/src/lib/og/generate.ts';
import { computeStoryRelations } from '../../site/src/lib/routes/story-relations.ts';
import {
  decodeEntities,
  exists,
  isDraft,
  listFiles,
  pagePath,
  readNdjson,
  rel,
  sampleBuild,
  sampleDatasetDir,
  siteDir,
  slugOf,
  type BuildResult,
  type Doc,
} from './helpers/build.ts';

const SITE = 'https://guongsang.example.vn';
const docs = readNdjson(sampleDatasetDir);
const byId = new Map(docs.map((d) => [d._id, d]));
const stories = docs.filter((d) => d._type === 'story' && !isDraft(d) && slugOf(d));
type Block = { _type: string; style?: string; _key?: string; url?: string; exemplar?: { _ref: string } };
const bodyOf = (story: Doc) => (story.body ?? []) as Block[];

let build: BuildResult;
const read = (route: string) => readFileSync(pagePath(build.outDir, route), 'utf8');
const storyRoute = (story: Doc) => `/bai-viet/${slugOf(story)}/`;

/** Every JSON-LD object of a page. */
function jsonLdOf(html: string): Array<Record<string, unknown>> {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
}
const meta = (html: string, key: string) =>
  decodeEntities(new RegExp(`<meta (?:property|name)="${key.replace(/:/g, ':')}" content="([^"]*)"`).exec(html)?.[1] ?? '');
/** The CSS a page uses: inline <style> blocks and linked stylesheets. */
function cssOf(html: string): string {
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  const linked = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(build.outDir, m[1]!), 'utf8')).join('\n');
  return `${inline}\n${linked}`;
}
const localPath = (url: string) => decodeURIComponent(new URL(url, SITE).pathname);

beforeAll(async () => {
  build = await sampleBuild();
  if (build.code !== 0) throw new Error(`sample build failed:\n${build.output.slice(-4000)}`);
});

describe('story page (sample build)', () => {
  it('has a page for every published story', () => {
    expect(stories.length).toBeGreaterThan(20);
    for (const story of stories) expect(exists(pagePath(build.outDir, storyRoute(story))), storyRoute(story)).toBe(true);
  });

  it('has NewsArticle JSON-LD with headline, dates, authors and image, and BreadcrumbList JSON-LD', () => {
    for (const story of stories) {
      const html = read(storyRoute(story));
      const ld = jsonLdOf(html);
      const article = ld.find((o) => o['@type'] === 'NewsArticle');
      expect(article, storyRoute(story)).toBeDefined();
      expect(article!.headline).toBe((story.title as string).length > 110 ? expect.any(String) : story.title);
      expect(article!.datePublished).toBe(story.publishedAt);
      expect(article!.inLanguage).toBe('vi');
      const authors = article!.author as Array<{ name: string }>;
      expect(authors.length, `${storyRoute(story)} authors`).toBeGreaterThan(0);
      const credited = ((story.credits ?? []) as Array<{ person: { _ref: string } }>).map((c) => byId.get(c.person._ref)?.name);
      for (const a of authors) expect(credited).toContain(a.name);
      const images = article!.image as string[];
      expect(images[0]).toBe(`${SITE}/og/${slugOf(story)}.jpg`);
      for (const url of images) expect(exists(join(build.outDir, localPath(url))), url).toBe(true);
      expect((article!.mainEntityOfPage as { '@id': string })['@id']).toBe(`${SITE}${storyRoute(story)}`);

      const crumbs = ld.find((o) => o['@type'] === 'BreadcrumbList');
      const items = crumbs!.itemListElement as Array<{ position: number; name: string; item?: string }>;
      expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
      expect(items.at(-1)!.name).toBe(story.title);
      expect(items[1]!.name).toBe(byId.get((story.column as { _ref: string })._ref)!.title);
      for (const item of items.slice(0, -1)) expect(exists(pagePath(build.outDir, localPath(item.item!))), item.item).toBe(true);
    }
  });

  it('has a canonical URL, Open Graph and Twitter meta pointing to an existing 1200×630 JPEG', async () => {
    for (const story of stories) {
      const html = read(storyRoute(story));
      expect(html).toContain(`<link rel="canonical" href="${SITE}${storyRoute(story)}"`);
      expect(meta(html, 'og:type')).toBe('article');
      expect(meta(html, 'og:url')).toBe(`${SITE}${storyRoute(story)}`);
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      const image = meta(html, 'og:image');
      expect(meta(html, 'twitter:image')).toBe(image);
      expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')]).toEqual(['1200', '630']);
      const file = join(build.outDir, localPath(image));
      expect(exists(file), image).toBe(true);
      const info = await sharp(file).metadata();
      expect([info.format, info.width, info.height], image).toEqual(['jpeg', 1200, 630]);
    }
  });

  it('shows embeds as click-to-load facades: a link to the provider, no iframe, nothing third-party on load', () => {
    const withVideo = stories.filter((s) => bodyOf(s).some((b) => b._type === 'videoEmbed'));
    expect(withVideo.length).toBeGreaterThan(2);
    for (const story of stories) {
      const html = read(storyRoute(story));
      expect(html, storyRoute(story)).not.toMatch(/<iframe/i);
      // Every resource the page loads by itself (src, srcset, stylesheet, preload) is ours.
      for (const [, attr, value] of html.matchAll(/\s(src|srcset|data-srcset)="([^"]*)"/gi)) {
        for (const candidate of value!.split(',').map((c) => c.trim().split(' ')[0]!)) {
          expect(candidate.startsWith('/'), `${storyRoute(story)} ${attr}=${candidate}`).toBe(true);
        }
      }
      for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
        if (/rel="(stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch)"/.test(tag)) expect(tag).toMatch(/href="\//);
      }
      const inline = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      expect(html).not.toMatch(/<script\b[^>]*\bsrc=/i);
      expect(Buffer.byteLength(inline.join(''), 'utf8'), `${storyRoute(story)} inline script bytes`).toBeLessThanOrEqual(1024);
      const hasFacade = html.includes(`<${EMBED_TAG}`);
      // The embed facade script (src/scripts/embed-facade.ts, minified at build time) defines the element.
      const embedScripts = inline.filter((s) => s.includes('customElements.define') && s.includes(`"${EMBED_TAG}"`));
      expect(embedScripts.length, `${storyRoute(story)}: embed script only with a facade`).toBe(hasFacade ? 1 : 0);
      for (const script of embedScripts) expect(Buffer.byteLength(script), `${storyRoute(story)} embed script bytes`).toBeLessThanOrEqual(500);
    }
    for (const story of withVideo) {
      const html = decodeEntities(read(storyRoute(story)));
      for (const block of bodyOf(story).filter((b) => b._type === 'videoEmbed')) {
        const player = embedPlayer(block.url)!;
        expect(player, block.url).not.toBeNull();
        expect(html).toContain(`data-src="${player.src}"`);
        expect(html).toContain(`href="${block.url}"`);
      }
    }
  });

  it('has a table of contents on long stories whose anchors all resolve', () => {
    let tocs = 0;
    for (const story of stories) {
      const html = read(storyRoute(story));
      const headings = headingsOf(story.body);
      const words = countWords([story.title, story.dek, bodyText(story.body)].join('\n'));
      const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)?.[0];
      expect(Boolean(toc), `${storyRoute(story)} TOC`).toBe(wantsToc(headings, words));
      if (!toc) continue;
      tocs += 1;
      const anchors = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
      expect(anchors.length).toBe(headings.length);
      for (const id of anchors) expect(html, `${storyRoute(story)} #${id}`).toMatch(new RegExp(`<h[23] id="${id}"`));
      expect(new Set(anchors).size).toBe(anchors.length);
    }
    expect(tocs).toBeGreaterThan(10);
  });

  it('links related stories and previous/next in the column to existing pages', () => {
    let related = 0;
    for (const story of stories) {
      const html = read(storyRoute(story));
      const section = /<section class="related"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      const links = [...section.matchAll(/<a href="(\/bai-viet\/[^"]+)"/g)].map((m) => m[1]!);
      related += links.length;
      expect(links, storyRoute(story)).not.toContain(storyRoute(story));
      for (const href of links) expect(exists(pagePath(build.outDir, href)), href).toBe(true);

      // Previous/next: the neighbours in publication order within the same column.
      const column = (story.column as { _ref: string })._ref;
      const siblings = stories
        .filter((s) => (s.column as { _ref: string })._ref === column)
        .sort((a, b) => Date.parse(a.publishedAt as string) - Date.parse(b.publishedAt as string) || (slugOf(a)! < slugOf(b)! ? -1 : 1));
      const i = siblings.indexOf(story);
      const prev = /<a class="pager__prev" rel="prev" href="([^"]+)"/.exec(html)?.[1];
      const next = /<a class="pager__next" rel="next" href="([^"]+)"/.exec(html)?.[1];
      expect(prev, `${storyRoute(story)} prev`).toBe(i > 0 ? storyRoute(siblings[i - 1]!) : undefined);
      expect(next, `${storyRoute(story)} next`).toBe(i < siblings.length - 1 ? storyRoute(siblings[i + 1]!) : undefined);
      for (const href of [prev, next].filter(Boolean)) expect(exists(pagePath(build.outDir, href!))).toBe(true);
    }
    expect(related).toBeGreaterThanOrEqual(stories.length * 2);
  });

  it('shows reading time, dates, credits with vocabulary role labels and republication', () => {
    for (const story of stories) {
      const html = decodeEntities(read(storyRoute(story)));
      const words = countWords([story.title, story.dek, bodyText(story.body)].join('\n'));
      expect(html, storyRoute(story)).toContain(`Đọc khoảng ${readingMinutes(words)} phút`);
      expect(html).toContain(`<time datetime="${story.publishedAt}">`);
      const byline = /<p class="byline">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
      for (const credit of (story.credits ?? []) as Array<{ role: string; person: { _ref: string } }>) {
        const label = creditRoles.find((r) => r.value === credit.role)!.title;
        expect(byline, `${storyRoute(story)} ${credit.role}`).toContain(`${label}:`);
        expect(byline).toContain(byId.get(credit.person._ref)!.name as string);
      }
      const rep = story.republishedFrom as { outlet?: string; url?: string } | undefined;
      if (rep?.outlet) {
        expect(html).toMatch(/Bài đăng lại từ/);
        expect(html).toContain(rep.outlet);
        if (rep.url) expect(html).toContain(`href="${rep.url}"`);
      }
      expect(html).not.toMatch(/Ảnh:\s*(<[^>]+>)?\s*Ảnh:/);
      expect(html).not.toMatch(/Ảnh: (Đồ họa|Ảnh cắt từ video):/);
      // Every exemplar of the story is linked (inline card or the featured list).
      for (const ref of (story.exemplars ?? []) as Array<{ _ref: string }>) {
        const slug = slugOf(byId.get(ref._ref)!);
        if (slug) expect(html, `${storyRoute(story)} exemplar ${slug}`).toContain(`href="/guong-dien-hinh/${slug}/"`);
      }
    }
  });

  it('has share links for Facebook, Zalo, X and e-mail with the canonical URL, and no share script', () => {
    for (const story of stories.slice(0, 10)) {
      const html = decodeEntities(read(storyRoute(story)));
      const url = encodeURIComponent(`${SITE}${storyRoute(story)}`);
      for (const prefix of ['https://www.facebook.com/sharer/sharer.php?u=', 'https://sp.zalo.me/share?url=', 'https://x.com/intent/tweet?url=']) {
        expect(html).toContain(`href="${prefix}${url}`);
      }
      expect(html).toMatch(new RegExp(`href="mailto:\\?subject=[^"]*&body=${url.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&')}"`));
      expect(html).toContain(`<span class="share__url">${SITE}${storyRoute(story)}</span>`);
    }
  });

  it('serves AVIF and WebP through <picture>, eager cover, lazy body images, colour placeholders', () => {
    for (const story of stories) {
      const html = read(storyRoute(story));
      const pictures = [...html.matchAll(/<picture>([\s\S]*?)<\/picture>/g)].map((m) => m[1]!);
      expect(pictures.length, storyRoute(story)).toBeGreaterThan(0);
      for (const [i, pic] of pictures.entries()) {
        const avif = /<source type="image\/avif" srcset="([^"]+)"/i.exec(pic)?.[1];
        expect(avif, `${storyRoute(story)} picture ${i}`).toBeDefined();
        for (const c of decodeEntities(avif!).split(',')) {
          const [url, w] = c.trim().split(' ');
          expect(url).toMatch(/\.avif$/);
          expect(w).toMatch(/^\d+w$/);
          expect(exists(join(build.outDir, url!)), url).toBe(true);
        }
        const img = /<img\b[^>]*>/.exec(pic)![0];
        expect(img).toMatch(/ src="[^"]+\.webp"/);
        expect(img).toMatch(/ srcset="[^"]+\.webp \d+w/i);
        expect(img).toMatch(/ sizes="[^"]+"/);
        expect(img).toMatch(/ width="\d+" height="\d+"/);
        expect(img).toMatch(/background-color:#[0-9a-f]{6}/);
        // The first picture is the cover: eager and high priority; every other one is lazy.
        if (i === 0) expect(img).toMatch(/loading="eager"[^>]*fetchpriority="high"|fetchpriority="high"[^>]*loading="eager"/i);
        else expect(img).toContain('loading="lazy"');
      }
    }
  });

  it('has a print stylesheet in a cascade layer that drops the chrome and prints link URLs', () => {
    const css = cssOf(read(storyRoute(stories[0]!)));
    const print = /@layer print\s*\{\s*@media print\s*\{([\s\S]*)/.exec(css)?.[1];
    expect(print).toBeDefined();
    // The story's own chrome (share, pager, related, table of contents) goes too.
    expect(print).toMatch(/\.site-header[^{]*\.site-footer[^{]*\.share[^{]*\.pager[^{]*\.related[^{]*\{\s*display:\s*none/);
    expect(print).toMatch(/\.prose a\[href\^="?http"?\]::?after[^{]*\{\s*content:\s*" \(" attr\(href\) "\)"/);
    expect(print).toMatch(/color:\s*#000/);
  });

  it('weighs at most 25 KB of HTML + CSS gzipped and loads no JavaScript file', () => {
    const sizes = stories.map((story) => {
      const html = read(storyRoute(story));
      const linked = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(build.outDir, m[1]!)));
      return { route: storyRoute(story), bytes: gzipSync(html).length + linked.reduce((n, b) => n + gzipSync(b).length, 0) };
    });
    for (const { route, bytes } of sizes) expect(bytes, route).toBeLessThanOrEqual(25 * 1024);
    const scripts = listFiles(build.outDir).filter((f) => /\.m?js$/.test(f) && !rel(build.outDir, f).startsWith('pagefind/'));
    for (const story of stories) {
      const html = read(storyRoute(story));
      for (const script of scripts) expect(html).not.toContain(rel(build.outDir, script));
    }
  });
});

describe('story page pieces', () => {
  it('scores related stories by shared exemplars, themes and column, and orders the column', () => {
    const s = (slug: string, date: string, column: string, themes: string[], exemplars: string[]) => ({
      _id: `story.${slug}`,
      slug,
      publishedAt: `${date}T08:00:00+07:00`,
      column: { _id: column },
      themes: themes.map((_id) => ({ _id })),
      exemplars: exemplars.map((_id) => ({ _id })),
    });
    const list = [
      s('a', '2025-01-01', 'c1', ['t1'], ['e1']),
      s('b', '2025-02-01', 'c2', [], ['e1']), // exemplar: 3
      s('c', '2025-03-01', 'c1', ['t1'], []), // theme + column: 3, later than b… tie broken by date distance
      s('d', '2025-04-01', 'c1', [], []), // column: 1
      s('e', '2025-05-01', 'c3', [], []), // nothing shared
    ];
    const rel = computeStoryRelations(list);
    expect(rel.get('a')!.related.map((x) => x.slug)).toEqual(['b', 'c', 'd']);
    expect(rel.get('e')!.related).toEqual([]);
    expect(rel.get('a')!.previous).toBeUndefined();
    expect(rel.get('a')!.next?.slug).toBe('c');
    expect(rel.get('c')!.previous?.slug).toBe('a');
    expect(rel.get('c')!.next?.slug).toBe('d');
    expect(rel.get('d')!.next).toBeUndefined();
  });

  it('counts Vietnamese words, reading time and unique heading anchors', () => {
    const block = (key: string, style: string, text: string) => ({ _type: 'block', _key: key, style, children: [{ _type: 'span', text }] });
    const body = [block('a', 'h2', 'Đường đến trường'), block('b', 'normal', 'Một hai ba bốn'), block('c', 'h3', 'Đường đến trường'), block('d', 'h2', '!!!')];
    expect(countWords(bodyText(body))).toBe(10);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
    expect(headingsOf(body).map((h) => [h.id, h.level])).toEqual([['duong-den-truong', 2], ['duong-den-truong-2', 3], ['muc', 2]]);
    expect(headingsOf(body, ['duong-den-truong'])[0]!.id).toBe('duong-den-truong-2');
  });

  it('makes player URLs only for allow-listed providers', () => {
    expect(embedPlayer('https://youtu.be/abc_123')?.src).toBe('https://www.youtube-nocookie.com/embed/abc_123?autoplay=1');
    expect(embedPlayer('https://www.youtube.com/watch?v=abc')?.provider).toBe('YouTube');
    expect(embedPlayer('https://vimeo.com/912345678')?.src).toContain('player.vimeo.com/video/912345678');
    expect(embedPlayer('https://soundcloud.com/a/b')?.src).toContain('w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fa%2Fb');
    expect(embedPlayer('https://evil.example/watch?v=abc')).toBeNull();
    expect(embedPlayer('https://youtube.com.evil.example/watch?v=abc')).toBeNull();
    expect(embedPlayer('https://www.youtube.com/watch?v=%22%3E%3Cscript%3E')).toBeNull();
  });

  it('prints "Ảnh:" before a credit only when the editor did not write a label', () => {
    expect(creditText('Bùi Gia Huy')).toBe('Ảnh: Bùi Gia Huy');
    expect(creditText('Ảnh: Bùi Gia Huy')).toBe('Ảnh: Bùi Gia Huy');
    expect(creditText('Đồ họa: Đỗ Thanh Tâm')).toBe('Đồ họa: Đỗ Thanh Tâm');
    expect(creditText('Ảnh cắt từ video: Phạm Quốc Việt')).toBe('Ảnh cắt từ video: Phạm Quốc Việt');
    expect(creditText('TTXVN')).toBe('Ảnh: TTXVN');
  });
});

describe('Open Graph image cache', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'gs-og-cache-'));
  const outDir = mkdtempSync(join(tmpdir(), 'gs-og-out-'));
  afterAll(() => {
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });

  const covers = listFiles(join(siteDir, 'dataset/images')).filter((f) => f.endsWith('.jpg')).slice(0, 2);
  const sizeOf = (file: string) => /-(\d+)x(\d+)\.\w+$/.exec(file)!.slice(1).map(Number) as [number, number];
  const inputs = (): OgInput[] => [
    { slug: 'mot', title: 'Đường đến trường của học trò bản Ra Ly', format: 'Phóng sự', column: 'Nơi vùng khó', siteName: 'Gương sáng', cover: { file: covers[0]!, width: sizeOf(covers[0]!)[0], height: sizeOf(covers[0]!)[1] } },
    { slug: 'hai', title: 'Những người giữ lửa biên cương', format: null, column: 'Tri ân thầy cô', siteName: 'Gương sáng', cover: { file: covers[1]!, width: sizeOf(covers[1]!)[0], height: sizeOf(covers[1]!)[1], crop: { top: 0.1, bottom: 0.1, left: 0, right: 0.2 } } },
    { slug: 'ba', title: 'Ươm mầm: ước mơ đỗ đạt của Đặng Thị Ơn', format: 'Ký sự', column: null, siteName: 'Gương sáng', cover: null },
  ];

  it('draws every image once, then reuses all of them, then redraws only the changed story', async () => {
    expect(covers.length).toBe(2);
    const first = await generateOgImages(inputs(), { outDir, cacheDir, concurrency: 2 });
    expect(first.failed).toEqual([]);
    expect(first.generated.sort()).toEqual(['ba', 'hai', 'mot']);
    for (const slug of ['mot', 'hai', 'ba']) {
      const info = await sharp(join(outDir, 'og', `${slug}.jpg`)).metadata();
      expect([info.format, info.width, info.height]).toEqual(['jpeg', 1200, 630]);
    }

    const second = await generateOgImages(inputs(), { outDir, cacheDir, concurrency: 2 });
    expect(second.generated).toEqual([]);
    expect(second.reused.sort()).toEqual(['ba', 'hai', 'mot']);

    const changed = inputs();
    changed[1]!.title = 'Những người giữ lửa nơi biên cương';
    const before = readFileSync(join(outDir, 'og', 'hai.jpg'));
    const third = await generateOgImages(changed, { outDir, cacheDir, concurrency: 2 });
    expect(third.generated).toEqual(['hai']);
    expect(third.reused.sort()).toEqual(['ba', 'mot']);
    expect(readFileSync(join(outDir, 'og', 'hai.jpg')).equals(before)).toBe(false);

    // A different crop of the same cover is a different picture.
    const recropped = inputs();
    recropped[0]!.cover!.crop = { left: 0.2 };
    const fourth = await generateOgImages(recropped, { outDir, cacheDir, concurrency: 2 });
    expect(fourth.generated).toEqual(['mot']);
  });
});
