import type { SanityDocument } from '@sanity/types';
import { describe, expect, it } from 'vitest';
import { validateDataset, type Problem } from '../../schemas/validation/validate-dataset.ts';
import { validDocuments, withEdit } from './fixtures.ts';

type Doc = Record<string, unknown>;
// Assembled so eslint's no-script-url does not flag the hostile fixture value itself.
const SCRIPT_URL = ['java', 'script:alert(document.cookie)'].join('');

const get = <T>(doc: Doc, key: string) => doc[key] as T;
const ENTRY = 'contestEntry.viet-ve-thay-co-2025-e1';

interface Case {
  name: string;
  documents: () => SanityDocument[];
  expected: Partial<Problem> & { message: string };
}

const cases: Case[] = [
  {
    name: 'image without alt text',
    documents: () => withEdit('story.duong-den-truong', (d) => delete get<Doc>(d, 'cover')['alt']),
    expected: { documentId: 'story.duong-den-truong', path: 'cover.alt', level: 'error', message: 'mô tả ảnh (alt)' },
  },
  {
    name: 'image block in the body without alt text',
    documents: () => withEdit('story.duong-den-truong', (d) => get<Doc[]>(d, 'body').push({ _type: 'accessibleImage', _key: 'img', asset: { _type: 'reference', _ref: 'image-0a1b2c3d4e5f-1200x800-jpg' } })),
    expected: { path: 'body[5].alt', level: 'error', message: 'mô tả ảnh (alt)' },
  },
  {
    name: 'image object without an image',
    documents: () => withEdit('exemplar.co-giao-ha-thi-lan', (d) => delete get<Doc>(d, 'portrait')['asset']),
    expected: { path: 'portrait', level: 'error', message: 'Chưa chọn ảnh' },
  },
  {
    name: 'script URL (javascript:) in a body link annotation',
    documents: () => withEdit('story.duong-den-truong', (d) => {
      const markDefs = get<Doc[]>(d, 'body')[1]?.['markDefs'] as Doc[];
      (markDefs[0] as Doc)['href'] = SCRIPT_URL;
    }),
    expected: { path: 'body[1].markDefs[0].href', level: 'error', message: 'Đường dẫn không hợp lệ' },
  },
  {
    name: 'data: URL as a source',
    documents: () => withEdit('story.duong-den-truong', (d) => ((get<Doc[]>(d, 'sources')[0] as Doc)['url'] = 'data:text/html,<script>alert(1)</script>')),
    expected: { path: 'sources[0].url', level: 'error', message: 'http, https' },
  },
  {
    name: 'video from a provider that is not allow-listed',
    documents: () => withEdit('story.duong-den-truong', (d) => ((get<Doc[]>(d, 'body')[3] as Doc)['url'] = 'https://evil.example.com/watch?v=1')),
    expected: { path: 'body[3].url', level: 'error', message: 'Không nhúng được video từ "evil.example.com"' },
  },
  {
    name: 'updatedAt before publishedAt',
    documents: () => withEdit('story.duong-den-truong', (d) => (d['updatedAt'] = '2025-11-19T01:00:00Z')),
    expected: { path: 'updatedAt', level: 'error', message: 'Ngày cập nhật phải bằng hoặc sau ngày xuất bản' },
  },
  {
    name: 'contest closes before it opens',
    documents: () => withEdit('contest.viet-ve-thay-co-2025', (d) => (d['closesAt'] = '2025-02-01T00:00:00Z')),
    expected: { path: 'closesAt', level: 'error', message: 'Hạn nộp bài phải sau ngày bắt đầu nhận bài' },
  },
  {
    name: 'contest results before the deadline',
    documents: () => withEdit('contest.viet-ve-thay-co-2025', (d) => (d['resultsAt'] = '2025-09-01T00:00:00Z')),
    expected: { path: 'resultsAt', level: 'error', message: 'Ngày công bố kết quả phải sau hạn nộp bài' },
  },
  {
    name: 'event ends before it starts',
    documents: () => withEdit('event.giao-luu-20-11', (d) => (d['endsAt'] = '2025-11-17T01:00:00Z')),
    expected: { path: 'endsAt', level: 'error', message: 'Thời gian kết thúc phải sau thời gian bắt đầu' },
  },
  {
    name: 'two stories with the same slug',
    documents: () => {
      const docs = validDocuments();
      const copy = structuredClone(docs.find((d) => d._id === 'story.duong-den-truong')) as SanityDocument;
      copy._id = 'story.duong-den-truong-2';
      return [...docs, copy];
    },
    expected: { documentId: 'story.duong-den-truong-2', path: 'slug', level: 'error', message: 'đã được dùng' },
  },
  {
    name: 'decomposed (NFD) text',
    documents: () => withEdit('story.duong-den-truong', (d) => (d['title'] = 'Đường đến trường'.normalize('NFD'))),
    expected: { path: 'title', level: 'error', message: 'NFD' },
  },
  {
    name: 'look-alike Đ inside a Portable Text span',
    documents: () => withEdit('story.duong-den-truong', (d) => {
      const children = get<Doc[]>(d, 'body')[0]?.['children'] as Doc[];
      (children[0] as Doc)['text'] = '\u00D0ường đến trường';
    }),
    expected: { path: 'body[0].children[0].text', level: 'error', message: 'Ð/ð' },
  },
  {
    name: 'reference to a document that does not exist',
    documents: () => withEdit('story.duong-den-truong', (d) => (d['column'] = { _type: 'reference', _ref: 'column.khong-co' })),
    expected: { path: 'column', level: 'error', message: 'không tồn tại: "column.khong-co"' },
  },
  {
    name: 'SEO title longer than 60 characters',
    documents: () => withEdit('story.duong-den-truong', (d) => (get<Doc>(d, 'seo')['title'] = 'Đường đến trường của cô giáo vùng cao và những em nhỏ bản Nậm Cang')),
    expected: { path: 'seo.title', level: 'warning', message: 'nên ngắn hơn 60 ký tự' },
  },
  {
    name: 'honour without recipients',
    documents: () => withEdit('honour.cstd-2024-ha-thi-lan', (d) => (d['recipients'] = [])),
    expected: { path: 'recipients', level: 'error', message: 'ít nhất một cá nhân hoặc tập thể' },
  },
  {
    name: 'story without credits',
    documents: () => withEdit('story.duong-den-truong', (d) => delete d['credits']),
    expected: { path: 'credits', level: 'error', message: 'ít nhất một người thực hiện' },
  },
  {
    name: 'odd decision number',
    documents: () => withEdit('honour.cstd-2024-ha-thi-lan', (d) => (d['decisionNumber'] = 'QĐ số mười hai')),
    expected: { path: 'decisionNumber', level: 'warning', message: '1234/QĐ-BGDĐT' },
  },
  {
    name: 'publication chapter pointing to a draft-only story',
    documents: () => {
      const docs = validDocuments().filter((d) => d._id !== 'story.duong-den-truong');
      const draft = structuredClone(validDocuments().find((d) => d._id === 'story.duong-den-truong')) as SanityDocument;
      draft._id = 'drafts.story.duong-den-truong';
      return [...docs, draft];
    },
    expected: { documentId: 'publication.nhung-bong-hoa-dep', path: 'chapters[1].story', level: 'warning', message: 'chưa xuất bản' },
  },
  {
    name: 'value outside a vocabulary',
    documents: () => withEdit('story.duong-den-truong', (d) => (d['format'] = 'tin-van')),
    expected: { path: 'format', level: 'error', message: 'không có trong danh sách' },
  },
  {
    name: 'individual role on a collective exemplar',
    documents: () => withEdit('exemplar.co-giao-ha-thi-lan', (d) => (d['kind'] = 'tap-the')),
    expected: { path: 'role', level: 'error', message: 'không dùng cho tập thể' },
  },
  // Public participation (issue 11): contest entries.
  {
    name: 'entry judged not valid without a reason',
    documents: () => withEdit(ENTRY, (d) => (d['status'] = 'khong-hop-le')),
    expected: { documentId: ENTRY, path: 'invalidReason', level: 'error', message: 'Cần nhập lý do không hợp lệ' },
  },
  {
    name: 'winning entry without a placing',
    documents: () => withEdit(ENTRY, (d) => delete d['placing']),
    expected: { documentId: ENTRY, path: 'placing', level: 'error', message: 'Cần chọn giải thưởng' },
  },
  {
    name: 'winning entry whose placing is not one of the contest’s prizes',
    documents: () => withEdit(ENTRY, (d) => (d['placing'] = 'giai-nhat')),
    expected: { documentId: ENTRY, path: 'placing', level: 'error', message: 'Giải thưởng "giai-nhat" không có trong cơ cấu giải của cuộc thi contest.viet-ve-thay-co-2025' },
  },
  {
    name: 'publishFields value outside the vocabulary',
    documents: () => withEdit(ENTRY, (d) => (d['publishFields'] = ['ten', 'dia-chi'])),
    expected: { documentId: ENTRY, path: 'publishFields[1]', level: 'error', message: '' },
  },
  {
    name: 'consent record without its wording',
    documents: () => withEdit(ENTRY, (d) => (d['consents'] = [{ _type: 'consentRecord', _key: 'c1', purpose: 'xu-ly', givenBy: 'ban-than', wording: '', wordingVersion: '2026-01', givenAt: '2026-10-01T00:00:00Z' }])),
    expected: { documentId: ENTRY, path: 'consents', level: 'error', message: 'Sự đồng ý thứ 1: thiếu nội dung đã đồng ý (wording)' },
  },
  {
    name: 'consent withdrawn before it was given',
    documents: () => withEdit(ENTRY, (d) => (d['consents'] = [{ _type: 'consentRecord', _key: 'c1', purpose: 'cong-bo', givenBy: 'ban-than', wording: 'Tôi đồng ý', wordingVersion: '2026-01', givenAt: '2026-10-01T00:00:00Z', withdrawnAt: '2026-09-01T00:00:00Z' }])),
    expected: { documentId: ENTRY, path: 'consents', level: 'error', message: 'thời điểm rút lại (withdrawnAt) phải sau thời điểm đồng ý' },
  },
  {
    name: 'a private entry (with a receipt) whose entrant has no name',
    documents: () => withEdit(ENTRY, (d) => {
      d['receiptHash'] = 'a'.repeat(64);
      delete (d['entrant'] as Doc)['name'];
    }),
    expected: { documentId: ENTRY, path: 'entrant.name', level: 'error', message: 'Cần nhập họ và tên tác giả' },
  },
  {
    name: 'prize marked as an honour without its decision number',
    documents: () => withEdit('contest.viet-ve-thay-co-2025', (d) => ((get<Doc[]>(d, 'prizes')[0] as Doc)['isHonour'] = true)),
    expected: { documentId: 'contest.viet-ve-thay-co-2025', path: 'prizes[0].decisionNumber', level: 'error', message: 'Cần nhập số quyết định khi giải là danh hiệu khen thưởng' },
  },
  {
    name: 'rubric criterion with a zero weight',
    documents: () => withEdit('contest.viet-ve-thay-co-2025', (d) => (d['rubric'] = [{ _type: 'rubricCriterion', _key: 'r1', title: 'Nội dung', weight: 0, maxScore: 10 }])),
    expected: { documentId: 'contest.viet-ve-thay-co-2025', path: 'rubric[0].weight', level: 'error', message: 'Trọng số phải lớn hơn 0' },
  },
  {
    name: 'misspelled field',
    documents: () => withEdit('exemplar.co-giao-ha-thi-lan', (d) => (d['sumary'] = 'gõ nhầm')),
    expected: { path: 'sumary', level: 'warning', message: 'Trường "sumary" không có' },
  },
  {
    name: 'unknown block type in the body',
    documents: () => withEdit('story.duong-den-truong', (d) => get<Doc[]>(d, 'body').push({ _type: 'tweetEmbed', _key: 'tw' })),
    expected: { path: 'body[5]', level: 'error', message: 'Phần tử có kiểu "tweetEmbed"' },
  },
  {
    name: 'unknown document type',
    documents: () => [...validDocuments(), { _id: 'news.1', _type: 'news' } as unknown as SanityDocument],
    expected: { documentId: 'news.1', path: '', level: 'error', message: 'Loại tài liệu "news"' },
  },
  {
    name: 'draft documents are validated and keep their id',
    documents: () => [...validDocuments(), { _id: 'drafts.story.moi', _type: 'story', title: 'Bài mới' } as unknown as SanityDocument],
    expected: { documentId: 'drafts.story.moi', path: 'cover', level: 'error', message: 'Cần chọn ảnh bìa' },
  },
];

