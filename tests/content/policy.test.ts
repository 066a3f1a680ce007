// The exclusion policy (only what cannot be rendered leaves the site; the older of two slugs keeps
// its URL), strict modes, and a report that cannot drive the terminal. Expectations written by hand.
import { describe, expect, it } from 'vitest';
import { decideExclusions } from '../../site/src/lib/content/integrity/exclude.ts';
import { assertContentIntegrity } from '../../site/src/lib/content/integrity/strict.ts';
import { formatReport } from '../../site/src/lib/content/integrity/report.ts';
import { checkDocuments, type ContentCheck, type Problem } from '../../site/src/lib/content/integrity/check.ts';
import { ContentIntegrityError } from '../../site/src/lib/content/errors.ts';
import { documentTypes, participationDocumentTypes, PRIVATE_DOCUMENT_TYPES } from '../../schemas/schemaTypes.ts';
import { TITLE_FIELD } from '../../site/src/lib/content/integrity/exclude.ts';

type Doc = Record<string, unknown>;
const story = (id: string, extra: Doc = {}): Doc => ({ _id: id, _type: 'story', title: 'Bài', slug: { _type: 'slug', current: id }, ...extra });

// [name, documents, excluded ids, [id, path, message] of each exclusion]
const table: Array<[string, Doc[], string[], Array<[string, string, string]>]> = [
  ['a renderable story stays', [story('s1')], [], []],
  ['no title', [story('s1', { title: undefined })], ['s1'], [['s1', 'title', 'Bị loại khỏi trang công khai: không có tiêu đề.']]],
  ['a blank title is no title', [story('s1', { title: '  ' })], ['s1'], [['s1', 'title', 'Bị loại khỏi trang công khai: không có tiêu đề.']]],
  ['exemplar without a name', [{ _id: 'e1', _type: 'exemplar', slug: { current: 'e1' } }], ['e1'], [['e1', 'name', 'Bị loại khỏi trang công khai: không có tên.']]],
  ['story without a slug', [story('s1', { slug: { _type: 'slug' } })], ['s1'], [['s1', 'slug', 'Bị loại khỏi trang công khai: không có đường dẫn (slug).']]],
  ['honour has no pages, so no slug is needed', [{ _id: 'h1', _type: 'honour', title: 'Bằng khen' }], [], []],
  ['province without a slug stays (no page of its own)', [{ _id: 'p1', _type: 'province', name: 'Lào Cai' }], [], []],
  ['site settings without a title stay (the site has a fallback name)', [{ _id: 'site-settings', _type: 'siteSettings' }], [], []],
  ['unknown type', [{ _id: 'x1', _type: 'mystery', title: 'A' }], ['x1'], [['x1', '_type', 'Bị loại khỏi trang công khai: loại tài liệu "mystery" không có trong mô hình nội dung.']]],
  ['missing type', [{ _id: 'x1', title: 'A' }], ['x1'], [['x1', '_type', 'Bị loại khỏi trang công khai: không có loại tài liệu (_type).']]],
  ['asset documents are never excluded', [{ _id: 'image-abc-1x1-jpg', _type: 'sanity.imageAsset' }], [], []],
  [
    'same slug: the older keeps it',
    [story('new', { slug: { current: 'lan' }, _createdAt: '2025-02-01T00:00:00Z' }), story('old', { slug: { current: 'lan' }, _createdAt: '2024-02-01T00:00:00Z' })],
    ['new'],
    [['new', 'slug', 'Bị loại khỏi trang công khai: đường dẫn (slug) "lan" trùng với old, tài liệu tạo trước nên giữ đường dẫn này; hãy đổi slug của new.']],
  ],
  [
    'same slug and same time: the smaller id keeps it; a missing _createdAt counts as newest',
    [
      story('b', { slug: { current: 'lan' }, _createdAt: '2024-02-01T00:00:00Z' }),
      story('a', { slug: { current: 'lan' }, _createdAt: '2024-02-01T00:00:00Z' }),
      story('0', { slug: { current: 'lan' } }),
    ],
    ['0', 'b'],
    [
      ['b', 'slug', 'Bị loại khỏi trang công khai: đường dẫn (slug) "lan" trùng với a, tài liệu tạo trước nên giữ đường dẫn này; hãy đổi slug của b.'],
      ['0', 'slug', 'Bị loại khỏi trang công khai: đường dẫn (slug) "lan" trùng với a, tài liệu tạo trước nên giữ đường dẫn này; hãy đổi slug của 0.'],
    ],
  ],
  [
    'same slug in two types is fine (different URLs)',
    [story('s1', { slug: { current: 'lan' } }), { _id: 'e1', _type: 'exemplar', name: 'Lan', slug: { current: 'lan' } }],
    [],
    [],
  ],
  [
    'a document excluded for another reason does not take the slug',
    [story('old', { title: '', slug: { current: 'lan' }, _createdAt: '2020-01-01T00:00:00Z' }), story('new', { slug: { current: 'lan' }, _createdAt: '2025-01-01T00:00:00Z' })],
    ['old'],
    [['old', 'title', 'Bị loại khỏi trang công khai: không có tiêu đề.']],
  ],
];

