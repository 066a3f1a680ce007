// The dataset the content tests run against: the bundled sample (`site/dataset/`) when it exists,
// otherwise a small export-format fixture written here (same layout: data.ndjson, assets.json,
// images/, drafts included), so the seam's tests never depend on another engineer's timing.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scratchDir } from './scratch.ts';

export const SAMPLE_DIR = fileURLToPath(new URL('../../../site/dataset/', import.meta.url));

export function hasBundledSample(): boolean {
  return existsSync(join(SAMPLE_DIR, 'data.ndjson'));
}

let fallback: string | undefined;

/** Folder of the dataset under test (never modify it; use `copyDataset`). */
export function sampleDatasetPath(): string {
  if (hasBundledSample()) return SAMPLE_DIR;
  fallback ??= writeFixture(scratchDir('fixture'));
  return fallback;
}

/** A private copy in a temp dir, e.g. to break on purpose. Returns the copy's folder. */
export function copyDataset(name = 'copy'): string {
  const dir = join(scratchDir('ds'), name);
  cpSync(sampleDatasetPath(), dir, { recursive: true });
  return dir;
}

export type Doc = { _id: string; _type: string; [key: string]: unknown };

export function readDocs(dir: string): Doc[] {
  return readFileSync(join(dir, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Doc);
}

export function writeDocs(dir: string, docs: Doc[]): void {
  writeFileSync(join(dir, 'data.ndjson'), docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n');
}

const assetMeta: Record<string, { originalFilename: string }> = {};

function image(dir: string, seed: string, width: number, height: number): string {
  const bytes = Buffer.from(`fixture image ${seed}`);
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  // Keyed like the sample generator's assets.json: `image-<sha1>`.
  assetMeta[`image-${sha1}`] = { originalFilename: `${seed}.jpg` };
  mkdirSync(join(dir, 'images'), { recursive: true });
  writeFileSync(join(dir, 'images', `${sha1}-${width}x${height}.jpg`), bytes);
  return `image@file://./images/${sha1}-${width}x${height}.jpg`;
}

const ref = (id: string, key?: string) => ({ _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) });
const block = (key: string, text: string, markDefs: unknown[] = [], marks: string[] = []) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs,
  children: [{ _type: 'span', _key: `${key}s`, text, marks }],
});

