import type { SanityDocument } from '@sanity/types';

/** A small, fully valid dataset about clearly fictional people. Tests clone and break it. */

const image = (alt: string) => ({
  _type: 'accessibleImage',
  asset: { _type: 'reference', _ref: 'image-0a1b2c3d4e5f-1200x800-jpg' },
  alt,
});

const block = (key: string, text: string, extra: Record<string, unknown> = {}) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
  ...extra,
});

const ref = (id: string, key?: string) => ({ _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) });

export function validDocuments(): SanityDocument[] {
  const docs: Record<string, unknown>[] = [
    { _id: 'province.lao-cai', _type: 'province', name: 'Lào Cai', slug: { _type: 'slug', current: 'lao-cai' }, kind: 'tinh', order: 14 },
    { _id: 'organisation.truong-ptdtbt-nam-cang-gia-tuong', _type: 'organisation', name: 'Trường PTDTBT Tiểu học Nậm Cang (giả tưởng)', slug: { _type: 'slug', current: 'truong-ptdtbt-nam-cang-gia-tuong' }, kind: 'truong', educationLevel: 'tieu-hoc', province: ref('province.lao-cai'), website: 'https://example.edu.vn' },
    { _id: 'person.tran-minh-khoa', _type: 'person', name: 'Trần Minh Khoa', slug: { _type: 'slug', current: 'tran-minh-khoa' }, jobTitle: 'Phóng viên' },
    { _id: 'column.nguoi-tot-viec-tot', _type: 'column', title: 'Người tốt, việc tốt', slug: { _type: 'slug', current: 'nguoi-tot-viec-tot' }, kind: 'chuyen-muc', description: 'Những câu chuyện nhỏ về người thật, việc thật trong trường học.', order: 1 },
    { _id: 'theme.truong-hoc-hanh-phuc', _type: 'theme', title: 'Trường học hạnh phúc', slug: { _type: 'slug', current: 'truong-hoc-hanh-phuc' }, kind: 'mo-hinh', selection: 'tagged', period: { from: 2020, to: 2025 } },
    {
      _id: 'exemplar.co-giao-ha-thi-lan', _type: 'exemplar', kind: 'ca-nhan', name: 'Hà Thị Lan', slug: { _type: 'slug', current: 'co-giao-ha-thi-lan' },
      role: 'nha-giao', educationLevel: 'tieu-hoc', organisation: ref('organisation.truong-ptdtbt-nam-cang-gia-tuong'), province: ref('province.lao-cai'),
      portrait: image('Cô giáo Hà Thị Lan đứng trước lớp học vùng cao'),
      summary: 'Cô giáo (nhân vật giả tưởng) mười năm gieo chữ ở điểm trường vùng cao.',
      achievements: [{ _type: 'achievement', _key: 'a1', year: 2023, description: 'Vận động 100% trẻ trong bản đến lớp' }],
      lifecycle: { stage: 'dien-hinh-cap-tinh', showPublicly: false, history: [{ _type: 'lifecycleEvent', _key: 'h1', stage: 'nhan-to-moi', date: '2019-09-05' }] },
      movements: [ref('theme.truong-hoc-hanh-phuc', 'm1')],
    },
    {
      _id: 'story.duong-den-truong', _type: 'story', title: 'Đường đến trường', slug: { _type: 'slug', current: 'duong-den-truong' },
      dek: 'Mỗi sáng, cô Lan vượt mười cây số đường đèo để đến điểm trường.', format: 'phong-su',
      cover: image('Con đường đất dẫn lên điểm trường trong sương sớm'),
      body: [
        block('b1', 'Sáu giờ sáng, sương còn phủ kín thung lũng.'),
        { ...block('b2', 'Xem thêm trang của trường.'), markDefs: [{ _type: 'link', _key: 'l1', href: 'https://example.edu.vn' }, { _type: 'internalLink', _key: 'l2', reference: ref('exemplar.co-giao-ha-thi-lan') }] },
        { _type: 'pullQuote', _key: 'q1', text: 'Các em đến lớp là tôi vui rồi.', attribution: 'Cô Hà Thị Lan' },
        { _type: 'videoEmbed', _key: 'v1', url: 'https://www.youtube.com/watch?v=abc123', title: 'Một ngày ở điểm trường' },
        { _type: 'exemplarCard', _key: 'c1', exemplar: ref('exemplar.co-giao-ha-thi-lan') },
      ],
      sources: [{ _type: 'source', _key: 's1', title: 'Kế hoạch 595/KH-BGDĐT', url: 'https://moet.gov.vn/' }],
      credits: [{ _type: 'credit', _key: 'cr1', person: ref('person.tran-minh-khoa'), role: 'tac-gia' }],
      column: ref('column.nguoi-tot-viec-tot'),
      themes: [ref('theme.truong-hoc-hanh-phuc', 't1')],
      exemplars: [ref('exemplar.co-giao-ha-thi-lan', 'e1')],
      publishedAt: '2025-11-20T01:00:00Z',
      updatedAt: '2025-11-21T01:00:00Z',
      seo: { title: 'Đường đến trường của cô giáo vùng cao', description: 'Phóng sự về cô giáo Hà Thị Lan và hành trình mười cây số mỗi sáng đến điểm trường vùng cao.' },
      featured: true,
    },
    {
      _id: 'honour.cstd-2024-ha-thi-lan', _type: 'honour', title: 'Chiến sĩ thi đua cấp tỉnh', category: 'danh-hieu-thi-dua', level: 'bo-tinh',
      decisionNumber: '1234/QĐ-UBND', decisionDate: '2024-08-15', issuer: 'Chủ tịch UBND tỉnh (giả tưởng)', year: 2024,
      recipients: [ref('exemplar.co-giao-ha-thi-lan', 'r1')], isPublic: true,
    },
    {
      _id: 'publication.nhung-bong-hoa-dep', _type: 'publication', title: 'Những bông hoa đẹp', slug: { _type: 'slug', current: 'nhung-bong-hoa-dep' }, year: 2025,
      chapters: [
        { _type: 'sectionChapter', _key: 'ch0', title: 'Lời mở đầu', body: [block('p1', 'Cuốn sách tập hợp những câu chuyện giả tưởng.')] },
        { _type: 'storyChapter', _key: 'ch1', story: ref('story.duong-den-truong') },
      ],
      publishedAt: '2025-11-20T01:00:00Z', pageSize: 'A5',
    },
    {
      _id: 'contest.viet-ve-thay-co-2025', _type: 'contest', title: 'Viết về thầy cô 2025', slug: { _type: 'slug', current: 'viet-ve-thay-co-2025' },
      opensAt: '2025-03-01T00:00:00Z', closesAt: '2025-09-30T16:59:00Z', resultsAt: '2025-11-15T01:00:00Z',
      limits: { maxWords: 2000, maxMinutes: 7 },
      prizes: [{ _type: 'prize', _key: 'p1', title: 'Giải Nhất', count: 1, value: '10.000.000 đồng' }],
    },
    {
      _id: 'contestEntry.viet-ve-thay-co-2025-e1', _type: 'contestEntry', contest: { _type: 'reference', _ref: 'contest.viet-ve-thay-co-2025', _weak: true }, title: 'Cô tôi',
      entrant: { _type: 'entrant', name: 'Lê Bảo Anh', province: 'lao-cai' }, publishFields: ['ten', 'vai-tro', 'truong', 'tinh', 'bai-viet'], status: 'dat-giai', placing: 'p1',
    },
    {
      _id: 'event.giao-luu-20-11', _type: 'event', title: 'Giao lưu nhà giáo vùng cao', slug: { _type: 'slug', current: 'giao-luu-nha-giao-vung-cao' }, kind: 'giao-luu',
      startsAt: '2025-11-18T01:00:00Z', endsAt: '2025-11-18T04:00:00Z', venue: { name: 'Hội trường (giả tưởng)', province: ref('province.lao-cai') },
      exemplars: [ref('exemplar.co-giao-ha-thi-lan', 'x1')],
    },
    {
      _id: 'site-settings', _type: 'siteSettings', title: 'Gương sáng', tagline: 'Kể chuyện người tốt, việc tốt trong trường học',
      navigation: [{ _type: 'navItem', _key: 'n1', label: 'Người tốt, việc tốt', reference: ref('column.nguoi-tot-viec-tot') }],
      socialLinks: [{ _type: 'socialLink', _key: 's1', platform: 'facebook', url: 'https://facebook.com/example' }],
      contact: { email: 'lienhe@example.vn', phone: '024 3869 4242' },
      featuredStory: ref('story.duong-den-truong'),
    },
    // Sanity's own documents are present for references but never validated.
    { _id: 'image-0a1b2c3d4e5f-1200x800-jpg', _type: 'sanity.imageAsset' },
  ];
  return docs as SanityDocument[];
}

/** Deep copy of the valid set with one document replaced by `edit(doc)`. */
export function withEdit(id: string, edit: (doc: Record<string, unknown>) => void): SanityDocument[] {
  const docs = structuredClone(validDocuments());
  const doc = docs.find((d) => d._id === id);
  if (!doc) throw new Error(`fixture ${id} not found`);
  edit(doc as Record<string, unknown>);
  return docs;
}