describe('validateDataset', () => {
  it('finds nothing wrong with the valid fixtures', async () => {
    expect(await validateDataset(validDocuments())).toEqual([]);
  });

  it.each(cases)('$name', async ({ documents, expected }) => {
    const problems = await validateDataset(documents());
    const { message, ...fields } = expected;
    const match = problems.find(
      (problem) => Object.entries(fields).every(([key, value]) => problem[key as keyof Problem] === value) && problem.message.includes(message),
    );
    expect(match, `got:\n${problems.map((p) => `${p.documentId} ${p.path} [${p.level}] ${p.message}`).join('\n')}`).toBeDefined();
  });

  it('reports a broken story only once per finding and leaves other documents clean', async () => {
    const problems = await validateDataset(withEdit('story.duong-den-truong', (d) => (d['updatedAt'] = '2025-01-01T00:00:00Z')));
    expect(problems.map((p) => `${p.documentId} ${p.path} ${p.level}`)).toEqual(['story.duong-den-truong updatedAt error']);
  });

  it('accepts mailto: and tel: in body links, and _sanityAsset images from import files', async () => {
    const docs = withEdit('story.duong-den-truong', (d) => {
      const markDefs = get<Doc[]>(d, 'body')[1]?.['markDefs'] as Doc[];
      markDefs.push({ _type: 'link', _key: 'l3', href: 'mailto:lienhe@example.vn' }, { _type: 'link', _key: 'l4', href: 'tel:+842438694242' });
      d['cover'] = { _type: 'accessibleImage', _sanityAsset: 'image@file://./images/cover.jpg', alt: 'Con đường lên điểm trường' };
    });
    expect(await validateDataset(docs)).toEqual([]);
  });

  it('does not count a document’s own draft as a slug clash', async () => {
    const story = structuredClone(validDocuments().find((d) => d._id === 'story.duong-den-truong')) as SanityDocument;
    const draft = { ...story, _id: 'drafts.story.duong-den-truong', title: 'Đường đến trường (sửa)' };
    expect(await validateDataset([...validDocuments(), draft])).toEqual([]);
  });

  it('accepts a public entry record whose entrant withheld their name (no receipt, publishFields without "ten")', async () => {
    const docs = withEdit(ENTRY, (d) => {
      d['publishFields'] = ['tinh'];
      delete (d['entrant'] as Doc)['name'];
    });
    expect(await validateDataset(docs)).toEqual([]);
  });

  it('accepts weak references to documents that are not in the set', async () => {
    const docs = withEdit('story.duong-den-truong', (d) => (d['themes'] = [{ _type: 'reference', _key: 't9', _ref: 'theme.chua-co', _weak: true }]));
    expect(await validateDataset(docs)).toEqual([]);
  });
});
