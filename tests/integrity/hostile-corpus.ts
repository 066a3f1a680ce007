// The hostile corpus (issue 8): a copy of the sample dataset plus cases that attack every step from
// loading to output. `writeHostileCorpus(root)` writes `<root>/dataset/` (Sanity export layout) and two
// files outside it that nothing may ever read (`<root>/secret.txt`, `<root>/secret`); each case says
// what a reader must get (tests/integrity/hostile-build.test.ts asserts it against the real build).
//
// Expectations follow the policy of issue 8, not today's code: repair, then render; leave a document
// out only when it has nothing to render (no title, no slug, wrong `_type`) and name it in the report;
// unsafe links lose their link (the text stays); unusable images are dropped (caption kept); nothing
// outside the dataset is read; every output format escapes for itself.
//
// Cases (family → case ids):
//
// | family     | cases                                                                                       |
// | ---------- | ------------------------------------------------------------------------------------------- |
// | xss        | xss-title-script, xss-dek-img-onerror, xss-exemplar-name-svg, xss-caption, xss-alt,          |
// |            | xss-credit, xss-span-script, xss-mark-href-breakout, xss-pullquote                          |
// | jsonld     | jsonld-breakout-title                                                                       |
// | url        | href-mixed-case, href-tab, href-percent, href-entity, href-leading-spaces, href-data-html,  |
// |            | href-vbscript, embed-off-list                                                               |
// | text       | nfd-title, lookalike-d-00d0, lookalike-d-0189, control-title, control-id-slug,              |
// |            | bidi-zero-width-name, lone-surrogate-title, control-dek-rss                                  |
// | date       | date-feb-30, date-five-digit-year, date-not-a-date, date-end-before-start                   |
// | structure  | duplicate-slug, missing-title, missing-slug, unknown-document-type, wrong-field-type,       |
// |            | wrong-reference-type, missing-reference, publication-self-chapter, list-level-1e9,           |
// |            | list-1500-deep, unknown-block-type                                                          |
// | size       | story-10000-blocks, title-1mb                                                               |
// | image      | image-size-mismatch-crop, image-svg-script, image-text-as-jpg, image-png-bomb,              |
// |            | image-crop-outside                                                                          |
// | filesystem | symlink-to-secret, path-traversal-asset                                                     |
// | csv        | csv-hyperlink, csv-plus-cmd, csv-minus, csv-at-sum, csv-tab                                 |
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { readNdjsonFile, writeNdjsonFile } from '../../schemas/util/ndjson.ts';
import { sampleDatasetDir } from '../site/helpers/build.ts';

export type Family = 'xss' | 'jsonld' | 'url' | 'text' | 'date' | 'structure' | 'size' | 'image' | 'filesystem' | 'csv';

/** A report row that must exist: `id │ type │ field path │ level │ message`. */
export interface ReportExpectation {
  /** The document id as printed (control characters stripped); a RegExp when the id is itself hostile. */
  id: string | RegExp;
  /** The field path must start with this (e.g. `body[2].markDefs[0].href`, `title`). */
  path?: string;
  level?: 'lỗi' | 'cảnh báo';
}

/** What a reader gets on one page. */
export interface PageExpectation {
  route: string;
  exists: boolean;
  /** Text a reader sees (entity-decoded HTML contains it). */
  shows?: string[];
  /**
   * The markup a browser would act on must not contain these: the HTML with every attribute value
   * emptied (a quoted, `"`-escaped attribute may hold `<script>` as inert text), script bodies kept.
   */
  rawLacks?: string[];
  /** Some `<img>` has exactly this alt text (entity-decoded). */
  altText?: string[];
  /** Entity-decoded HTML must not contain these. */
  lacks?: string[];
  /** Shown, but never as (or inside) the text of an `<a>`. */
  unlinked?: string[];
  /** No `<img>`/`<source>`/`<audio>`/`<a>` URL contains these (asset sha1s). */
  noAssetUrl?: string[];
  /** At least one `<img>` URL contains each of these. */
  assetUrl?: string[];
  /** Deepest `<ul>`/`<ol>` nesting allowed. */
  maxListDepth?: number;
}

export interface CsvExpectation {
  /** `/du-lieu-mo/…csv` */
  file: string;
  /** A cell holding this text (after the leading `'`) exists and starts with `'`. */
  defused: string;
}

export interface Expectation {
  report?: ReportExpectation[];
  pages?: PageExpectation[];
  csv?: CsvExpectation[];
}

export interface HostileCase {
  id: string;
  family: Family;
  description: string;
  expect: Expectation;
}

export interface HostileCorpus {
  /** The dataset folder (CONTENT_DATASET). */
  dataset: string;
  cases: HostileCase[];
  /** Written to `secret.txt` and `secret` beside the dataset; no file in dist may contain it. */
  secretMarker: string;
  /** Files outside the dataset that cases point at. */
  secretFiles: string[];
}

