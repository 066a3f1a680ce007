// Every page shares well (issue 10, item 3), checked on the sample build: every HTML page has an
// og:image that is a real JPEG in dist with the stated dimensions (read from the file's header), an
// og:description, og:type/og:url and a Twitter card; every JSON-LD block uses only schema.org types
// and, for each type, only properties schema.org allows on it (vocabulary: schema-dts, offline);
// each page type says what it is (Person/Organization, Event, Book, CollectionPage…), with Google's
// required properties; and facts are checked against the raw dataset, not the site's own code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type SampleBuild, sampleBuild } from '../helpers/sample-build.ts';
import { decodeEntities, type Doc, exists, isDraft, listFiles, readNdjson, rel, sampleDatasetDir, slugOf } from './helpers/build.ts';
import { loadVocabulary, type Vocabulary } from './helpers/schema-org.ts';

let build: SampleBuild;
let docs: Doc[];
let vocabulary: Vocabulary;
/** Every HTML page: its URL path and its markup. */
let pages: { url: string; html: string }[];

beforeAll(async () => {
  build = await sampleBuild();
  expect(build.code, build.output.slice(-3000)).toBe(0);
  docs = readNdjson(sampleDatasetDir).filter((d) => !isDraft(d));
  vocabulary = loadVocabulary();
  pages = listFiles(build.outDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ url: `/${rel(build.outDir, file)}`.replace(/index\.html$/, ''), html: readFileSync(file, 'utf8') }));
}, 900_000);

/** The content of every `<meta property|name="key" content="…">`, entities decoded. */
function meta(html: string, key: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<meta\b[^>]*>/g) ?? []) {
    const name = /\b(?:property|name)="([^"]*)"/.exec(tag)?.[1];
    const content = /\bcontent="([^"]*)"/.exec(tag)?.[1];
    if (name === key && content !== undefined) out.push(decodeEntities(content));
  }
  return out;
}

type Node = Record<string, unknown>;
const jsonLdBlocks = (html: string): Node[] =>
  [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Node);