describe('decideExclusions', () => {
  it.each(table)('%s', (_name, documents, excluded, problems) => {
    const result = decideExclusions(documents);
    expect([...result.excludedIds].sort()).toEqual([...excluded].sort());
    expect(result.problems.map((p) => [p.documentId, p.path, p.message])).toEqual(problems);
    for (const p of result.problems) expect(p.level).toBe('error');
  });

  it('knows the title field of every public document type in the schema (private participation types are never rendered)', () => {
    const publicTypes = [...documentTypes, ...participationDocumentTypes].map((t) => t.name).filter((name) => !PRIVATE_DOCUMENT_TYPES.includes(name));
    expect(publicTypes).toContain('contestEntry');
    expect(Object.keys(TITLE_FIELD).sort()).toEqual(publicTypes.sort());
  });
});

describe('checkDocuments: repair runs before validation', () => {
  it('NFD and a look-alike Đ are repaired (a warning), not an NFC error; a bad link is an error but the story stays', async () => {
    const href = ['javascript', 'void(0)'].join(':');
    const docs: Doc[] = [
      {
        _id: 'organisation.a',
        _type: 'organisation',
        name: '\u00D0a\u0300 La\u0323t',
        slug: { _type: 'slug', current: 'a' },
      },
      {
        _id: 'siteSettings',
        _type: 'siteSettings',
        title: 'Gương sáng',
        socialLinks: [{ _key: 'k', platform: 'facebook', url: href }],
      },
    ];
    const check = await checkDocuments(docs);
    const org = check.problems.filter((p) => p.documentId === 'organisation.a' && p.path === 'name');
    expect(org.map((p) => [p.level, p.message])).toEqual([
      ['warning', 'đã chuẩn hóa Unicode (NFC); đã thay 1 chữ trông giống Đ/đ (Ð, ð, Ɖ, ɖ) bằng Đ/đ'],
    ]);
    expect(check.documents.find((d) => d._id === 'organisation.a')!.name).toBe('Đà Lạt');
    expect(check.repairs).toBe(1);
    expect(check.problems.some((p) => p.documentId === 'siteSettings' && p.level === 'error')).toBe(true);
    expect([...check.excludedIds]).toEqual([]);
  });
});

describe('strict modes', () => {
  const problem = (level: Problem['level'], code?: string): Problem => ({ documentId: 'story.a', documentType: 'story', path: 'title', level, message: 'x', ...(code ? { code } : {}) });
  const check = (problems: Problem[], repairs: number): ContentCheck => ({ problems, excludedIds: new Set(), repairs });
  const repaired = check([problem('warning', 'repair')], 1);
  const broken = check([problem('error')], 0);

  it.each([
    ['off: nothing fails', false, broken, false],
    ['errors: an error fails', 'errors', broken, true],
    ['errors: a repair alone does not fail', 'errors', repaired, false],
    ['true means errors', true, repaired, false],
    ['repairs: a repair fails', 'repairs', repaired, true],
    ['repairs: an error fails', 'repairs', broken, true],
    ['repairs: a clean check passes', 'repairs', check([problem('warning')], 0), false],
  ] as const)('%s', (_name, mode, result, fails) => {
    const attempt = () => assertContentIntegrity(result, mode, 'bảng');
    if (fails) expect(attempt).toThrow(ContentIntegrityError);
    else expect(attempt).not.toThrow();
  });

  it('names the repairs in one Vietnamese paragraph', () => {
    const error = (() => {
      try {
        assertContentIntegrity(repaired, 'repairs', 'bảng');
      } catch (e) {
        return e as ContentIntegrityError;
      }
      return undefined;
    })();
    expect(error?.message).toContain('1 chỗ phải tự sửa');
    expect(error?.message).not.toContain('\n');
    expect(error?.report).toBe('bảng');
  });
});

describe('formatReport is safe for a terminal', () => {
  it('strips escape sequences and shows control characters from ids, slugs, paths and messages', () => {
    const report = formatReport(
      [{ documentId: 'story.\u001b[2Jx', documentType: 'story', path: 'slug\u0007', level: 'error', message: 'slug "a\u001b]0;t\u0007b\u202E" trùng' }],
      new Set(['story.\u001b[2Jx']),
    );
    // Every character a terminal would act on, except the LF between rows.
    const raw = [...report].filter((ch) => ch !== '\n' && (ch.charCodeAt(0) < 0x20 || (ch.charCodeAt(0) >= 0x7f && ch.charCodeAt(0) <= 0x9f) || ch === '\u202e'));
    expect(raw).toEqual([]);
    expect(report).toMatch(/^story\.x +│ story +│ slug\\u0007 +│ lỗi +│ slug "ab\\u202e" trùng$/m);
    expect(report).toContain('Bị loại: story.x');
  });
});
