// Every story format has its own layout (issue 10, item 2), checked on the built sample site. The
// expectations come from the raw dataset (which story has which format, which blocks, durations,
// transcripts, files) and from this file's own small formatters, never from the site's route data.
// The browser behaviour (lightbox, facades, progress bar, screenshots) is in tests/e2e/formats.test.ts.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { type SampleBuild, sampleBuild } from '../helpers/sample-build.ts';
import { decodeEntities, exists, isDraft, pagePath, readNdjson, sampleDatasetDir, slugOf, type Doc } from './helpers/build.ts';

const SITE = 'https://guongsang.example.vn';
const docs = readNdjson(sampleDatasetDir);
const stories = docs.filter((d) => d._type === 'story' && !isDraft(d) && slugOf(d));

type Image = { _type?: string; alt?: string; longDescription?: string; asset?: unknown };
type Block = { _type: string; _key?: string; style?: string; duration?: number; transcript?: string; url?: string; images?: Image[]; longDescription?: string; file?: { _sanityAsset?: string } };
const bodyOf = (story: Doc) => (story.body ?? []) as Block[];
const formatOf = (story: Doc) => story.format as string;
const ofFormat = (format: string) => stories.filter((s) => formatOf(s) === format);

/** The layout each format is drawn with (issue 10: longform, photo essay, video, podcast, infographic; news formats read as articles). */
const EXPECTED_LAYOUT: Record<string, string> = {
  'bai-viet': 'article',
  'phong-su': 'article',
  'ky-su': 'article',
  longform: 'longform',
  'phong-su-anh': 'photo-essay',
  video: 'video',
  podcast: 'podcast',
  infographic: 'infographic',
};

/** "12 phút 30 giây", written out here independently of lib/format/duration.ts. */
function vietnameseDuration(total: number): string {
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const out: string[] = [];
  if (h) out.push(`${h} giờ`);
  if (m) out.push(`${m} phút`);
  if (s) out.push(`${s} giây`);
  return out.join(' ');
}

let build: SampleBuild;
const read = (route: string) => readFileSync(pagePath(build.outDir, route), 'utf8');
const storyHtml = (story: Doc) => read(`/bai-viet/${slugOf(story)}/`);
/** The part of a page between two markers (exclusive), for "this comes before that" checks. */
const between = (html: string, from: string, to: string) => {
  const start = html.indexOf(from);
  const end = html.indexOf(to, start + 1);
  return start >= 0 && end > start ? html.slice(start, end) : '';
};

beforeAll(async () => {
  build = await sampleBuild();
  if (build.code !== 0) throw new Error(`sample build failed:\n${build.output.slice(-4000)}`);
});