/** Clearly fictional people and places, Vietnamese text in NFC. */
function writeFixture(dir: string): string {
  const cover = (seed: string, alt: string) => ({ _type: 'accessibleImage', alt, _sanityAsset: image(dir, seed, 1200, 800) });
  const story = (slug: string, title: string, publishedAt: string, extra: Record<string, unknown> = {}): Doc => ({
    _id: `story.${slug}`,
    _type: 'story',
    title,
    slug: { _type: 'slug', current: slug },
    dek: `Câu chuyện hư cấu về ${title.toLowerCase()}.`,
    format: 'bai-viet',
    cover: cover(slug, `Ảnh minh họa cho bài ${title}`),
    body: [
      block('b1', 'Mỗi sáng cô giáo Hà Thị Mai đi bộ qua hai con dốc để tới điểm trường.', [
        { _type: 'link', _key: 'l1', href: 'https://example.org/bai-viet' },
      ], ['l1']),
      block('b2', 'Học trò gọi cô là người giữ lửa của bản.', [
        { _type: 'internalLink', _key: 'i1', reference: ref('exemplar.co-giao-ha-thi-mai') },
      ], ['i1']),
    ],
    credits: [{ _type: 'credit', _key: 'c1', person: ref('person.tran-van-binh'), role: 'tac-gia' }],
    column: ref('column.guong-mat'),
    themes: [ref('theme.hai-tot', 't1')],
    exemplars: [ref('exemplar.co-giao-ha-thi-mai', 'e1')],
    publishedAt,
    ...extra,
  });
  const docs: Doc[] = [
    {
      _id: 'siteSettings',
      _type: 'siteSettings',
      title: 'Gương sáng',
      tagline: 'Những người thầy bình dị',
      description: 'Những câu chuyện hư cấu về các thầy cô, học trò và mái trường khắp mọi miền.',
      featuredStory: ref('story.duong-den-truong'),
      spotlightExemplars: [ref('exemplar.co-giao-ha-thi-mai', 's1')],
      navigation: [{ _type: 'navItem', _key: 'n1', label: 'Gương mặt', reference: ref('column.guong-mat') }],
      socialLinks: [{ _key: 'so1', platform: 'facebook', url: 'https://facebook.com/guongsang' }],
    },
    { _id: 'province.lang-son', _type: 'province', name: 'Lạng Sơn', slug: { _type: 'slug', current: 'lang-son' }, kind: 'tinh', order: 1 },
    {
      _id: 'organisation.truong-tieu-hoc-suoi-may',
      _type: 'organisation',
      name: 'Trường Tiểu học Suối Mây',
      slug: { _type: 'slug', current: 'truong-tieu-hoc-suoi-may' },
      kind: 'truong',
      educationLevel: 'tieu-hoc',
      province: ref('province.lang-son'),
    },
    { _id: 'person.tran-van-binh', _type: 'person', name: 'Trần Văn Bình', slug: { _type: 'slug', current: 'tran-van-binh' }, jobTitle: 'Phóng viên' },
    {
      _id: 'exemplar.co-giao-ha-thi-mai',
      _type: 'exemplar',
      kind: 'ca-nhan',
      name: 'Hà Thị Mai',
      slug: { _type: 'slug', current: 'co-giao-ha-thi-mai' },
      role: 'nha-giao',
      educationLevel: 'tieu-hoc',
      organisation: ref('organisation.truong-tieu-hoc-suoi-may'),
      province: ref('province.lang-son'),
      portrait: cover('mai', 'Chân dung cô giáo Hà Thị Mai trước lớp học'),
      summary: 'Cô giáo hư cấu mười lăm năm bám điểm trường vùng cao.',
      achievements: [{ _key: 'a1', year: 2023, description: 'Giáo viên dạy giỏi cấp tỉnh' }],
      lifecycle: { stage: 'dien-hinh-cap-tinh', showPublicly: true, history: [{ _key: 'h1', stage: 'nhan-to-moi', date: '2020-09-05', note: 'Được phát hiện' }] },
    },
    {
      _id: 'drafts.exemplar.co-giao-ha-thi-mai',
      _type: 'exemplar',
      kind: 'ca-nhan',
      name: 'BẢN NHÁP Hà Thị Mai',
      slug: { _type: 'slug', current: 'co-giao-ha-thi-mai' },
      role: 'nha-giao',
      province: ref('province.lang-son'),
      portrait: cover('mai', 'Chân dung nháp'),
      summary: 'Bản nháp chưa duyệt.',
    },
    {
      _id: 'column.guong-mat',
      _type: 'column',
      title: 'Gương mặt',
      slug: { _type: 'slug', current: 'guong-mat' },
      kind: 'chuyen-muc',
      description: 'Chân dung những người thầy.',
      order: 1,
    },
    { _id: 'theme.hai-tot', _type: 'theme', title: 'Dạy tốt, học tốt', slug: { _type: 'slug', current: 'hai-tot' }, kind: 'phong-trao', selection: 'tagged' },
    story('duong-den-truong', 'Đường đến trường', '2024-11-18T01:30:00Z', { featured: true }),
    story('lop-hoc-tren-nui', 'Lớp học trên núi', '2024-10-02T02:00:00Z'),
    story('chuyen-do-mua-lu', 'Chuyến đò mùa lũ', '2024-09-12T03:15:00Z'),
    { ...story('duong-den-truong', 'BẢN NHÁP Đường đến trường mới', '2024-11-18T01:30:00Z'), _id: 'drafts.story.duong-den-truong' },
    { ...story('bai-chua-dang', 'BẢN NHÁP Bài chưa đăng', '2025-01-01T00:00:00Z'), _id: 'drafts.story.bai-chua-dang' },
    {
      _id: 'honour.csdt-2024-mai',
      _type: 'honour',
      title: 'Chiến sĩ thi đua cấp tỉnh',
      category: 'danh-hieu-thi-dua',
      level: 'bo-tinh',
      decisionNumber: '123/QĐ-UBND',
      decisionDate: '2024-05-20',
      issuer: 'Ủy ban nhân dân tỉnh Lạng Sơn',
      year: 2024,
      recipients: [ref('exemplar.co-giao-ha-thi-mai', 'r1')],
      isPublic: true,
    },
  ];
  writeDocs(dir, docs);
  writeFileSync(join(dir, 'assets.json'), JSON.stringify(assetMeta, null, 2) + '\n');
  return dir;
}

/** Titles/names that exist only in drafts (a published title is allowed to equal its draft's). */
export function draftOnlyTexts(): string[] {
  const docs = readDocs(sampleDatasetPath());
  const published = new Set(docs.filter((d) => !d._id.startsWith('drafts.')).flatMap((d) => [d.title, d.name]));
  return docs
    .filter((d) => d._id.startsWith('drafts.'))
    .flatMap((d) => [d.title, d.name])
    .filter((t): t is string => typeof t === 'string' && !published.has(t));
}