export const SECRET_MARKER = 'HOSTILE-SECRET-5c1f0e7d-never-in-dist';

type Doc = { _id: string; _type: string } & Record<string, unknown>;

const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('hex');
let keyCounter = 0;
const key = () => `hk${(keyCounter++).toString(36).padStart(6, '0')}`;

function span(text: string, marks: string[] = []): Record<string, unknown> {
  return { _type: 'span', _key: key(), text, marks };
}

function paragraph(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { _type: 'block', _key: key(), style: 'normal', markDefs: [], children: [span(text)], ...extra };
}

/** A paragraph `before <a href=href>linkText</a> after`. */
function linkParagraph(linkText: string, href: string): Record<string, unknown> {
  const markKey = key();
  return {
    _type: 'block',
    _key: key(),
    style: 'normal',
    markDefs: [{ _key: markKey, _type: 'link', href }],
    children: [span('Đọc thêm ở '), span(linkText, [markKey]), span(' nhé.')],
  };
}

/** A minimal PNG whose header claims width × height (IHDR) with a tiny IDAT; only a decoder that trusts it suffers. */
export function pngWithHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  // compression, filter, interlace: 0
  const idat = deflateSync(Buffer.alloc(1 + 3 * 64)); // one short scanline
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * Writes the corpus under `root` (which must be empty or absent) and returns its cases.
 * Deterministic: the same generator source writes the same bytes.
 */