describe('story formats (sample build)', () => {
  it('the sample has at least one story of every format', () => {
    for (const format of Object.keys(EXPECTED_LAYOUT)) expect(ofFormat(format).length, format).toBeGreaterThan(0);
  });

  it('draws every story with the layout of its format', () => {
    for (const story of stories) {
      const html = storyHtml(story);
      const layouts = [...html.matchAll(/data-layout="([^"]+)"/g)].map((m) => m[1]);
      expect(layouts, String(slugOf(story))).toEqual([EXPECTED_LAYOUT[formatOf(story)]]);
    }
  });

  it('longform: full-bleed cover before the title, chapter openers, a reading-progress bar hidden from assistive technology', () => {
    for (const story of ofFormat('longform')) {
      const html = storyHtml(story);
      const slug = String(slugOf(story));
      expect(html, slug).toMatch(/<div class="reading-progress" aria-hidden="true"[^>]*><span><\/span><\/div>/);
      const cover = html.indexOf('cover--bleed');
      expect(cover, slug).toBeGreaterThan(0);
      expect(cover, slug).toBeLessThan(html.indexOf('<h1'));
      const h2s = bodyOf(story).filter((b) => b._type === 'block' && b.style === 'h2').length;
      expect(h2s, slug).toBeGreaterThan(0);
      expect([...between(html, 'class="story__body"', 'class="story__after"').matchAll(/<h2[\s>]/g)].length, slug).toBeGreaterThanOrEqual(h2s);
    }
    // Every page with the bar has the styles that make it a fixed, transform-only, scroll-driven bar.
    const css = inlineCss(storyHtml(ofFormat('longform')[0]!));
    expect(css).toMatch(/\.reading-progress\{[^}]*position:fixed/);
    // As a longhand: inside the `animation` shorthand a timeline is invalid and the bar would never move.
    expect(css).toMatch(/\.reading-progress>span\{animation-timeline:scroll\(root(?: block)?\)\}/);
  });

  it('photo essay and infographic: every picture of the body links to its full-size file inside <gs-lightbox>; other layouts do not', () => {
    for (const story of stories) {
      const html = storyHtml(story);
      const slug = String(slugOf(story));
      const zooms = ['phong-su-anh', 'infographic'].includes(formatOf(story));
      const pictures = bodyOf(story).reduce((n, b) => n + (b._type === 'accessibleImage' ? 1 : b._type === 'gallery' ? (b.images ?? []).length : 0), 0);
      const links = [...html.matchAll(/<a class="figure__zoom" href="([^"]+)" data-lightbox-item/g)].map((m) => decodeEntities(m[1]!));
      if (!zooms) {
        expect(links, slug).toEqual([]);
        expect(html.includes('<gs-lightbox'), slug).toBe(false);
        continue;
      }
      expect(links.length, slug).toBe(pictures);
      expect(html, slug).toContain('<gs-lightbox class="story__body">');
      for (const href of links) {
        expect(href, slug).toMatch(/^\/_astro\/.+\.webp$/);
        expect(exists(join(build.outDir, href)), href).toBe(true);
      }
      // Each link holds the picture with its alt text from the dataset.
      const alts = bodyOf(story).flatMap((b) => (b._type === 'accessibleImage' ? [b as Image] : (b.images ?? []))).map((i) => i.alt ?? '');
      for (const alt of alts) expect(decodeEntities(html), slug).toContain(`alt="${alt}"`);
    }
  });

  it('photo essay: gallery pictures are drawn one by one at body size, not as a grid of cards', () => {
    for (const story of ofFormat('phong-su-anh')) {
      const html = storyHtml(story);
      const galleries = bodyOf(story).filter((b) => b._type === 'gallery').length;
      expect((html.match(/<section class="photo-series"/g) ?? []).length, String(slugOf(story))).toBe(galleries);
      expect(html.includes('<figure class="gallery"'), String(slugOf(story))).toBe(false);
    }
  });

  it('video and podcast: the player comes first, above the text, with its duration and transcript', () => {
    for (const [format, type] of [['video', 'videoEmbed'], ['podcast', 'audioEmbed']] as const) {
      for (const story of ofFormat(format)) {
        const html = storyHtml(story);
        const slug = String(slugOf(story));
        const lead = bodyOf(story).find((b) => b._type === type);
        expect(lead, slug).toBeDefined();
        const player = between(html, 'class="story__player"', 'class="story__body"');
        expect(player, slug).toContain(`embed--${type === 'videoEmbed' ? 'video' : 'audio'}`);
        // …and it is not drawn a second time in the body.
        expect(between(html, 'class="story__body"', 'class="story__after"').includes(`embed--${type === 'videoEmbed' ? 'video' : 'audio'}`), slug).toBe(
          bodyOf(story).filter((b) => b._type === type).length > 1,
        );
        if (lead!.duration) {
          const text = decodeEntities(player.replace(/<[^>]+>/g, ''));
          expect(text, slug).toContain(`Thời lượng: ${vietnameseDuration(lead!.duration)}`);
        }
        if (lead!.transcript) {
          expect(player, slug).toContain('<summary>Lời thoại</summary>');
          expect(decodeEntities(player), slug).toContain(lead!.transcript);
        }
        if (type === 'videoEmbed') expect(player, slug).toContain('<gs-embed');
      }
    }
    // The sample gives every video and podcast a duration, and at least one of each a transcript.
    for (const [format, type] of [['video', 'videoEmbed'], ['podcast', 'audioEmbed']] as const) {
      const leads = ofFormat(format).map((s) => bodyOf(s).find((b) => b._type === type)!);
      expect(leads.every((b) => typeof b.duration === 'number'), format).toBe(true);
      expect(leads.some((b) => b.transcript), format).toBe(true);
    }
  });

  it('infographic: the text alternative of each picture is visible under it in "Nội dung ảnh dạng chữ"', () => {
    let seen = 0;
    for (const story of ofFormat('infographic')) {
      const html = decodeEntities(storyHtml(story));
      for (const image of bodyOf(story).filter((b) => b._type === 'accessibleImage' && b.longDescription)) {
        seen++;
        expect(html, String(slugOf(story))).toContain(`<details class="long-description"><summary>Nội dung ảnh dạng chữ</summary><p>${image.longDescription}</p></details>`);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(ofFormat('infographic').length - 2);
  });

  it('event recordings use the click-to-load facade, with its script and styles', () => {
    const events = docs.filter((d) => d._type === 'event' && !isDraft(d) && slugOf(d) && (d.recording as { url?: string } | undefined)?.url);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      const html = read(`/su-kien/${slugOf(event)}/`);
      const section = between(html, 'id="ghi-hinh"', '</section>');
      expect(section, String(slugOf(event))).toMatch(/<gs-embed data-src="https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//);
      expect(html).toMatch(/<script>[^<]*"gs-embed"[^<]*customElements\.define\(/);
      expect(inlineCss(html)).toMatch(/\.embed__link\{[^}]*aspect-ratio:16\/9/);
      // Nothing from the provider is loaded by the markup itself.
      expect(html.includes('<iframe')).toBe(false);
    }
  });
});

describe('podcast feed (sample build)', () => {
  /** Podcast stories whose first audio block is a file, newest first, with what the feed must say about it. */
  const episodes = ofFormat('podcast')
    .map((story) => ({ story, audio: bodyOf(story).find((b) => b._type === 'audioEmbed' && b.file?._sanityAsset) }))
    .filter((e) => e.audio)
    .sort((a, b) => String(b.story.publishedAt).localeCompare(String(a.story.publishedAt)));
  const MIME: Record<string, string> = { wav: 'audio/wav', mp3: 'audio/mpeg', m4a: 'audio/mp4', ogg: 'audio/ogg' };
  const xpath = (file: string, expr: string) => execFileSync('xmllint', ['--xpath', expr, file], { encoding: 'utf8' }).trim();
  const feed = () => join(build.outDir, 'podcast.xml');

  it('is well-formed RSS with the channel tags podcast apps read, and square artwork', async () => {
    execFileSync('xmllint', ['--noout', feed()]);
    const ns = (tag: string) => `//*[local-name()='channel']/*[local-name()='${tag}' and namespace-uri()='http://www.itunes.com/dtds/podcast-1.0.dtd']`;
    expect(xpath(feed(), 'string(//channel/language)')).toBe('vi');
    expect(xpath(feed(), `string(${ns('category')}/@text)`)).toBe('Education');
    expect(xpath(feed(), `string(${ns('explicit')})`)).toBe('false');
    const artwork = xpath(feed(), `string(${ns('image')}/@href)`);
    expect(artwork.startsWith(`${SITE}/`), artwork).toBe(true);
    // Apple Podcasts: a square PNG or JPEG of 1400 to 3000 px.
    const { width, height, format } = await sharp(join(build.outDir, new URL(artwork).pathname)).metadata();
    expect(format).toMatch(/^(png|jpeg)$/);
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(1400);
    expect(width).toBeLessThanOrEqual(3000);
    expect(xpath(feed(), `string(${ns('author')})`).length).toBeGreaterThan(0);
  });

  it('has one episode per podcast story with an audio file, enclosure URL, length and type from the dataset asset', () => {
    expect(episodes.length).toBeGreaterThan(0);
    expect(Number(xpath(feed(), 'count(//item)'))).toBe(episodes.length);
    episodes.forEach(({ story, audio }, i) => {
      const n = i + 1;
      const file = audio!.file!._sanityAsset!.replace(/^file@file:\/\/\.\/files\//, '');
      const [sha1, ext] = file.split('.') as [string, string];
      expect(xpath(feed(), `string(//item[${n}]/link)`)).toBe(`${SITE}/bai-viet/${slugOf(story)}/`);
      expect(xpath(feed(), `string(//item[${n}]/enclosure/@url)`)).toBe(`${SITE}/tep/${sha1}.${ext}`);
      expect(Number(xpath(feed(), `string(//item[${n}]/enclosure/@length)`))).toBe(statSync(join(sampleDatasetDir, 'files', file)).size);
      expect(xpath(feed(), `string(//item[${n}]/enclosure/@type)`)).toBe(MIME[ext]);
      // The enclosure is really published, byte for byte.
      expect(statSync(join(build.outDir, 'tep', `${sha1}.${ext}`)).size).toBe(statSync(join(sampleDatasetDir, 'files', file)).size);
      const seconds = audio!.duration!;
      const clock = seconds >= 3600 ? `${Math.floor(seconds / 3600)}:${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}` : `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
      expect(xpath(feed(), `string(//item[${n}]/*[local-name()='duration'])`)).toBe(clock);
    });
  });

  it('podcast story pages point to the feed', () => {
    for (const story of ofFormat('podcast')) expect(storyHtml(story)).toContain(`<link rel="alternate" type="application/rss+xml" title="Gương sáng — Podcast" href="${SITE}/podcast.xml">`);
  });
});

function inlineCss(html: string): string {
  return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
}
