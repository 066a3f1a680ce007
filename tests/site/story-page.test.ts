// The story page, checked on the built sample site (every published story). Its pieces, tested on
// their own, are in story-page-pieces.test.ts. Reading time and table of contents are computed here
// from the raw dataset (not with the site's reading.ts), so a miscount there fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { creditRoles } from '@guong-sang/schemas';
import { embedPlayer } from '../../site/src/components/pt/embeds.ts';
import { EMBED_TAG } from '../../site/src/scripts/ids.ts';
import { type SampleBuild, sampleBuild } from '../helpers/sample-build.ts';
import {
  decodeEntities,
  exists,
  isDraft,
  listFiles,
  pagePath,
  readNdjson,
  rel,
  sampleDatasetDir,
  slugOf,
  type Doc,
} from './helpers/build.ts';

const SITE = 'https://guongsang.example.vn';
const docs = readNdjson(sampleDatasetDir);
const byId = new Map(docs.map((d) => [d._id, d]));
const stories = docs.filter((d) => d._type === 'story' && !isDraft(d) && slugOf(d));
type Span = { _type?: string; text?: string };
type Block = {
  _type: string;
  style?: string;
  _key?: string;
  url?: string;
  exemplar?: { _ref: string };
  children?: Span[];
  text?: string;
  attribution?: string;
  title?: string;
  body?: Block[];
  caption?: string;
  transcript?: string;
  note?: string;
};
const bodyOf = (story: Doc) => (story.body ?? []) as Block[];

// ---------------------------------------------------------------------------------------------------
// Reading aids, worked out from the raw export (independently of site/src/lib/story/)

/** The rate the story page documents: ~200 Vietnamese words (syllables) a minute, whole minutes, at least 1. */
const WORDS_PER_MINUTE = 200;
/** A table of contents from 4 h2/h3 headings, or from 2 on a story of more than 1200 words. */
const TOC_MIN_HEADINGS = 4;
const TOC_MIN_WORDS = 1200;

const spanText = (block: Block) => (block.children ?? []).map((span) => span.text ?? '').join('');

/** Everything a reader reads: title, dek, and in the body text blocks, pull quotes, fact boxes, captions, transcripts, card notes. */
function readableText(story: Doc): string[] {
  const out = [story.title as string, (story.dek as string | undefined) ?? ''];
  const visit = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b._type === 'block') out.push(spanText(b));
      else if (b._type === 'pullQuote') out.push(b.text ?? '', b.attribution ?? '');
      else if (b._type === 'factBox') {
        out.push(b.title ?? '');
        visit(b.body ?? []);
      } else if (['accessibleImage', 'gallery', 'videoEmbed'].includes(b._type)) out.push(b.caption ?? '');
      else if (b._type === 'audioEmbed') out.push(b.transcript ?? '');
      else if (b._type === 'exemplarCard') out.push(b.note ?? '');
    }
  };
  visit(bodyOf(story));
  return out;
}
/** Words: runs of non-space characters with at least one letter or digit (a lone "–" is no word). */
const wordCount = (story: Doc) => readableText(story).join('\n').match(/[^\s]+/g)?.filter((w) => /[\p{L}\p{N}]/u.test(w)).length ?? 0;
const expectedMinutes = (story: Doc) => Math.max(1, Math.round(wordCount(story) / WORDS_PER_MINUTE));
/** The body's h2/h3 headings with text, in order. */
const rawHeadings = (story: Doc) =>
  bodyOf(story)
    .filter((b) => b._type === 'block' && (b.style === 'h2' || b.style === 'h3') && spanText(b).trim())
    .map((b) => ({ level: b.style === 'h2' ? 2 : 3, text: spanText(b).trim() }));