export function writeHostileCorpus(root: string): HostileCorpus {
  keyCounter = 0;
  rmSync(root, { recursive: true, force: true });
  const dataset = join(root, 'dataset');
  mkdirSync(root, { recursive: true });
  cpSync(sampleDatasetDir, dataset, { recursive: true });
  const secretTxt = join(root, 'secret.txt');
  const secretBare = join(root, 'secret');
  writeFileSync(secretTxt, `${SECRET_MARKER}\n`);
  writeFileSync(secretBare, `${SECRET_MARKER}\n`);

  const docs = readNdjsonFile<Doc>(join(dataset, 'data.ndjson'));
  const published = (type: string) => docs.filter((d) => d._type === type && !d._id.startsWith('drafts.'));
  const template = published('story').find((d) => d.column && d.cover && (d.credits as unknown[] | undefined)?.length)!;
  const exemplarTemplate = published('exemplar').find((d) => d.kind === 'ca-nhan' && d.organisation && d.portrait)!;
  const eventTemplate = published('event')[0]!;
  const publication = published('publication')[0]!;
  const otherPublication = published('publication')[1]!;
  const coverAsset = (template.cover as { _sanityAsset: string })._sanityAsset;
  const realImageName = /images\/(.+)$/.exec(coverAsset)![1]!;
  const realImage = readFileSync(join(dataset, 'images', realImageName));
  const [realWidth, realHeight] = /-(\d+)x(\d+)\./.exec(realImageName)!.slice(1).map(Number) as [number, number];

  const added: Doc[] = [];
  const cases: HostileCase[] = [];
  const add = (doc: Doc) => (added.push(doc), doc);
  const kase = (c: HostileCase) => cases.push(c);
  let storyCount = 0;

  /** A new, valid story (one paragraph, the template's cover, column and credits) with `patch` applied. */
  function story(slug: string, patch: Record<string, unknown> = {}): Doc {
    storyCount += 1;
    const base: Doc = {
      _id: `story.hostile-${slug}`,
      _type: 'story',
      _createdAt: '2021-03-01T00:00:00Z',
      title: `Bài thử ${slug}`,
      slug: { _type: 'slug', current: `hostile-${slug}` },
      dek: 'Một bài viết thử nghiệm của bộ dữ liệu độc hại.',
      format: template.format,
      cover: structuredClone(template.cover),
      body: [paragraph(`Đoạn mở đầu của bài ${slug}.`)],
      credits: structuredClone(template.credits),
      column: structuredClone(template.column),
      themes: [],
      exemplars: [],
      publishedAt: `2021-03-${String(1 + (storyCount % 27)).padStart(2, '0')}T01:00:00Z`,
    };
    return add({ ...base, ...patch });
  }
  const storyRoute = (slug: string) => `/bai-viet/hostile-${slug}/`;

  function exemplar(slug: string, patch: Record<string, unknown> = {}): Doc {
    const base = structuredClone(exemplarTemplate);
    delete base.lifecycle;
    delete base.movements;
    return add({ ...base, _id: `exemplar.hostile-${slug}`, slug: { _type: 'slug', current: `hostile-${slug}` }, name: `Người thử ${slug}`, ...patch });
  }
  const exemplarRoute = (slug: string) => `/guong-dien-hinh/hostile-${slug}/`;

  function event(slug: string, patch: Record<string, unknown>): Doc {
    const base = structuredClone(eventTemplate);
    return add({ ...base, _id: `event.hostile-${slug}`, slug: { _type: 'slug', current: `hostile-${slug}` }, title: `Sự kiện thử ${slug}`, ...patch });
  }
  const eventRoute = (slug: string) => `/su-kien/hostile-${slug}/`;

  /** Writes an image file under images/ named `<sha1>-<w>x<h>.<ext>`; returns its `_sanityAsset` and sha1. */
  function imageFile(bytes: Buffer, salt: string, width: number, height: number, ext: string): { asset: string; sha: string } {
    const sha = sha1(Buffer.concat([bytes, Buffer.from(salt)]));
    const name = `${sha}-${width}x${height}.${ext}`;
    writeFileSync(join(dataset, 'images', name), bytes);
    return { asset: `image@file://./images/${name}`, sha };
  }
  const bodyImage = (asset: string, caption: string, extra: Record<string, unknown> = {}) => ({
    _type: 'accessibleImage',
    _key: key(),
    _sanityAsset: asset,
    alt: `Ảnh thử: ${caption}`,
    caption,
    credit: 'Ảnh thử nghiệm',
    ...extra,
  });

  // ------------------------------------------------------------------------------------------------
  // xss: markup in every text field and mark. Text is shown as text; the raw HTML never holds the tag.

  const xssTitle = 'Tiêu đề <script>alert("xss-title")</script> an toàn';
  story('xss-title', { title: xssTitle });
  kase({
    id: 'xss-title-script',
    family: 'xss',
    description: '`<script>` in a story title (page title, heading, cards, JSON-LD, feeds, OG).',
    expect: { pages: [{ route: storyRoute('xss-title'), exists: true, shows: [xssTitle], rawLacks: ['<script>alert('] }] },
  });

  const xssDek = 'Sapo <img src=x onerror=alert("xss-dek")> vẫn là chữ.';
  story('xss-dek', { dek: xssDek });
  kase({
    id: 'xss-dek-img-onerror',
    family: 'xss',
    description: '`<img onerror>` in a story dek (meta description, og:description, cards, RSS).',
    expect: { pages: [{ route: storyRoute('xss-dek'), exists: true, shows: [xssDek], rawLacks: ['<img src=x onerror'] }] },
  });

  const xssName = 'Nguyễn Văn "><svg onload=alert("xss-name")>';
  exemplar('xss-name', { name: xssName });
  kase({
    id: 'xss-exemplar-name-svg',
    family: 'xss',
    description: '`"><svg onload=…>` in an exemplar name (attribute breakout: alt, title, JSON-LD, CSV).',
    expect: { pages: [{ route: exemplarRoute('xss-name'), exists: true, shows: [xssName], rawLacks: ['<svg onload'] }] },
  });

  const xssCaption = 'Chú thích <img src=x onerror=alert("xss-caption")>';
  const xssAlt = 'Ảnh" onerror="alert(\'xss-alt\')" data-x="';
  const xssCredit = 'Tác giả "><svg onload=alert("xss-credit")>';
  story('xss-image-fields', {
    cover: { ...structuredClone(template.cover as object), caption: xssCaption, alt: xssAlt, credit: xssCredit },
  });
  kase({
    id: 'xss-caption',
    family: 'xss',
    description: '`<img onerror>` in an image caption.',
    expect: { pages: [{ route: storyRoute('xss-image-fields'), exists: true, shows: [xssCaption], rawLacks: ['<img src=x onerror=alert("xss-caption")'] }] },
  });
  kase({
    id: 'xss-alt',
    family: 'xss',
    description: 'Quote breakout in an image alt (`" onerror="…`).',
    expect: { pages: [{ route: storyRoute('xss-image-fields'), exists: true, altText: [xssAlt] }] },
  });
  kase({
    id: 'xss-credit',
    family: 'xss',
    description: '`"><svg onload=…>` in an image credit.',
    expect: { pages: [{ route: storyRoute('xss-image-fields'), exists: true, shows: [xssCredit], rawLacks: ['<svg onload=alert("xss-credit")'] }] },
  });

  const xssSpan = 'Đoạn văn <script>alert("xss-span")</script> giữa bài.';
  story('xss-span', { body: [paragraph(xssSpan)] });
  kase({
    id: 'xss-span-script',
    family: 'xss',
    description: '`<script>` in a Portable Text span.',
    expect: { pages: [{ route: storyRoute('xss-span'), exists: true, shows: [xssSpan], rawLacks: ['<script>alert("xss-span")'] }] },
  });

  story('xss-href', { body: [linkParagraph('liên kết phá ngoặc', 'https://example.org/"><script>alert("xss-href")</script>')] });
  kase({
    id: 'xss-mark-href-breakout',
    family: 'xss',
    description: 'An https link href that tries to close the attribute (`"><script>…`).',
    expect: { pages: [{ route: storyRoute('xss-href'), exists: true, shows: ['liên kết phá ngoặc'], rawLacks: ['"><script>alert("xss-href")'] }] },
  });

  const xssQuote = 'Trích dẫn <iframe src="javascript:alert(1)"></iframe> thôi.';
  story('xss-pullquote', { body: [paragraph('Mở đầu.'), { _type: 'pullQuote', _key: key(), text: xssQuote, attribution: '<b onmouseover=alert(1)>Ai đó</b>' }] });
  kase({
    id: 'xss-pullquote',
    family: 'xss',
    description: '`<iframe src=javascript:>` in a pull quote and a handler in its attribution.',
    expect: { pages: [{ route: storyRoute('xss-pullquote'), exists: true, shows: [xssQuote], rawLacks: ['<iframe src="javascript', '<b onmouseover'] }] },
  });

  // ------------------------------------------------------------------------------------------------
  // jsonld: a title that closes the JSON-LD script element.

  const breakout = 'Bài </script><script>alert("jsonld")</script> hết';
  story('jsonld', { title: breakout });
  kase({
    id: 'jsonld-breakout-title',
    family: 'jsonld',
    description: '`</script><script>alert(1)</script>` in a title: JSON-LD must escape `<`.',
    expect: { pages: [{ route: storyRoute('jsonld'), exists: true, shows: [breakout], rawLacks: ['</script><script>alert('] }] },
  });

  // ------------------------------------------------------------------------------------------------
  // url: encoded javascript: variants and other dangerous schemes. The link goes, the text stays.

  const hrefs: [string, string, string][] = [
    // eslint-disable-next-line no-script-url -- the attack under test
    ['href-mixed-case', 'JaVaScRiPt:alert(1)', 'chữ hoa chữ thường'],
    ['href-tab', 'java\tscript:alert(1)', 'có dấu tab'],
    ['href-percent', '%6a%61vascript:alert(1)', 'mã phần trăm'],
    ['href-entity', '&#106;avascript:alert(1)', 'thực thể HTML'],
    ['href-leading-spaces', '   javascript:alert(1)', 'khoảng trắng đầu'],
    ['href-data-html', 'data:text/html,<script>alert(1)</script>', 'dữ liệu HTML'],
    ['href-vbscript', 'vbscript:msgbox(1)', 'VBScript'],
  ];
  const linkStory = story('links', { body: [paragraph('Những liên kết dưới đây không an toàn.'), ...hrefs.map(([, href, text]) => linkParagraph(`liên kết ${text}`, href))] });
  hrefs.forEach(([id, href, text], i) =>
    kase({
      id,
      family: 'url',
      description: `Link href ${JSON.stringify(href)} in a span: the link is removed, its text kept.`,
      expect: {
        pages: [{ route: storyRoute('links'), exists: true, unlinked: [`liên kết ${text}`] }],
        report: [{ id: linkStory._id, path: `body[${i + 1}].markDefs[0]`, level: 'cảnh báo' }],
      },
    }),
  );

  const embedStory = story('embed', {
    body: [paragraph('Video ngoài danh sách.'), { _type: 'videoEmbed', _key: key(), url: 'https://evil.example/player?v=hostile', title: 'Video lạ', caption: 'Chú thích video lạ' }],
  });
  kase({
    id: 'embed-off-list',
    family: 'url',
    description: 'A video embed on a host outside the provider list: not embedded, not linked.',
    expect: {
      pages: [{ route: storyRoute('embed'), exists: true, rawLacks: ['evil.example'] }],
      report: [{ id: embedStory._id, path: 'body[1]' }],
    },
  });

  // ------------------------------------------------------------------------------------------------
  // text: repairs. The reader sees the repaired text; each repair is a warning naming id and field.

  const nfc = 'Cô giáo dạy học ở Điện Biên';
  const nfdStory = story('nfd', { title: nfc.normalize('NFD') });
  kase({
    id: 'nfd-title',
    family: 'text',
    description: 'A title in NFD (decomposed accents): shown in NFC.',
    expect: {
      pages: [{ route: storyRoute('nfd'), exists: true, shows: [nfc], rawLacks: [nfc.normalize('NFD')] }],
      report: [{ id: nfdStory._id, path: 'title', level: 'cảnh báo' }],
    },
  });

  const d00d0 = story('lookalike-00d0', { title: '\u00D0iện Biên mùa hoa ban' });
  kase({
    id: 'lookalike-d-00d0',
    family: 'text',
    description: 'Icelandic Eth U+00D0 instead of Đ in a title: repaired to Đ.',
    expect: {
      pages: [{ route: storyRoute('lookalike-00d0'), exists: true, shows: ['Điện Biên mùa hoa ban'], lacks: ['\u00D0'] }],
      report: [{ id: d00d0._id, path: 'title', level: 'cảnh báo' }],
    },
  });
  const d0189 = story('lookalike-0189', { title: '\u0189ồng bằng sông Cửu Long' });
  kase({
    id: 'lookalike-d-0189',
    family: 'text',
    description: 'African D U+0189 instead of Đ in a title: repaired to Đ.',
    expect: {
      pages: [{ route: storyRoute('lookalike-0189'), exists: true, shows: ['Đồng bằng sông Cửu Long'], lacks: ['\u0189'] }],
      report: [{ id: d0189._id, path: 'title', level: 'cảnh báo' }],
    },
  });

  const controlStory = story('control-title', { title: 'Tiêu đề\u0001 có \u001b[31mmàu đỏ\u001b[0m' });
  // Also a chapter of a booklet: its EPUB's XHTML and OPF must still parse.
  (otherPublication.chapters as unknown[]).push({ _type: 'storyChapter', _key: key(), story: { _type: 'reference', _ref: controlStory._id } });
  kase({
    id: 'control-title',
    family: 'text',
    description: 'U+0001 and a terminal colour escape in a title (also a booklet chapter): control characters removed.',
    expect: {
      pages: [{ route: storyRoute('control-title'), exists: true, lacks: ['\u0001', '\u001b'], shows: ['màu đỏ'] }],
      report: [{ id: controlStory._id, path: 'title', level: 'cảnh báo' }],
    },
  });

  story('control-id', {
    _id: 'story.hostile-ctl\u001b[31m-id\u0001',
    slug: { _type: 'slug', current: 'hostile-ctl\u001b[31m-slug' },
    title: 'Bài có mã điều khiển trong id',
  });
  kase({
    id: 'control-id-slug',
    family: 'text',
    description: 'A terminal escape (`\\u001b[31m`) and U+0001 in a document id and slug: the report names it without the escape.',
    // The report may show the control character visibly (`\u0001`), never raw.
    // eslint-disable-next-line no-control-regex -- the printed id must hold no control character
    expect: { report: [{ id: /^story\.hostile-ctl[^\u0000-\u001f\u007f]*-id(?:\\u0001)?$/ }] },
  });

  const bidiName = 'Nguyễn\u202E Văn\u200B Thử';
  const bidi = exemplar('bidi', { name: bidiName });
  kase({
    id: 'bidi-zero-width-name',
    family: 'text',
    description: 'Bidi override U+202E and zero-width space U+200B in an exemplar name: removed.',
    expect: {
      pages: [{ route: exemplarRoute('bidi'), exists: true, shows: ['Nguyễn Văn Thử'], lacks: ['\u202E', '\u200B'] }],
      report: [{ id: bidi._id, path: 'name', level: 'cảnh báo' }],
    },
  });

  const surrogate = story('lone-surrogate', { title: 'Ký tự lẻ \uD800 giữa tiêu đề' });
  kase({
    id: 'lone-surrogate-title',
    family: 'text',
    description: 'A lone surrogate U+D800 in a title: replaced with U+FFFD.',
    expect: {
      pages: [{ route: storyRoute('lone-surrogate'), exists: true, shows: ['Ký tự lẻ \uFFFD giữa tiêu đề'] }],
      report: [{ id: surrogate._id, path: 'title', level: 'cảnh báo' }],
    },
  });

  const dekStory = story('control-dek', { dek: 'Sapo có ký tự\u0001 cấm trong XML.' });
  kase({
    id: 'control-dek-rss',
    family: 'text',
    description: 'U+0001 in a story dek (would make rss.xml unparsable): removed everywhere.',
    expect: {
      pages: [{ route: storyRoute('control-dek'), exists: true, shows: ['Sapo có ký tự cấm trong XML.'], lacks: ['\u0001'] }],
      report: [{ id: dekStory._id, path: 'dek', level: 'cảnh báo' }],
    },
  });

  // ------------------------------------------------------------------------------------------------
  // date: invalid → not shown (and reported); the page still renders.

  const feb30 = story('feb-30', { publishedAt: '2023-02-30T00:00:00Z' });
  kase({
    id: 'date-feb-30',
    family: 'date',
    description: 'publishedAt 2023-02-30 (no such day): not shown, never rolled over to 2 March.',
    expect: {
      pages: [{ route: storyRoute('feb-30'), exists: true, rawLacks: ['2023-02-30', '2023-03-02', '2/3/2023', '02/03/2023'] }],
      report: [{ id: feb30._id, path: 'publishedAt' }],
    },
  });
  const fiveDigit = event('five-digit-year', { startsAt: '99999-01-01T00:00:00Z', endsAt: undefined });
  kase({
    id: 'date-five-digit-year',
    family: 'date',
    description: 'An event starting 99999-01-01: outside the sane range, not shown.',
    expect: { pages: [{ route: eventRoute('five-digit-year'), exists: true, rawLacks: ['99999'] }], report: [{ id: fiveDigit._id, path: 'startsAt' }] },
  });
  const notADate = event('text-date', { startsAt: 'not-a-date', endsAt: undefined });
  kase({
    id: 'date-not-a-date',
    family: 'date',
    description: 'An event whose startsAt is "not-a-date".',
    expect: { pages: [{ route: eventRoute('text-date'), exists: true, lacks: ['not-a-date', 'Invalid Date', 'NaN'] }], report: [{ id: notADate._id, path: 'startsAt' }] },
  });
  const endBefore = event('end-before-start', { startsAt: '2025-06-10T08:00:00Z', endsAt: '2025-06-09T08:00:00Z' });
  kase({
    id: 'date-end-before-start',
    family: 'date',
    description: 'An event that ends before it starts: reported with the field.',
    expect: { report: [{ id: endBefore._id, path: 'endsAt' }] },
  });

  // ------------------------------------------------------------------------------------------------
  // structure

  const older = story('dup-older', { title: 'Bản cũ giữ địa chỉ', slug: { _type: 'slug', current: 'hostile-duplicate' }, _createdAt: '2020-01-01T00:00:00Z' });
  const newer = story('dup-newer', { title: 'Bản mới bị báo cáo', slug: { _type: 'slug', current: 'hostile-duplicate' }, _createdAt: '2024-01-01T00:00:00Z' });
  kase({
    id: 'duplicate-slug',
    family: 'structure',
    description: 'Two stories with one slug: the older (by _createdAt) keeps the URL, the newer is reported.',
    expect: {
      pages: [{ route: storyRoute('duplicate'), exists: true, shows: [older.title as string], lacks: [newer.title as string] }],
      report: [{ id: newer._id, path: 'slug' }],
    },
  });

  const noTitle = story('missing-title');
  delete noTitle.title;
  kase({
    id: 'missing-title',
    family: 'structure',
    description: 'A story without a title: left out, named as an error.',
    expect: { pages: [{ route: storyRoute('missing-title'), exists: false }], report: [{ id: noTitle._id, level: 'lỗi' }] },
  });
  const noSlug = story('missing-slug', { title: 'Bài không có đường dẫn' });
  delete noSlug.slug;
  kase({ id: 'missing-slug', family: 'structure', description: 'A story without a slug: left out, named as an error.', expect: { report: [{ id: noSlug._id, level: 'lỗi' }] } });

  const unknownType = add({ _id: 'hostile.unknown-type', _type: 'storyy', title: 'Loại tài liệu sai', slug: { _type: 'slug', current: 'hostile-unknown-type' } });
  kase({
    id: 'unknown-document-type',
    family: 'structure',
    description: 'A document whose _type no schema defines: left out, named in the report.',
    expect: { report: [{ id: unknownType._id, level: 'lỗi' }] },
  });
  const wrongField = story('wrong-field-type', { title: 12345, dek: ['không', 'phải', 'chuỗi'] });
  kase({
    id: 'wrong-field-type',
    family: 'structure',
    description: 'A number as title and an array as dek: no title to render, left out and named.',
    expect: { pages: [{ route: storyRoute('wrong-field-type'), exists: false }], report: [{ id: wrongField._id, path: 'title', level: 'lỗi' }] },
  });
  const wrongRef = story('wrong-reference-type', { exemplars: [{ _type: 'reference', _key: key(), _ref: (template.column as { _ref: string })._ref }] });
  kase({
    id: 'wrong-reference-type',
    family: 'structure',
    description: 'A story whose exemplars list references a column: the reference is reported.',
    expect: { report: [{ id: wrongRef._id, path: 'exemplars' }] },
  });
  const missingRef = story('missing-reference', { exemplars: [{ _type: 'reference', _key: key(), _ref: 'exemplar.khong-ton-tai' }] });
  kase({
    id: 'missing-reference',
    family: 'structure',
    description: 'A story referencing an exemplar that does not exist: the story still renders, the reference is reported.',
    expect: { pages: [{ route: storyRoute('missing-reference'), exists: true }], report: [{ id: missingRef._id, path: 'exemplars' }] },
  });

  (publication.chapters as unknown[]).push({ _type: 'storyChapter', _key: key(), story: { _type: 'reference', _ref: publication._id } });
  kase({
    id: 'publication-self-chapter',
    family: 'structure',
    description: 'A publication whose chapter references the publication itself (a reference cycle).',
    expect: {
      pages: [{ route: `/an-pham/${(publication.slug as { current: string }).current}/`, exists: true }],
      report: [{ id: publication._id, path: 'chapters' }],
    },
  });

  story('list-level', { body: [paragraph('Danh sách cấp quá sâu:'), paragraph('Mục cấp một tỷ', { listItem: 'bullet', level: 1e9 }), paragraph('Mục cấp một', { listItem: 'bullet', level: 1 })] });
  kase({
    id: 'list-level-1e9',
    family: 'structure',
    description: 'A list item with level 1e9: clamped, rendered.',
    expect: { pages: [{ route: storyRoute('list-level'), exists: true, shows: ['Mục cấp một tỷ', 'Mục cấp một'], maxListDepth: 16 }] },
  });

  const deep = Array.from({ length: 1500 }, (_, i) => paragraph(`Mục sâu ${i + 1}`, { listItem: 'number', level: i + 1 }));
  story('list-deep', { body: [paragraph('Danh sách lồng 1.500 cấp:'), ...deep] });
  kase({
    id: 'list-1500-deep',
    family: 'structure',
    description: 'A list nested 1,500 levels deep: rendered with its depth clamped.',
    expect: { pages: [{ route: storyRoute('list-deep'), exists: true, shows: ['Mục sâu 1', 'Mục sâu 1500'], maxListDepth: 16 }] },
  });

  const unknownBlock = story('unknown-block', {
    body: [paragraph('Trước khối lạ.'), { _type: 'hostileWidget', _key: key(), html: '<script>alert("widget")</script>' }, paragraph('Sau khối lạ.')],
  });
  kase({
    id: 'unknown-block-type',
    family: 'structure',
    description: 'An unknown block type in a body: skipped, the rest renders.',
    expect: {
      pages: [{ route: storyRoute('unknown-block'), exists: true, shows: ['Trước khối lạ.', 'Sau khối lạ.'], rawLacks: ['alert("widget")'] }],
      report: [{ id: unknownBlock._id, path: 'body[1]' }],
    },
  });

  // ------------------------------------------------------------------------------------------------
  // size

  story('huge', { body: Array.from({ length: 10_000 }, (_, i) => paragraph(`Đoạn số ${i + 1} của bài rất dài.`)) });
  kase({
    id: 'story-10000-blocks',
    family: 'size',
    description: 'A story with 10,000 blocks: renders completely.',
    expect: { pages: [{ route: storyRoute('huge'), exists: true, shows: ['Đoạn số 1 của bài rất dài.', 'Đoạn số 10000 của bài rất dài.'] }] },
  });
  const megaTitle = story('title-1mb', { title: `Tiêu đề khổng lồ ${'ư'.repeat(512 * 1024)}` });
  kase({
    id: 'title-1mb',
    family: 'size',
    description: 'A 1 MB title: over the length limit, reported (the build finishes).',
    expect: { report: [{ id: megaTitle._id, path: 'title' }] },
  });

  // ------------------------------------------------------------------------------------------------
  // image traps: refused before any encoder, dropped from the field, caption kept.

  const mismatch = imageFile(realImage, 'size-mismatch', 800, 600, 'jpg');
  story('image-mismatch', {
    body: [paragraph('Ảnh khai sai kích thước:'), bodyImage(mismatch.asset, 'Chú thích ảnh sai kích thước', { crop: { _type: 'sanity.imageCrop', top: 0.1, bottom: 0.1, left: 0.1, right: 0.1 } })],
  });
  kase({
    id: 'image-size-mismatch-crop',
    family: 'image',
    description: `A ${realWidth}×${realHeight} JPEG named 800x600, with a crop: the decoded size differs from the claim, so it is dropped.`,
    expect: { pages: [{ route: storyRoute('image-mismatch'), exists: true, shows: ['Chú thích ảnh sai kích thước'], noAssetUrl: [mismatch.sha] }] },
  });

  const svg = imageFile(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert("svg")</script><rect width="100" height="100"/></svg>'), 'svg', 100, 100, 'svg');
  story('image-svg', { body: [paragraph('Ảnh SVG có script:'), bodyImage(svg.asset, 'Chú thích ảnh SVG')] });
  kase({
    id: 'image-svg-script',
    family: 'image',
    description: 'An SVG with a script saved as an image asset: SVG is refused, caption kept.',
    expect: { pages: [{ route: storyRoute('image-svg'), exists: true, shows: ['Chú thích ảnh SVG'], noAssetUrl: [svg.sha] }] },
  });

  const textJpg = imageFile(Buffer.from('This is not a JPEG at all.\n'), 'text', 100, 100, 'jpg');
  story('image-text', { body: [paragraph('Tệp chữ mang đuôi .jpg:'), bodyImage(textJpg.asset, 'Chú thích tệp chữ')] });
  kase({
    id: 'image-text-as-jpg',
    family: 'image',
    description: 'A text file named .jpg: the header does not match, dropped, caption kept.',
    expect: { pages: [{ route: storyRoute('image-text'), exists: true, shows: ['Chú thích tệp chữ'], noAssetUrl: [textJpg.sha] }] },
  });

  const bomb = imageFile(pngWithHeader(30_000, 30_000), 'bomb', 30_000, 30_000, 'png');
  story('image-bomb', { body: [paragraph('Ảnh 900 megapixel:'), bodyImage(bomb.asset, 'Chú thích ảnh quá lớn')] });
  kase({
    id: 'image-png-bomb',
    family: 'image',
    description: 'A 30,000×30,000 PNG (900 MP, over the 50 MP limit): refused, caption kept.',
    expect: { pages: [{ route: storyRoute('image-bomb'), exists: true, shows: ['Chú thích ảnh quá lớn'], noAssetUrl: [bomb.sha] }] },
  });

  // Bytes after the JPEG's end marker make the file unique (decoders ignore them), so Astro does not
  // fold it into an identical picture under another file's name.
  const cropped = imageFile(Buffer.concat([realImage, Buffer.from('crop-outside')]), 'crop-outside', realWidth, realHeight, 'jpg');
  story('image-crop', {
    body: [paragraph('Vùng cắt ra ngoài ảnh:'), bodyImage(cropped.asset, 'Chú thích vùng cắt lạ', { crop: { _type: 'sanity.imageCrop', top: -0.5, bottom: 1.2, left: 0.6, right: 0.9 } })],
  });
  kase({
    id: 'image-crop-outside',
    family: 'image',
    description: 'A crop outside the image (negative, over 1, left+right > 1): clamped to the real image, still shown.',
    expect: { pages: [{ route: storyRoute('image-crop'), exists: true, shows: ['Chú thích vùng cắt lạ'], assetUrl: [cropped.sha] }] },
  });

  // ------------------------------------------------------------------------------------------------
  // filesystem: nothing outside the dataset is read.

  const linkSha = sha1('symlink-to-secret');
  symlinkSync(secretTxt, join(dataset, 'files', `${linkSha}.mp3`));
  const symlinkStory = story('symlink', {
    body: [paragraph('Âm thanh trỏ ra ngoài dataset:'), { _type: 'audioEmbed', _key: key(), title: 'Bản ghi trỏ ra ngoài', file: { _type: 'file', _sanityAsset: `file@file://./files/${linkSha}.mp3` } }],
  });
  kase({
    id: 'symlink-to-secret',
    family: 'filesystem',
    description: 'files/<sha1>.mp3 is a symlink to a secret file outside the dataset, used by an audio embed.',
    expect: { pages: [{ route: storyRoute('symlink'), exists: true, noAssetUrl: [linkSha] }], report: [{ id: symlinkStory._id, path: 'body[1]' }] },
  });

  const traversal = story('traversal', {
    body: [paragraph('Ảnh trỏ ra ngoài bằng ../:'), bodyImage('image@file://./images/../../secret', 'Chú thích ảnh trỏ ra ngoài')],
  });
  kase({
    id: 'path-traversal-asset',
    family: 'filesystem',
    description: '`_sanityAsset` `image@file://./images/../../secret`: refused, caption kept.',
    expect: { pages: [{ route: storyRoute('traversal'), exists: true, shows: ['Chú thích ảnh trỏ ra ngoài'] }], report: [{ id: traversal._id, path: 'body[1]' }] },
  });

  // ------------------------------------------------------------------------------------------------
  // csv: open data cells a spreadsheet would run as a formula start with `'`.

  const csvCases: [string, string][] = [
    ['csv-hyperlink', '=HYPERLINK("http://evil.example","bấm vào")'],
    ['csv-minus', '-2+3'],
    ['csv-at-sum', '@SUM(1+1)'],
    ['csv-tab', '\t=1+1'],
  ];
  for (const [id, name] of csvCases) {
    exemplar(id, { name });
    kase({
      id,
      family: 'csv',
      description: `Exemplar name ${JSON.stringify(name)} in the open data CSV.`,
      expect: { csv: [{ file: '/du-lieu-mo/guong-dien-hinh.csv', defused: name }] },
    });
  }
  const orgName = "+cmd|' /C calc'!A0";
  const organisationTemplate = docs.find((d) => d._id === (exemplarTemplate.organisation as { _ref: string })._ref)!;
  add({ ...structuredClone(organisationTemplate), _id: 'organisation.hostile-csv', name: orgName, slug: { _type: 'slug', current: 'hostile-csv-org' } });
  exemplar('csv-org', { organisation: { _type: 'reference', _ref: 'organisation.hostile-csv' } });
  kase({
    id: 'csv-plus-cmd',
    family: 'csv',
    description: 'An organisation named `+cmd|…` (DDE) behind an exemplar in the open data CSV.',
    expect: { csv: [{ file: '/du-lieu-mo/guong-dien-hinh.csv', defused: orgName }] },
  });

  writeNdjsonFile(join(dataset, 'data.ndjson'), [...docs, ...added]);
  return { dataset, cases, secretMarker: SECRET_MARKER, secretFiles: [secretTxt, secretBare] };
}