/** Every typed object in a JSON-LD tree, with where it is. */
function typedNodes(value: unknown, path = '$', out: { node: Node; path: string }[] = []): { node: Node; path: string }[] {
  if (Array.isArray(value)) value.forEach((item, i) => typedNodes(item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const node = value as Node;
    if ('@type' in node) out.push({ node, path });
    for (const [key, child] of Object.entries(node)) typedNodes(child, `${path}.${key}`, out);
  }
  return out;
}
const typesOf = (node: Node): string[] => [node['@type']].flat().map(String);

/** Width and height from a JPEG's start-of-frame marker (baseline or progressive). */
function jpegSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    const length = bytes.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

const page = (url: string) => {
  const found = pages.find((p) => p.url === url);
  expect(found, `trang ${url} có trong bản dựng`).toBeDefined();
  return found!;
};
const live = (type: string) => docs.filter((d) => d._type === type && slugOf(d));
const ref = (value: unknown) => (value as { _ref?: string } | undefined)?._ref;

describe('share tags on every page', () => {
  it('every HTML page points og:image at a JPEG in dist with the stated size, and has a description', () => {
    expect(pages.length).toBeGreaterThan(30);
    const sizes = new Map<string, { width: number; height: number } | null>();
    const problems: string[] = [];
    for (const { url, html } of pages) {
      const [image] = meta(html, 'og:image');
      const description = meta(html, 'og:description')[0] ?? '';
      if (!image) {
        problems.push(`${url}: không có og:image`);
        continue;
      }
      const path = decodeURIComponent(new URL(image).pathname);
      let size = sizes.get(path);
      if (size === undefined) {
        const file = join(build.outDir, path);
        size = exists(file) ? jpegSize(readFileSync(file)) : null;
        sizes.set(path, size);
      }
      if (!size) problems.push(`${url}: og:image ${path} không phải tệp JPEG có trong dist`);
      else if (`${size.width}x${size.height}` !== `${meta(html, 'og:image:width')[0]}x${meta(html, 'og:image:height')[0]}`)
        problems.push(`${url}: ảnh ${size.width}x${size.height}, thẻ ghi ${meta(html, 'og:image:width')[0]}x${meta(html, 'og:image:height')[0]}`);
      if (meta(html, 'og:image:type')[0] !== 'image/jpeg') problems.push(`${url}: og:image:type`);
      if (!meta(html, 'og:image:alt')[0]) problems.push(`${url}: không có og:image:alt`);
      if (!description.trim()) problems.push(`${url}: không có og:description`);
      if (description.length > 160) problems.push(`${url}: og:description dài ${description.length} ký tự`);
      if (description !== description.trim() || /<|\s{2}/.test(description)) problems.push(`${url}: og:description không phải văn bản thuần một dòng`);
      if (!meta(html, 'og:type')[0]) problems.push(`${url}: không có og:type`);
      if (meta(html, 'twitter:card')[0] !== 'summary_large_image') problems.push(`${url}: twitter:card`);
      const ogUrl = meta(html, 'og:url')[0];
      // A noindex page (404, the receipt confirmations) has no address of its own to claim; every other
      // page claims its canonical one (its own, or the story's for a booklet chapter that reprints it),
      // as the Open Graph protocol asks.
      const canonicalLink = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
      const claimed = canonicalLink ? new URL(canonicalLink).pathname : url;
      const noindex = /<meta name="robots" content="noindex"/.test(html);
      // (The search page is noindex but shares as itself: its og:url, when there is one, is its own.)
      if (noindex ? canonicalLink !== undefined || (ogUrl !== undefined && new URL(ogUrl).pathname !== url) : !ogUrl || new URL(ogUrl).pathname !== claimed) problems.push(`${url}: og:url ${ogUrl}`);
      if (meta(html, 'og:image').length !== 1) problems.push(`${url}: ${meta(html, 'og:image').length} thẻ og:image`);
    }
    expect(problems).toEqual([]);
  });

  it('profiles, booklets, events, contests, columns and themes have their own card; listings share the site card', () => {
    const imageOf = (url: string) => new URL(meta(page(url).html, 'og:image')[0]!).pathname;
    const exemplar = live('exemplar')[0]!;
    expect(imageOf(`/guong-dien-hinh/${slugOf(exemplar)}/`)).toBe(`/og/guong-dien-hinh/${slugOf(exemplar)}.jpg`);
    for (const [type, base] of [['event', 'su-kien'], ['contest', 'cuoc-thi'], ['column', 'chuyen-muc'], ['theme', 'chu-de'], ['publication', 'an-pham']] as const) {
      const doc = live(type)[0];
      expect(doc, type).toBeDefined();
      expect(imageOf(`/${base}/${slugOf(doc!)}/`)).toBe(`/og/${base}/${slugOf(doc!)}.jpg`);
    }
    const home = imageOf('/');
    expect(home).toBe('/og/trang/trang-chu.jpg');
    for (const url of ['/luu-tru/', '/guong-dien-hinh/', '/bang-vang/', '/tac-gia/', '/tim-kiem/', '/du-lieu-mo/', '/chuyen-muc/', '/su-kien/']) expect(imageOf(url), url).toBe(home);
    // A later page of a paginated listing reuses the first page's card (nothing more to draw).
    const later = pages.find((p) => /^\/chuyen-muc\/[^/]+\/trang\/2\/$/.test(p.url));
    if (later) expect(imageOf(later.url)).toBe(imageOf(later.url.replace(/trang\/2\/$/, '')));
    // The cards differ: a profile's is not the site's, nor a booklet's.
    const bytes = (path: string) => readFileSync(join(build.outDir, path)).toString('base64');
    expect(bytes(imageOf(`/guong-dien-hinh/${slugOf(exemplar)}/`))).not.toBe(bytes(home));
  });
});

describe('JSON-LD against schema.org', () => {
  it('every block on every page uses schema.org types and only properties those types allow', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { url, html } of pages) {
      for (const block of jsonLdBlocks(html)) {
        if (block['@context'] !== 'https://schema.org') problems.push(`${url}: @context ${String(block['@context'])}`);
        for (const { node, path } of typedNodes(block)) {
          checked++;
          for (const type of typesOf(node)) {
            if (!vocabulary.hasType(type)) {
              problems.push(`${url} ${path}: kiểu "${type}" không có trong schema.org`);
              continue;
            }
            for (const key of Object.keys(node)) {
              if (key.startsWith('@')) continue;
              if (!vocabulary.allows(type, key)) problems.push(`${url} ${path}: "${key}" không dùng được cho ${type}`);
            }
          }
          for (const key of ['eventStatus', 'eventAttendanceMode', 'bookFormat'] as const) {
            if (key in node && !vocabulary.isMember(String(node[key]))) problems.push(`${url} ${path}: ${key} = ${String(node[key])}`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  /** The page's top-level JSON-LD nodes of one type. */
  const top = (url: string, type: string) => jsonLdBlocks(page(url).html).filter((n) => typesOf(n).includes(type));

  it('profiles are Person, or Organization for a collective, as the dataset says', () => {
    for (const exemplar of live('exemplar')) {
      const url = `/guong-dien-hinh/${slugOf(exemplar)}/`;
      if (!pages.some((p) => p.url === url)) continue;
      const want = exemplar.kind === 'tap-the' ? 'Organization' : 'Person';
      const [node] = top(url, want);
      expect(node, `${url}: ${want}`).toBeDefined();
      expect(node!.name).toBe(exemplar.name);
      expect(new URL(String(node!.url)).pathname).toBe(url);
    }
  });

  it('events are Events with +07:00 dates equal to the dataset instants, a location and Google’s required fields', () => {
    const events = live('event');
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      const [node] = top(`/su-kien/${slugOf(event)}/`, 'Event');
      expect(node, String(slugOf(event))).toBeDefined();
      expect(node!.name).toBe(event.title);
      for (const [field, source] of [['startDate', 'startsAt'], ['endDate', 'endsAt']] as const) {
        if (!event[source]) continue;
        expect(String(node![field])).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
        expect(Date.parse(String(node![field]))).toBe(Date.parse(String(event[source])));
      }
      expect(node!.location).toBeTruthy();
      expect(String(node!.eventStatus)).toMatch(/^https:\/\/schema\.org\/Event/);
      expect(String(node!.eventAttendanceMode)).toMatch(/AttendanceMode$/);
    }
  });

  it('contests are Events; e-publications are EBooks with author, publisher, language and their files', () => {
    for (const contest of live('contest')) expect(top(`/cuoc-thi/${slugOf(contest)}/`, 'Event'), String(slugOf(contest))).toHaveLength(1);
    const publications = live('publication').filter((p) => pages.some((x) => x.url === `/an-pham/${slugOf(p)}/`));
    expect(publications.length).toBeGreaterThan(0);
    for (const publication of publications) {
      const url = `/an-pham/${slugOf(publication)}/`;
      const [book] = top(url, 'Book');
      expect(book, url).toBeDefined();
      expect(book!.name).toBe(publication.title);
      expect(book!.inLanguage).toBe('vi');
      expect(book!.bookFormat).toBe('https://schema.org/EBook');
      expect(book!.author).toBeTruthy();
      expect((book!.publisher as Node).name).toBeTruthy();
      // workExample: one per download link the page offers, pointing at a file that exists.
      const downloads = [...page(url).html.matchAll(/href="([^"]+\.(?:epub|pdf))"/g)].map((m) => m[1]!);
      const examples = (book!.workExample as Node[] | undefined) ?? [];
      expect(examples.map((e) => new URL(String(e.url)).pathname).sort()).toEqual([...new Set(downloads)].sort());
      for (const example of examples) {
        expect(example.bookFormat).toBe('https://schema.org/EBook');
        expect(exists(join(build.outDir, new URL(String(example.url)).pathname))).toBe(true);
      }
      const chapter = pages.find((p) => p.url.startsWith(`${url}chuong-`));
      if (chapter) expect(top(chapter.url, 'Chapter')).toHaveLength(1);
    }
  });

  it('stories are NewsArticles with Google’s required fields', () => {
    for (const story of live('story').slice(0, 20)) {
      const url = `/bai-viet/${slugOf(story)}/`;
      if (!pages.some((p) => p.url === url)) continue;
      const [article] = top(url, 'NewsArticle');
      expect(article, url).toBeDefined();
      expect(article!.headline).toBeTruthy();
      expect((article!.image as string[]).length).toBeGreaterThan(0);
      expect(article!.datePublished).toBeTruthy();
    }
  });

  it('the home page is a WebSite with a SearchAction and a CollectionPage; listings are CollectionPages with an ItemList', () => {
    const [site] = top('/', 'WebSite');
    expect(site).toBeDefined();
    const action = site!.potentialAction as Node;
    expect(action['@type']).toBe('SearchAction');
    expect((action.target as Node).urlTemplate).toMatch(/\/tim-kiem\/\?q=\{search_term_string\}$/);
    expect(action['query-input']).toBe('required name=search_term_string');
    expect((site!.publisher as Node)['@type']).toBe('Organization');
    const listings = ['/', '/chuyen-muc/', '/chu-de/', '/luu-tru/', '/tac-gia/', '/guong-dien-hinh/', '/bang-vang/', '/su-kien/', '/cuoc-thi/', '/an-pham/'];
    const column = live('column')[0];
    if (column) listings.push(`/chuyen-muc/${slugOf(column)}/`);
    const theme = live('theme')[0];
    if (theme) listings.push(`/chu-de/${slugOf(theme)}/`);
    for (const url of listings) {
      const [collection] = top(url, 'CollectionPage');
      expect(collection, url).toBeDefined();
      const list = collection!.mainEntity as Node;
      expect(list['@type'], url).toBe('ItemList');
      const items = list.itemListElement as Node[];
      expect(list.numberOfItems).toBe(items.length);
      items.forEach((item, i) => expect(item.position).toBe(i + 1));
    }
    // The directory lists every published exemplar that has a profile page.
    const directory = (top('/guong-dien-hinh/', 'CollectionPage')[0]!.mainEntity as Node).itemListElement as Node[];
    const profiles = pages.filter((p) => /^\/guong-dien-hinh\/[^/]+\/$/.test(p.url)).map((p) => p.url).sort();
    expect(directory.map((i) => new URL(String(i.url)).pathname).sort()).toEqual(profiles);
    // Search is a SearchResultsPage; open data is one Dataset per JSON file built, with CSV and JSON downloads.
    expect(top('/tim-kiem/', 'SearchResultsPage')).toHaveLength(1);
    const datasets = top('/du-lieu-mo/', 'Dataset');
    const jsonFiles = listFiles(join(build.outDir, 'du-lieu-mo')).filter((f) => f.endsWith('.json'));
    expect(jsonFiles.length).toBeGreaterThanOrEqual(3);
    expect(datasets).toHaveLength(jsonFiles.length);
    for (const dataset of datasets) {
      for (const download of dataset.distribution as Node[]) expect(exists(join(build.outDir, new URL(String(download.contentUrl)).pathname))).toBe(true);
    }
  });

  it('descriptions come from the content’s summary, plain and within 160 characters', () => {
    const exemplar = live('exemplar').find((e) => typeof e.summary === 'string' && e.summary.length > 0 && pages.some((p) => p.url === `/guong-dien-hinh/${slugOf(e)}/`));
    expect(exemplar).toBeDefined();
    const summary = String(exemplar!.summary).replace(/\s+/g, ' ').trim();
    const [description] = meta(page(`/guong-dien-hinh/${slugOf(exemplar!)}/`).html, 'og:description');
    if (summary.length <= 160) expect(description).toBe(summary);
    else {
      expect(description!.endsWith('…')).toBe(true);
      expect(summary.startsWith(description!.slice(0, -1))).toBe(true);
      // cut at a word boundary: the character after the kept text in the summary is a space
      expect(summary[description!.length - 1]).toMatch(/[\s,;:.]/);
    }
    // An event's venue from the dataset is its JSON-LD location.
    const event = live('event').find((e) => (e.venue as { name?: string } | undefined)?.name);
    if (event) expect(((top(`/su-kien/${slugOf(event)}/`, 'Event')[0]!.location as Node).name)).toBe((event.venue as { name: string }).name);
    void ref;
  });
});