/** Text content of an HTML fragment, entities decoded, whitespace collapsed. */
const textOf = (fragment: string) => decodeEntities(fragment.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();

let build: SampleBuild;
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
      // The only script file: the lightbox of photo essays and infographics (a same-origin bundled module).
      const files = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/gi)].map((m) => m[1]!);
      expect(files, storyRoute(story)).toEqual(['phong-su-anh', 'infographic'].includes(story.format as string) ? [expect.stringMatching(/^\/_astro\/LightboxScript\.[^/]+\.js$/)] : []);
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

  it('has a table of contents exactly on long stories, listing the body headings in order, every anchor resolving', () => {
    let tocs = 0;
    let without = 0;
    for (const story of stories) {
      const html = read(storyRoute(story));
      const headings = rawHeadings(story);
      const words = wordCount(story);
      const wanted = headings.length >= TOC_MIN_HEADINGS || (words > TOC_MIN_WORDS && headings.length >= 2);
      const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)?.[0];
      expect(Boolean(toc), `${storyRoute(story)} TOC (${headings.length} headings, ${words} words)`).toBe(wanted);
      if (!toc) {
        without += 1;
        continue;
      }
      tocs += 1;
      const links = [...toc.matchAll(/<a href="#([^"]+)">([\s\S]*?)<\/a>/g)].map((m) => ({ id: m[1]!, text: textOf(m[2]!) }));
      expect(links.map((l) => l.text), storyRoute(story)).toEqual(headings.map((h) => h.text));
      expect(new Set(links.map((l) => l.id)).size).toBe(links.length);
      links.forEach(({ id }, i) => {
        const target = new RegExp(`<h([23]) id="${id}"[^>]*>([\\s\\S]*?)</h\\1>`).exec(html);
        expect(target, `${storyRoute(story)} #${id}`).not.toBeNull();
        expect([Number(target![1]), textOf(target![2]!)], `${storyRoute(story)} #${id}`).toEqual([headings[i]!.level, headings[i]!.text]);
      });
    }
    expect(tocs).toBeGreaterThan(10);
    expect(without).toBeGreaterThan(0);
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
    // The sample has short and long stories, so a constant reading time cannot pass.
    expect(new Set(stories.map(expectedMinutes)).size).toBeGreaterThan(2);
    for (const story of stories) {
      const html = decodeEntities(read(storyRoute(story)));
      expect(html, storyRoute(story)).toContain(`Đọc khoảng ${expectedMinutes(story)} phút`);
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
        // The first picture is the cover: eager and high priority; every other one is lazy. A video
        // page leads with its player instead of the cover (issue 10: player first), so all are lazy.
        const leadsWithPlayer = story.format === 'video' && bodyOf(story).some((b) => b._type === 'videoEmbed');
        if (i === 0 && !leadsWithPlayer) expect(img).toMatch(/loading="eager"[^>]*fetchpriority="high"|fetchpriority="high"[^>]*loading="eager"/i);
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

  it('weighs at most 25 KB of HTML + CSS gzipped and loads no JavaScript file but the lightbox of photo essays and infographics', () => {
    const sizes = stories.map((story) => {
      const html = read(storyRoute(story));
      const linked = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(build.outDir, m[1]!)));
      return { route: storyRoute(story), bytes: gzipSync(html).length + linked.reduce((n, b) => n + gzipSync(b).length, 0) };
    });
    for (const { route, bytes } of sizes) expect(bytes, route).toBeLessThanOrEqual(25 * 1024);
    const scripts = listFiles(build.outDir).filter((f) => /\.m?js$/.test(f) && !rel(build.outDir, f).startsWith('pagefind/'));
    for (const story of stories) {
      const html = read(storyRoute(story));
      // Photo essays and infographics load one file, the lightbox (a progressive enhancement of links).
      const zooms = ['phong-su-anh', 'infographic'].includes(story.format as string);
      for (const script of scripts) expect(html.includes(rel(build.outDir, script)), rel(build.outDir, script)).toBe(zooms && /^_astro\/LightboxScript\./.test(rel(build.outDir, script)));
    }
  });
});
