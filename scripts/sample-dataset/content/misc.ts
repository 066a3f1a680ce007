// Honours, contest, events, publications, site settings, drafts and theme curation for the sample
// dataset. All decision numbers, people, schools and events are FICTIONAL.

import type { StoryInput } from './types.ts'

/** Compact markup string (see ../markup.ts). */
export type PtSource = string

export const themeCuration: Record<string, string[]> = {
  'doi-moi-sang-tao': [
    'hom-thu-con-muon-noi',
    'toan-o-ban',
    'xuong-dien-cua-thay-triet',
    'cam-bien-man-cua-ngoc',
    'muoi-tam-nam-cam-ban-phieng-la',
  ],
}

export interface HonourInput {
  slug: string
  title: string
  category: 'danh-hieu-thi-dua' | 'hinh-thuc-khen-thuong' | 'danh-hieu-vinh-du'
  level: 'co-so' | 'bo-tinh' | 'toan-quoc'
  decisionNumber: string
  decisionDate: string
  issuer: string
  year: number
  recipients: string[]
  isPublic?: boolean
}

export const honours: HonourInput[] = [
  { slug: 'cstd-toan-quoc-2025-dang-quang-vinh', title: 'Chiến sĩ thi đua toàn quốc', category: 'danh-hieu-thi-dua', level: 'toan-quoc', decisionNumber: '1432/QĐ-TTg', decisionDate: '2025-08-12', issuer: 'Thủ tướng Chính phủ', year: 2025, recipients: ['thay-hieu-truong-dang-quang-vinh'] },
  { slug: 'bang-khen-thu-tuong-2025-cau-tre', title: 'Bằng khen của Thủ tướng Chính phủ', category: 'hinh-thuc-khen-thuong', level: 'toan-quoc', decisionNumber: '1198/QĐ-TTg', decisionDate: '2025-08-28', issuer: 'Thủ tướng Chính phủ', year: 2025, recipients: ['truong-tieu-hoc-cau-tre'] },
  { slug: 'bang-khen-bo-truong-2023-nha-giao', title: 'Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo', category: 'hinh-thuc-khen-thuong', level: 'bo-tinh', decisionNumber: '3915/QĐ-BGDĐT', decisionDate: '2023-11-14', issuer: 'Bộ trưởng Bộ Giáo dục và Đào tạo', year: 2023, recipients: ['thay-giao-nguyen-van-bien', 'ts-luong-thi-ngan'] },
  { slug: 'bang-khen-bo-truong-2024-to-toan-tin', title: 'Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo', category: 'hinh-thuc-khen-thuong', level: 'bo-tinh', decisionNumber: '2871/QĐ-BGDĐT', decisionDate: '2024-11-12', issuer: 'Bộ trưởng Bộ Giáo dục và Đào tạo', year: 2024, recipients: ['to-toan-tin-thpt-lam-hong'] },
  { slug: 'bang-khen-bo-truong-2025-mui-dat', title: 'Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo', category: 'hinh-thuc-khen-thuong', level: 'bo-tinh', decisionNumber: '1642/QĐ-BGDĐT', decisionDate: '2025-05-09', issuer: 'Bộ trưởng Bộ Giáo dục và Đào tạo', year: 2025, recipients: ['truong-thcs-mui-dat'] },
  { slug: 'co-thi-dua-bo-2024-suoi-may', title: 'Cờ thi đua của Bộ Giáo dục và Đào tạo', category: 'danh-hieu-thi-dua', level: 'bo-tinh', decisionNumber: '2407/QĐ-BGDĐT', decisionDate: '2024-08-08', issuer: 'Bộ trưởng Bộ Giáo dục và Đào tạo', year: 2024, recipients: ['truong-ptdtbt-thcs-suoi-may'] },
  { slug: 'cstd-cap-tinh-2024-ha-thi-lan', title: 'Chiến sĩ thi đua cấp tỉnh', category: 'danh-hieu-thi-dua', level: 'bo-tinh', decisionNumber: '2156/QĐ-UBND', decisionDate: '2024-11-08', issuer: 'Ủy ban nhân dân tỉnh Lai Châu', year: 2024, recipients: ['co-giao-ha-thi-lan'] },
  { slug: 'bang-khen-ubnd-tinh-2024-thu-hien', title: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', category: 'hinh-thuc-khen-thuong', level: 'bo-tinh', decisionNumber: '1875/QĐ-UBND', decisionDate: '2024-11-15', issuer: 'Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh', year: 2024, recipients: ['co-giao-tran-thi-thu-hien'] },
  { slug: 'cstd-co-so-2024-huynh-tan-loc', title: 'Chiến sĩ thi đua cơ sở', category: 'danh-hieu-thi-dua', level: 'co-so', decisionNumber: '45/QĐ-THCSRD', decisionDate: '2024-06-03', issuer: 'Hiệu trưởng Trường THCS Rạch Dừa', year: 2024, recipients: ['thay-giao-huynh-tan-loc'] },
  { slug: 'tap-the-lao-dong-xuat-sac-2022-hoa-sen', title: 'Tập thể lao động xuất sắc', category: 'danh-hieu-thi-dua', level: 'bo-tinh', decisionNumber: '2230/QĐ-UBND', decisionDate: '2022-08-25', issuer: 'Ủy ban nhân dân tỉnh Đồng Tháp', year: 2022, recipients: ['truong-mam-non-hoa-sen'] },
  { slug: 'nguoi-tot-viec-tot-2025-gia-bao', title: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh ("Người tốt, việc tốt")', category: 'hinh-thuc-khen-thuong', level: 'bo-tinh', decisionNumber: '1021/QĐ-UBND', decisionDate: '2025-05-16', issuer: 'Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Long', year: 2025, recipients: ['hoc-sinh-nguyen-gia-bao'] },
  { slug: 'ky-niem-chuong-2025-vung-kho', title: 'Kỷ niệm chương "Vì sự nghiệp giáo dục"', category: 'hinh-thuc-khen-thuong', level: 'bo-tinh', decisionNumber: '4102/QĐ-BGDĐT', decisionDate: '2025-11-10', issuer: 'Bộ trưởng Bộ Giáo dục và Đào tạo', year: 2025, recipients: ['co-giao-ha-thi-lan', 'thay-giao-ho-van-lanh'] },
  { slug: 'giay-khen-so-2024-doi-robot', title: 'Giấy khen của Giám đốc Sở Giáo dục và Đào tạo', category: 'hinh-thuc-khen-thuong', level: 'co-so', decisionNumber: '318/QĐ-SGDĐT', decisionDate: '2024-01-12', issuer: 'Giám đốc Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh', year: 2024, recipients: ['doi-robot-thcs-rach-dua'] },
  { slug: 'lao-dong-tien-tien-2020-sung-thi-my', title: 'Lao động tiên tiến', category: 'danh-hieu-thi-dua', level: 'co-so', decisionNumber: '18/QĐ-PTDTBT', decisionDate: '2020-06-01', issuer: 'Hiệu trưởng Trường PTDTBT THCS Suối Mây', year: 2020, recipients: ['co-sung-thi-my'], isPublic: false },
]

export interface ContestInput {
  slug: string
  title: string
  summary: string
  cover: string
  coverAlt: string
  rules: PtSource
  opensAt: string
  closesAt: string
  resultsAt: string
  limits: { maxWords: number; maxMinutes: number }
  prizes: Array<{ title: string; count: number; value: string }>
  entries: Array<{
    title: string
    author: string
    organisation: string
    province: string
    story?: string
    placing: 'giai-nhat' | 'giai-nhi' | 'giai-ba' | 'khuyen-khich' | ''
    excerpt: string
  }>
}

export const contest: ContestInput = {
  slug: 'nguoi-thay-trong-toi-2025',
  title: 'Cuộc thi viết "Người thầy trong tôi" năm 2025',
  summary: 'Cuộc thi viết về những thầy cô, cán bộ, nhân viên ngành Giáo dục bằng câu chuyện người thật, việc thật, dành cho học sinh, sinh viên, phụ huynh và nhà giáo.',
  cover: 'le-tuyen-duong',
  coverAlt: 'Sân khấu lễ trao giải cuộc thi viết',
  rules: `## Đối tượng dự thi

Học sinh, sinh viên, nhà giáo, cán bộ quản lý, phụ huynh và mọi người yêu mến ngành Giáo dục.

## Yêu cầu tác phẩm

- Viết về **người thật, việc thật**, không hư cấu; ghi rõ họ tên, đơn vị của nhân vật.
- Bài viết không quá 2.000 chữ; tác phẩm phát thanh, truyền hình không quá 7 phút.
- Khuyến khích gửi kèm ảnh chân dung nhân vật (có sự đồng ý của nhân vật).
- Mỗi tác giả gửi tối đa hai tác phẩm, chưa đăng trên báo chí trước đó.

## Cách gửi bài

Gửi qua thư điện tử [cuocthi@guong-sang.example](mailto:cuocthi@guong-sang.example) hoặc gọi [024 0000 0595](tel:+842400000595) để được hướng dẫn.`,
  opensAt: '2025-03-01T00:00:00+07:00',
  closesAt: '2025-08-31T23:59:00+07:00',
  resultsAt: '2025-11-15T09:00:00+07:00',
  limits: { maxWords: 2000, maxMinutes: 7 },
  prizes: [
    { title: 'Giải Nhất', count: 1, value: '10.000.000 đồng' },
    { title: 'Giải Nhì', count: 2, value: '6.000.000 đồng' },
    { title: 'Giải Ba', count: 3, value: '4.000.000 đồng' },
    { title: 'Giải Khuyến khích', count: 5, value: '1.500.000 đồng' },
  ],
  entries: [
    { title: 'Cô giáo dạy con tôi nói tiếng Việt', author: 'Lò Thị Thơm', organisation: 'Phụ huynh, Trường Mầm non Họa Mi', province: 'son-la', placing: 'giai-nhat', excerpt: 'Con tôi về nhà hát một bài đồng dao bằng hai thứ tiếng, tôi mới biết cô đã kiên nhẫn đến nhường nào.' },
    { title: 'Con thuyền của thầy', author: 'Phạm Hải Yến', organisation: 'Học sinh lớp 9, Trường THCS Làng Chài', province: 'quang-ninh', story: 'chuyen-do-cua-thay-bien', placing: 'giai-nhi', excerpt: 'Những sáng biển động, chúng em nhìn ra bến là thấy thầy đã chờ sẵn.' },
    { title: 'Bữa cơm mẹ Mỷ nấu', author: 'Vàng A Dơ', organisation: 'Học sinh lớp 8, Trường PTDTBT THCS Suối Mây', province: 'dien-bien', placing: 'giai-nhi', excerpt: 'Ở trường, em được ăn bát canh rau do chính tay chúng em trồng.' },
    { title: 'Người giữ tủ sách đầu kênh', author: 'Trần Văn Sang', organisation: 'Giáo viên, một trường tiểu học ven kênh', province: 'an-giang', placing: 'giai-ba', excerpt: 'Tủ sách của bà Tư không có khóa, chỉ có một cuốn sổ ghi chữ học trò.' },
    { title: 'Thầy tôi và những bo mạch cũ', author: 'Nguyễn Minh Thư', organisation: 'Học sinh lớp 9, Trường THCS Rạch Dừa', province: 'ho-chi-minh', placing: 'giai-ba', excerpt: 'Thầy bảo linh kiện cũ chưa phải là rác nếu mình biết cho nó một việc mới.' },
    { title: 'Hòm thư ở cổng trường', author: 'Lê Thị Cẩm Tú', organisation: 'Giáo viên, Trường Tiểu học Cầu Tre', province: 'vinh-long', placing: 'giai-ba', excerpt: 'Lá thư đầu tiên chỉ có một dòng: "Con muốn giờ ra chơi dài hơn".' },
    { title: 'Cô giáo của buôn', author: 'Rơ Châm Nhi', organisation: 'Học sinh lớp 11, Trường THPT Cao Nguyên Xanh', province: 'gia-lai', placing: 'khuyen-khich', excerpt: 'Lần đầu tiên em kể về nhà rông của buôn mình bằng tiếng Anh trước cả hội trường.' },
    { title: 'Mùa hè không nghỉ', author: 'Đặng Thu Phương', organisation: 'Sinh viên, Trường Đại học Sư phạm Trung Du', province: 'phu-tho', placing: 'khuyen-khich', excerpt: 'Chúng tôi lên bản với ba thùng bìa các-tông và trở về với cả trăm cái tên học trò.' },
    { title: 'Lớp học buổi tối', author: 'Hoàng Văn Thắng', organisation: 'Học viên, Trung tâm GDNN – GDTX Đồi Chè', province: 'thai-nguyen', placing: '', excerpt: 'Sáu mươi tuổi, tôi viết được tên mình và tên các cháu.' },
  ],
}

export interface EventInput {
  slug: string
  title: string
  kind: 'giao-luu' | 'toa-dam' | 'le-ton-vinh'
  startsAt: string
  endsAt: string
  venue: { name: string; address: string; province: string }
  summary: string
  description: PtSource
  exemplars: string[]
  recording?: { url: string; title: string; caption?: string }
  gallery: Array<[string, string]>
  cover: string
  coverAlt: string
}

export const events: EventInput[] = [
  {
    slug: 'giao-luu-thap-sang-uoc-mo-vung-cao-2025',
    title: 'Giao lưu "Thắp sáng ước mơ vùng cao"',
    kind: 'giao-luu',
    startsAt: '2025-11-18T19:30:00+07:00',
    endsAt: '2025-11-18T21:30:00+07:00',
    venue: { name: 'Hội trường Nhà Văn hóa Thanh niên (giả định)', address: 'Số 1 phố Ví Dụ, Hà Nội', province: 'ha-noi' },
    summary: 'Đêm giao lưu với các thầy cô cắm bản và những học trò vượt khó nhân Ngày Nhà giáo Việt Nam.',
    description: `Chương trình giao lưu trực tiếp với bốn gương điển hình đến từ Lai Châu, Điện Biên, Quảng Trị và Gia Lai.

## Nội dung chương trình

1. Phim tư liệu ngắn về các điểm trường vùng cao.
2. Trò chuyện với cô giáo [Hà Thị Lan](exemplar:co-giao-ha-thi-lan) và thầy giáo [Hồ Văn Lành](exemplar:thay-giao-ho-van-lanh).
3. Học trò Giàng A Chư kể về con đường mười cây số đến trường.
4. Trao quà của bạn đọc cho các điểm trường.

::pullquote{text="Chúng tôi không làm điều gì lớn lao, chỉ là ở lại với học trò." by="Cô giáo Hà Thị Lan"}`,
    exemplars: ['co-giao-ha-thi-lan', 'thay-giao-ho-van-lanh', 'hoc-sinh-giang-a-chu', 'co-giao-ksor-h-blim'],
    recording: { url: 'https://www.youtube.com/watch?v=GSvd2025gl1', title: 'Ghi hình đêm giao lưu "Thắp sáng ước mơ vùng cao"' },
    gallery: [['san-khau-giao-luu', 'Sân khấu đêm giao lưu'], ['le-tuyen-duong', 'Khách mời nhận hoa từ học sinh'], ['lop-hoc-vung-cao', 'Phim tư liệu về lớp học vùng cao chiếu trong chương trình']],
    cover: 'san-khau-giao-luu',
    coverAlt: 'Sân khấu đêm giao lưu với phông nền xanh',
  },
  {
    slug: 'toa-dam-nhan-rong-truong-hoc-hanh-phuc-2024',
    title: 'Tọa đàm "Nhân rộng mô hình trường học hạnh phúc"',
    kind: 'toa-dam',
    startsAt: '2024-10-05T08:00:00+07:00',
    endsAt: '2024-10-05T11:30:00+07:00',
    venue: { name: 'Trường Tiểu học Cầu Tre', address: 'Ấp Cầu Tre (giả định), tỉnh Vĩnh Long', province: 'vinh-long' },
    summary: 'Cán bộ quản lý và giáo viên chia sẻ cách làm trường học hạnh phúc từ những việc nhỏ, không tốn kém.',
    description: `Tọa đàm quy tụ hiệu trưởng, giáo viên và phụ huynh từ năm tỉnh, thành phố.

## Ba câu hỏi được bàn thảo

- Giảm hồ sơ sổ sách thế nào để giáo viên có thêm thời gian cho học trò?
- Lắng nghe học trò bằng những kênh nào?
- Làm sao để phụ huynh cùng tham gia mà không thành gánh nặng?

Phần chia sẻ của thầy [Đặng Quang Vinh](exemplar:thay-hieu-truong-dang-quang-vinh) được nhiều đại biểu đặt câu hỏi nhất.`,
    exemplars: ['thay-hieu-truong-dang-quang-vinh', 'truong-tieu-hoc-cau-tre', 'co-hieu-truong-dinh-thi-thu-trang', 'truong-mam-non-hoa-sen'],
    recording: { url: 'https://vimeo.com/905500123', title: 'Ghi hình tọa đàm "Nhân rộng mô hình trường học hạnh phúc"' },
    gallery: [['san-truong-nang', 'Đại biểu tham quan sân trường'], ['giang-duong', 'Hội trường tọa đàm']],
    cover: 'san-truong-nang',
    coverAlt: 'Sân trường Tiểu học Cầu Tre ngày diễn ra tọa đàm',
  },
]

export interface PublicationInput {
  slug: string
  title: string
  edition: string
  year: number
  cover: string
  coverAlt: string
  foreword: string
  chapters: Array<{ story: string; title?: string } | { title: string; body: PtSource }>
  credits: Array<[string, 'tac-gia' | 'anh' | 'bien-tap' | 'video' | 'do-hoa' | 'thuc-hien' | 'dich' | 'loi-binh']>
  publishedAt: string
  pageSize: 'A5' | 'A4'
}

export const publications: PublicationInput[] = [
  {
    slug: 'nhung-bong-hoa-dep-vung-cao-2024',
    title: 'Những bông hoa đẹp vùng cao',
    edition: 'Kỷ yếu điện tử, ấn bản thứ nhất',
    year: 2024,
    cover: 'ruong-bac-thang',
    coverAlt: 'Ruộng bậc thang mùa lúa chín',
    foreword: `Cuốn kỷ yếu nhỏ này tập hợp những câu chuyện về thầy cô, học trò và người lao động ở các trường vùng cao, vùng sông nước mà phóng viên Gương sáng đã gặp trong hai năm 2023–2024.

Chúng tôi cố gắng kể **đúng người, đúng việc**, không tô vẽ thêm; mọi con số đều được nhân vật và nhà trường xác nhận.`,
    chapters: [
      { story: 'muoi-tam-nam-cam-ban-phieng-la' },
      { story: 'toan-o-ban', title: 'Toán ở bản: học từ thửa ruộng' },
      { story: 'bep-lua-luc-bon-gio-sang' },
      { story: 'chuyen-do-cua-thay-bien' },
      { title: 'Lời cảm ơn', body: `Xin cảm ơn các thầy cô, học trò và phụ huynh đã mở cửa lớp học, căn bếp, con thuyền của mình cho chúng tôi.

Cảm ơn bạn đọc đã gửi thư đề cử, giúp chúng tôi tìm đến những gương mặt này.` },
      { story: 'thay-giao-dau-tien-cua-ban' },
      { story: 'tu-sach-dau-kenh' },
    ],
    credits: [['hoang-duc-long', 'bien-tap'], ['le-hoai-an', 'bien-tap'], ['tran-minh-khang', 'anh']],
    publishedAt: '2024-12-20T08:00:00+07:00',
    pageSize: 'A5',
  },
  {
    slug: 'guong-sang-2025',
    title: 'Gương sáng 2025',
    edition: 'Sách điện tử',
    year: 2025,
    cover: 'le-tuyen-duong',
    coverAlt: 'Lễ tuyên dương nhà giáo tiêu biểu',
    foreword: `Năm 2025 khép lại giai đoạn đầu của Đề án tuyên truyền gương điển hình tiên tiến. Cuốn sách điện tử này chọn lại những bài viết được bạn đọc chia sẻ nhiều nhất trong năm.

Mỗi câu chuyện là một cách làm có thể học theo, từ hòm thư ở cổng trường đến lớp học bơi cho trẻ mầm non.`,
    chapters: [
      { story: 'hom-thu-con-muon-noi' },
      { story: 'lop-hoc-lam-quen-voi-nuoc' },
      { story: 'cam-bien-man-cua-ngoc' },
      { story: 'podcast-binh-dan-hoc-vu-so-tren-doi-che', title: 'Bình dân học vụ số trên đồi chè' },
      { story: 'nhung-nguoi-giu-lua-bien-cuong' },
      { title: 'Phụ lục: cách đề cử một gương điển hình', body: `Bạn đọc có thể đề cử thầy cô, học trò, tập thể mà mình biết.

1. Ghi rõ họ tên, đơn vị, việc làm cụ thể của nhân vật.
2. Gửi kèm ảnh hoặc tư liệu nếu có.
3. Gửi về [lienhe@guong-sang.example](mailto:lienhe@guong-sang.example).` },
      { story: 'tu-sau-diem-le-den-ba-diem-truong' },
      { story: 'thu-vien-xanh-giua-pho' },
    ],
    credits: [['hoang-duc-long', 'bien-tap'], ['do-thanh-tam', 'do-hoa']],
    publishedAt: '2025-12-15T08:00:00+07:00',
    pageSize: 'A4',
  },
]

export interface SiteSettingsInput {
  title: string
  tagline: string
  description: string
  navigation: Array<{ label: string; reference?: string; url?: string }>
  footerText: string
  socialLinks: Array<{ platform: string; url: string }>
  contact: { email: string; phone: string; address: string }
  featuredStory: string
  spotlightExemplars: string[]
}

export const siteSettings: SiteSettingsInput = {
  title: 'Gương sáng',
  tagline: 'Những câu chuyện người thật, việc thật của ngành Giáo dục',
  description: 'Gương sáng kể chuyện những thầy cô, học trò, nhân viên và tập thể trường học tiêu biểu trên khắp 34 tỉnh, thành phố.',
  navigation: [
    { label: 'Gương mặt nhà giáo', reference: 'column.guong-mat-nha-giao' },
    { label: 'Học trò tiêu biểu', reference: 'column.hoc-tro-tieu-bieu' },
    { label: 'Mái trường', reference: 'column.mai-truong' },
    { label: 'Phong trào thi đua', reference: 'theme.doi-moi-sang-tao' },
    { label: 'Ấn phẩm', reference: 'publication.guong-sang-2025' },
    { label: 'Cuộc thi', reference: 'contest.nguoi-thay-trong-toi-2025' },
    { label: 'Bộ Giáo dục và Đào tạo', url: 'https://moet.gov.vn' },
  ],
  footerText: 'Gương sáng là sản phẩm mẫu. Mọi nhân vật, trường học và quyết định khen thưởng trong dữ liệu mẫu đều là hư cấu.',
  socialLinks: [
    { platform: 'facebook', url: 'https://www.facebook.com/guongsang.example' },
    { platform: 'youtube', url: 'https://www.youtube.com/@guongsang-example' },
    { platform: 'tiktok', url: 'https://www.tiktok.com/@guongsang.example' },
  ],
  contact: { email: 'lienhe@guong-sang.example', phone: '+84 24 0000 0595', address: 'Số 1 phố Ví Dụ, Hà Nội (địa chỉ mẫu)' },
  featuredStory: 'muoi-tam-nam-cam-ban-phieng-la',
  spotlightExemplars: ['co-giao-ha-thi-lan', 'truong-tieu-hoc-cau-tre', 'hoc-sinh-giang-a-chu', 'thay-giao-nguyen-van-bien'],
}

export interface DraftInput {
  /** Draft of a published story (id `drafts.story.<of>`): only the patched fields change. */
  of?: string
  patch?: { title?: string; dek?: string }
  /** Draft-only story. */
  story?: StoryInput
}

export const drafts: DraftInput[] = [
  {
    story: {
      slug: 'ban-nhap-khong-xuat-ban',
      title: 'BẢN NHÁP — không được xuất bản',
      dek: 'Bản nháp dùng để kiểm tra rằng nội dung chưa duyệt không bao giờ xuất hiện trên trang công khai.',
      format: 'bai-viet',
      column: 'goc-nhin',
      themes: [],
      exemplars: [],
      credits: [['le-hoai-an', 'bien-tap']],
      publishedAt: '2026-01-10T08:00:00+07:00',
      cover: 'giang-duong',
      coverAlt: 'Giảng đường trống',
      coverCredit: 'Gương sáng',
      body: `Đây là **bản nháp**. Nếu bạn đọc được dòng này trên trang công khai, quy trình xuất bản đang có lỗi.`,
    },
  },
  { of: 'toan-o-ban', patch: { title: 'Toán ở bản (bản sửa đang chờ duyệt)' } },
]
