// Registry of the sample dataset's referenceable things: provinces, organisations, persons, exemplars,
// columns, themes and image keys. Story authors (stories-a.ts, stories-b.ts) reference these by slug.
// Everything here is FICTIONAL (people, schools, decisions) except the 34 provinces.
// Document ids: `province.<slug>`, `organisation.<slug>`, `person.<slug>`, `exemplar.<slug>`,
// `column.<slug>`, `theme.<slug>`.

/** Landscape images are 1600×1067, portrait images 1600×2000. Use any key for any purpose. */
export const LANDSCAPE_IMAGE_KEYS = [
  'lop-hoc-vung-cao',
  'san-truong-nang',
  'ruong-bac-thang',
  'song-nuoc-mien-tay',
  'bien-lang-chai',
  'thu-vien-xanh',
  'phong-may-tinh',
  'phong-thi-nghiem',
  'duong-den-truong',
  'doi-che',
  'cao-nguyen-chieu',
  'rung-ngap-man',
  'le-tuyen-duong',
  'xuong-thuc-hanh',
  'bep-ban-tru',
  'san-khau-giao-luu',
  'giang-duong',
  'pho-phuong-sang',
] as const

export const PORTRAIT_IMAGE_KEYS = [
  'chan-dung-co-giao-1',
  'chan-dung-co-giao-2',
  'chan-dung-thay-giao-1',
  'chan-dung-thay-giao-2',
  'chan-dung-hoc-sinh',
  'chan-dung-tap-the',
] as const

export const IMAGE_KEYS: readonly string[] = [...LANDSCAPE_IMAGE_KEYS, ...PORTRAIT_IMAGE_KEYS]

import { provinces as provinceVocabulary } from '../../../schemas/vocabularies/provinces.ts'

export interface ProvinceInput {
  slug: string
  name: string
  kind: 'tinh' | 'thanh-pho'
  order: number
}

/**
 * The 34 provincial-level units, taken from schemas/vocabularies/provinces.ts (the single source).
 * Slugs: ha-noi, hue, hai-phong, da-nang, ho-chi-minh, can-tho, lai-chau, dien-bien, son-la, lang-son,
 * quang-ninh, cao-bang, tuyen-quang, lao-cai, thai-nguyen, phu-tho, bac-ninh, hung-yen, ninh-binh,
 * thanh-hoa, nghe-an, ha-tinh, quang-tri, quang-ngai, gia-lai, khanh-hoa, lam-dong, dak-lak, dong-nai,
 * tay-ninh, vinh-long, dong-thap, an-giang, ca-mau.
 */
export const provinces: ProvinceInput[] = provinceVocabulary.map((p) => ({
  slug: p.value,
  name: p.title,
  kind: p.kind,
  order: p.order,
}))

export type EducationLevel = 'mam-non' | 'tieu-hoc' | 'thcs' | 'thpt' | 'gdnn' | 'dai-hoc' | 'gdtx'

export interface OrganisationInput {
  slug: string
  name: string
  kind: 'truong' | 'so-gddt' | 'phong-gddt' | 'bo' | 'dai-hoc' | 'khac'
  educationLevel?: EducationLevel
  province: string
  description: string
}

export const organisations: OrganisationInput[] = [
  { slug: 'truong-tieu-hoc-hoa-ban', name: 'Trường Tiểu học Hoa Ban', kind: 'truong', educationLevel: 'tieu-hoc', province: 'lai-chau', description: 'Ngôi trường vùng cao với một điểm chính và năm điểm lẻ nằm rải rác theo các bản người Mông, người Dao.' },
  { slug: 'truong-ptdtbt-thcs-suoi-may', name: 'Trường Phổ thông Dân tộc bán trú THCS Suối Mây', kind: 'truong', educationLevel: 'thcs', province: 'dien-bien', description: 'Trường bán trú cho gần 400 học sinh, phần lớn là con em đồng bào Mông và Thái ở các bản xa.' },
  { slug: 'truong-mam-non-hoa-mi', name: 'Trường Mầm non Họa Mi', kind: 'truong', educationLevel: 'mam-non', province: 'son-la', description: 'Trường mầm non ở vùng đồi chè, nổi tiếng với chương trình làm quen tiếng Việt qua trò chơi dân gian.' },
  { slug: 'truong-thcs-lang-chai', name: 'Trường THCS Làng Chài', kind: 'truong', educationLevel: 'thcs', province: 'quang-ninh', description: 'Trường của con em ngư dân ven vịnh, nơi nhiều học sinh từng đến lớp bằng thuyền.' },
  { slug: 'truong-thpt-lam-hong', name: 'Trường THPT Lam Hồng', kind: 'truong', educationLevel: 'thpt', province: 'ha-tinh', description: 'Trường trung học phổ thông bên dòng sông, có phong trào nghiên cứu khoa học của học sinh bền bỉ nhiều năm.' },
  { slug: 'truong-tieu-hoc-cau-tre', name: 'Trường Tiểu học Cầu Tre', kind: 'truong', educationLevel: 'tieu-hoc', province: 'vinh-long', description: 'Ngôi trường nhỏ giữa vườn dừa, điển hình của mô hình "Trường học hạnh phúc" ở miền Tây.' },
  { slug: 'truong-thcs-mui-dat', name: 'Trường THCS Mũi Đất', kind: 'truong', educationLevel: 'thcs', province: 'ca-mau', description: 'Trường ven rừng ngập mặn, có thư viện xanh dựng dưới tán đước.' },
  { slug: 'truong-thpt-cao-nguyen-xanh', name: 'Trường THPT Cao Nguyên Xanh', kind: 'truong', educationLevel: 'thpt', province: 'gia-lai', description: 'Trường có hơn một nửa học sinh là người Jrai và Bahnar, nổi bật với các câu lạc bộ ngoại ngữ.' },
  { slug: 'truong-cao-dang-ky-thuat-ven-bien', name: 'Trường Cao đẳng Kỹ thuật Ven Biển', kind: 'truong', educationLevel: 'gdnn', province: 'da-nang', description: 'Cơ sở giáo dục nghề nghiệp đào tạo điện, cơ khí và công nghệ ô tô, gắn với doanh nghiệp trong khu công nghiệp.' },
  { slug: 'truong-dai-hoc-su-pham-trung-du', name: 'Trường Đại học Sư phạm Trung Du', kind: 'dai-hoc', educationLevel: 'dai-hoc', province: 'phu-tho', description: 'Trường đại học đào tạo giáo viên cho các tỉnh miền núi phía Bắc.' },
  { slug: 'trung-tam-gdnn-gdtx-doi-che', name: 'Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên Đồi Chè', kind: 'khac', educationLevel: 'gdtx', province: 'thai-nguyen', description: 'Trung tâm tổ chức các lớp bổ túc, xóa mù chữ và lớp kỹ năng số cho người lớn.' },
  { slug: 'truong-tieu-hoc-ngoc-lan', name: 'Trường Tiểu học Ngọc Lan', kind: 'truong', educationLevel: 'tieu-hoc', province: 'ha-noi', description: 'Trường tiểu học trong phố cũ, có thư viện mở và lớp học thân thiện.' },
  { slug: 'truong-thcs-rach-dua', name: 'Trường THCS Rạch Dừa', kind: 'truong', educationLevel: 'thcs', province: 'ho-chi-minh', description: 'Trường trung học cơ sở ven kênh, có đội robot và câu lạc bộ STEM hoạt động sôi nổi.' },
  { slug: 'truong-mam-non-hoa-sen', name: 'Trường Mầm non Hoa Sen', kind: 'truong', educationLevel: 'mam-non', province: 'dong-thap', description: 'Trường mầm non vùng sông nước, nơi trẻ được học bơi an toàn từ năm năm tuổi.' },
  { slug: 'truong-th-thcs-deo-gio', name: 'Trường Tiểu học và THCS Đèo Gió', kind: 'truong', educationLevel: 'tieu-hoc', province: 'quang-tri', description: 'Trường liên cấp ở vùng núi phía tây, học sinh chủ yếu là người Vân Kiều và Pa Kô.' },
  { slug: 'truong-thpt-doi-thong', name: 'Trường THPT Đồi Thông', kind: 'truong', educationLevel: 'thpt', province: 'lam-dong', description: 'Trường trung học phổ thông giữa rừng thông, có phòng thí nghiệm năng lượng tái tạo do giáo viên tự dựng.' },
  { slug: 'ban-bien-tap-guong-sang', name: 'Ban biên tập Gương sáng', kind: 'khac', province: 'ha-noi', description: 'Nhóm phóng viên, biên tập viên thực hiện chuyên trang Gương sáng.' },
]

export interface PersonInput {
  slug: string
  name: string
  jobTitle: string
  organisation: string
  bio: string
  portrait: string
  portraitAlt: string
}

export const persons: PersonInput[] = [
  { slug: 'nguyen-thu-ha', name: 'Nguyễn Thu Hà', jobTitle: 'Phóng viên', organisation: 'ban-bien-tap-guong-sang', bio: 'Mười hai năm theo mảng giáo dục, nhiều lần lên các điểm trường vùng cao phía Bắc.', portrait: 'chan-dung-co-giao-2', portraitAlt: 'Chân dung phóng viên Nguyễn Thu Hà' },
  { slug: 'tran-minh-khang', name: 'Trần Minh Khang', jobTitle: 'Phóng viên ảnh', organisation: 'ban-bien-tap-guong-sang', bio: 'Chụp ảnh tư liệu về trường học vùng sông nước và biên giới.', portrait: 'chan-dung-thay-giao-1', portraitAlt: 'Chân dung phóng viên ảnh Trần Minh Khang' },
  { slug: 'le-hoai-an', name: 'Lê Hoài An', jobTitle: 'Biên tập viên', organisation: 'ban-bien-tap-guong-sang', bio: 'Phụ trách biên tập nội dung và chuẩn hóa văn bản tiếng Việt của chuyên trang.', portrait: 'chan-dung-co-giao-1', portraitAlt: 'Chân dung biên tập viên Lê Hoài An' },
  { slug: 'pham-quoc-viet', name: 'Phạm Quốc Việt', jobTitle: 'Quay phim, dựng video', organisation: 'ban-bien-tap-guong-sang', bio: 'Thực hiện các phóng sự video ngắn về thầy cô và học trò.', portrait: 'chan-dung-thay-giao-2', portraitAlt: 'Chân dung Phạm Quốc Việt' },
  { slug: 'do-thanh-tam', name: 'Đỗ Thanh Tâm', jobTitle: 'Họa sĩ đồ họa', organisation: 'ban-bien-tap-guong-sang', bio: 'Thiết kế infographic và minh họa cho các bài longform.', portrait: 'chan-dung-co-giao-2', portraitAlt: 'Chân dung họa sĩ Đỗ Thanh Tâm' },
  { slug: 'vu-bich-ngoc', name: 'Vũ Bích Ngọc', jobTitle: 'Phóng viên, dẫn podcast', organisation: 'ban-bien-tap-guong-sang', bio: 'Dẫn chương trình podcast "Chuyện trường, chuyện lớp".', portrait: 'chan-dung-co-giao-1', portraitAlt: 'Chân dung phóng viên Vũ Bích Ngọc' },
  { slug: 'hoang-duc-long', name: 'Hoàng Đức Long', jobTitle: 'Thư ký tòa soạn', organisation: 'ban-bien-tap-guong-sang', bio: 'Điều phối nội dung, duyệt bài và phụ trách các ấn phẩm điện tử.', portrait: 'chan-dung-thay-giao-1', portraitAlt: 'Chân dung Hoàng Đức Long' },
  { slug: 'ngo-phuong-linh', name: 'Ngô Phương Linh', jobTitle: 'Cộng tác viên, giáo viên Ngữ văn', organisation: 'truong-thpt-lam-hong', bio: 'Giáo viên viết báo, cộng tác với chuyên trang từ năm 2023.', portrait: 'chan-dung-co-giao-2', portraitAlt: 'Chân dung cô giáo Ngô Phương Linh' },
  { slug: 'bui-gia-huy', name: 'Bùi Gia Huy', jobTitle: 'Phóng viên ảnh', organisation: 'ban-bien-tap-guong-sang', bio: 'Chuyên ảnh phóng sự và ảnh chân dung.', portrait: 'chan-dung-thay-giao-2', portraitAlt: 'Chân dung phóng viên ảnh Bùi Gia Huy' },
  { slug: 'dinh-thi-mai', name: 'Đinh Thị Mai', jobTitle: 'Phóng viên thường trú Đồng bằng sông Cửu Long', organisation: 'ban-bien-tap-guong-sang', bio: 'Viết về giáo dục vùng sông nước và ven biển miền Tây.', portrait: 'chan-dung-co-giao-1', portraitAlt: 'Chân dung phóng viên Đinh Thị Mai' },
  { slug: 'lo-van-hao', name: 'Lò Văn Hảo', jobTitle: 'Phóng viên thường trú Tây Bắc', organisation: 'ban-bien-tap-guong-sang', bio: 'Người Thái ở Sơn La, viết về trường bán trú và các lớp học cắm bản.', portrait: 'chan-dung-thay-giao-2', portraitAlt: 'Chân dung phóng viên Lò Văn Hảo' },
]

export type ExemplarRole =
  | 'nha-giao' | 'can-bo-quan-ly' | 'can-bo-nghien-cuu' | 'nhan-vien' | 'hoc-sinh' | 'sinh-vien' | 'khac'
  | 'truong-hoc' | 'to-chuyen-mon' | 'lop-hoc' | 'doi-nhom' | 'phong-ban'

export interface ExemplarInput {
  slug: string
  kind: 'ca-nhan' | 'tap-the'
  name: string
  role: ExemplarRole
  educationLevel: EducationLevel
  organisation?: string
  province: string
  portrait: string
  /** 1–3 sentences, ≤ 300 characters: the facts story authors should stay consistent with. */
  summary: string
}

export const exemplars: ExemplarInput[] = [
  { slug: 'co-giao-ha-thi-lan', kind: 'ca-nhan', name: 'Hà Thị Lan', role: 'nha-giao', educationLevel: 'tieu-hoc', organisation: 'truong-tieu-hoc-hoa-ban', province: 'lai-chau', portrait: 'chan-dung-co-giao-1', summary: 'Mười tám năm cắm bản ở điểm trường Phiêng Lả, cô Lan dạy lớp ghép hai trình độ và tự soạn bộ thẻ chữ song ngữ Mông – Việt cho học trò lớp Một.' },
  { slug: 'thay-giao-mua-a-sinh', kind: 'ca-nhan', name: 'Mùa A Sinh', role: 'nha-giao', educationLevel: 'thcs', organisation: 'truong-ptdtbt-thcs-suoi-may', province: 'dien-bien', portrait: 'chan-dung-thay-giao-1', summary: 'Thầy giáo Toán người Mông trở về dạy chính ngôi trường bán trú mình từng học, lập nhóm "Toán ở bản" giúp học trò học qua việc đo ruộng, đếm đàn gia súc.' },
  { slug: 'co-giao-lu-thi-hoa', kind: 'ca-nhan', name: 'Lù Thị Hoa', role: 'nha-giao', educationLevel: 'mam-non', organisation: 'truong-mam-non-hoa-mi', province: 'son-la', portrait: 'chan-dung-co-giao-2', summary: 'Cô giáo mầm non người Thái dùng đồng dao, trò chơi dân gian để trẻ làm quen tiếng Việt trước khi vào lớp Một.' },
  { slug: 'thay-giao-nguyen-van-bien', kind: 'ca-nhan', name: 'Nguyễn Văn Biển', role: 'nha-giao', educationLevel: 'thcs', organisation: 'truong-thcs-lang-chai', province: 'quang-ninh', portrait: 'chan-dung-thay-giao-2', summary: 'Suốt nhiều năm, thầy Biển chèo thuyền đón học trò làng chài đến lớp những ngày biển động và mở lớp học bơi miễn phí mỗi mùa hè.' },
  { slug: 'co-giao-tran-thi-thu-hien', kind: 'ca-nhan', name: 'Trần Thị Thu Hiền', role: 'nha-giao', educationLevel: 'thpt', organisation: 'truong-thpt-lam-hong', province: 'ha-tinh', portrait: 'chan-dung-co-giao-1', summary: 'Giáo viên Ngữ văn sáng lập câu lạc bộ "Đọc chậm", đưa học sinh đọc và viết về chính quê mình; nhiều bài viết của học trò được in thành tập.' },
  { slug: 'thay-hieu-truong-dang-quang-vinh', kind: 'ca-nhan', name: 'Đặng Quang Vinh', role: 'can-bo-quan-ly', educationLevel: 'tieu-hoc', organisation: 'truong-tieu-hoc-cau-tre', province: 'vinh-long', portrait: 'chan-dung-thay-giao-1', summary: 'Hiệu trưởng đưa ngôi trường giữa vườn dừa thành điển hình "Trường học hạnh phúc": bỏ bớt thủ tục giấy tờ, mở "giờ ra chơi dài" và hòm thư lắng nghe học trò.' },
  { slug: 'co-giao-nguyen-thi-my-duyen', kind: 'ca-nhan', name: 'Nguyễn Thị Mỹ Duyên', role: 'nha-giao', educationLevel: 'thcs', organisation: 'truong-thcs-mui-dat', province: 'ca-mau', portrait: 'chan-dung-co-giao-2', summary: 'Cô giáo Sinh học đưa lớp học ra rừng ngập mặn, cùng học trò lập bộ tiêu bản 60 loài cây và con vật của vùng đất mũi.' },
  { slug: 'co-giao-ksor-h-blim', kind: 'ca-nhan', name: 'Ksor H\'Blim', role: 'nha-giao', educationLevel: 'thpt', organisation: 'truong-thpt-cao-nguyen-xanh', province: 'gia-lai', portrait: 'chan-dung-co-giao-1', summary: 'Cô giáo tiếng Anh người Jrai mở câu lạc bộ ba thứ tiếng Jrai – Việt – Anh, giúp học trò tự tin kể chuyện buôn làng mình bằng ngoại ngữ.' },
  { slug: 'thay-giao-phan-minh-triet', kind: 'ca-nhan', name: 'Phan Minh Triết', role: 'nha-giao', educationLevel: 'gdnn', organisation: 'truong-cao-dang-ky-thuat-ven-bien', province: 'da-nang', portrait: 'chan-dung-thay-giao-2', summary: 'Giảng viên điện công nghiệp tự thiết kế mô hình thực hành từ thiết bị thải loại, nhiều năm huấn luyện sinh viên dự thi kỹ năng nghề.' },
  { slug: 'ts-luong-thi-ngan', kind: 'ca-nhan', name: 'Lương Thị Ngân', role: 'can-bo-nghien-cuu', educationLevel: 'dai-hoc', organisation: 'truong-dai-hoc-su-pham-trung-du', province: 'phu-tho', portrait: 'chan-dung-co-giao-2', summary: 'Tiến sĩ Giáo dục học nghiên cứu kỹ năng đọc hiểu của học sinh vùng dân tộc thiểu số, xây dựng bộ truyện tranh song ngữ được nhiều trường dùng thử.' },
  { slug: 'co-giao-vu-thi-kim-oanh', kind: 'ca-nhan', name: 'Vũ Thị Kim Oanh', role: 'nha-giao', educationLevel: 'gdtx', organisation: 'trung-tam-gdnn-gdtx-doi-che', province: 'thai-nguyen', portrait: 'chan-dung-co-giao-1', summary: 'Cô giáo của những lớp học buổi tối: dạy chữ cho người lớn tuổi và mở lớp "Bình dân học vụ số" giúp bà con đồi chè bán hàng qua điện thoại.' },
  { slug: 'co-giao-le-ngoc-bich', kind: 'ca-nhan', name: 'Lê Ngọc Bích', role: 'nha-giao', educationLevel: 'tieu-hoc', organisation: 'truong-tieu-hoc-ngoc-lan', province: 'ha-noi', portrait: 'chan-dung-co-giao-2', summary: 'Giáo viên phụ trách thư viện biến góc cầu thang thành "Thư viện xanh", khởi xướng phong trào đổi giấy vụn lấy sách.' },
  { slug: 'thay-giao-huynh-tan-loc', kind: 'ca-nhan', name: 'Huỳnh Tấn Lộc', role: 'nha-giao', educationLevel: 'thcs', organisation: 'truong-thcs-rach-dua', province: 'ho-chi-minh', portrait: 'chan-dung-thay-giao-1', summary: 'Thầy giáo Tin học dạy lập trình bằng linh kiện tái chế; đội robot do thầy hướng dẫn nhiều năm đạt giải cấp thành phố.' },
  { slug: 'co-giao-pham-thi-bong', kind: 'ca-nhan', name: 'Phạm Thị Bông', role: 'nha-giao', educationLevel: 'mam-non', organisation: 'truong-mam-non-hoa-sen', province: 'dong-thap', portrait: 'chan-dung-co-giao-1', summary: 'Cô giáo mầm non vùng sông nước khởi xướng lớp "Làm quen với nước" dạy trẻ năm tuổi kỹ năng an toàn và bơi cơ bản.' },
  { slug: 'co-sung-thi-my', kind: 'ca-nhan', name: 'Sùng Thị Mỷ', role: 'nhan-vien', educationLevel: 'thcs', organisation: 'truong-ptdtbt-thcs-suoi-may', province: 'dien-bien', portrait: 'chan-dung-co-giao-2', summary: 'Nhân viên cấp dưỡng mười năm dậy từ bốn giờ sáng nấu cơm cho gần 300 học sinh bán trú, tự trồng rau cải thiện bữa ăn.' },
  { slug: 'hoc-sinh-giang-a-chu', kind: 'ca-nhan', name: 'Giàng A Chư', role: 'hoc-sinh', educationLevel: 'thcs', organisation: 'truong-ptdtbt-thcs-suoi-may', province: 'dien-bien', portrait: 'chan-dung-hoc-sinh', summary: 'Cậu học trò người Mông đi bộ hơn mười cây số mỗi cuối tuần, đạt giải Nhì học sinh giỏi Toán cấp tỉnh và kèm bài cho các em nhỏ trong bản.' },
  { slug: 'hoc-sinh-tran-bao-ngoc', kind: 'ca-nhan', name: 'Trần Bảo Ngọc', role: 'hoc-sinh', educationLevel: 'thpt', organisation: 'truong-thpt-lam-hong', province: 'ha-tinh', portrait: 'chan-dung-hoc-sinh', summary: 'Nữ sinh lớp 11 chế tạo bộ cảm biến cảnh báo mặn cho ruộng lúa ven sông, đề tài đạt giải cấp tỉnh cuộc thi khoa học kỹ thuật.' },
  { slug: 'hoc-sinh-nguyen-gia-bao', kind: 'ca-nhan', name: 'Nguyễn Gia Bảo', role: 'hoc-sinh', educationLevel: 'tieu-hoc', organisation: 'truong-tieu-hoc-cau-tre', province: 'vinh-long', portrait: 'chan-dung-hoc-sinh', summary: 'Cậu bé lớp Năm bình tĩnh dùng can nhựa và gọi người lớn cứu một bạn nhỏ trượt chân xuống mương; được biểu dương "Người tốt, việc tốt".' },
  { slug: 'sinh-vien-ho-thi-thao', kind: 'ca-nhan', name: 'Hồ Thị Thảo', role: 'sinh-vien', educationLevel: 'dai-hoc', organisation: 'truong-dai-hoc-su-pham-trung-du', province: 'phu-tho', portrait: 'chan-dung-hoc-sinh', summary: 'Sinh viên sư phạm năm ba, bốn mùa hè liền lên bản dạy tiếng Việt cho trẻ chuẩn bị vào lớp Một.' },
  { slug: 'sinh-vien-do-minh-quan', kind: 'ca-nhan', name: 'Đỗ Minh Quân', role: 'sinh-vien', educationLevel: 'gdnn', organisation: 'truong-cao-dang-ky-thuat-ven-bien', province: 'da-nang', portrait: 'chan-dung-thay-giao-2', summary: 'Sinh viên nghề điện từng bỏ học giữa chừng rồi quay lại, đạt huy chương vàng kỳ thi kỹ năng nghề cấp vùng.' },
  { slug: 'thay-giao-ho-van-lanh', kind: 'ca-nhan', name: 'Hồ Văn Lành', role: 'nha-giao', educationLevel: 'tieu-hoc', organisation: 'truong-th-thcs-deo-gio', province: 'quang-tri', portrait: 'chan-dung-thay-giao-1', summary: 'Thầy giáo người Vân Kiều đầu tiên của bản trở về dạy học, vận động từng gia đình đưa con gái đến trường.' },
  { slug: 'co-hieu-truong-dinh-thi-thu-trang', kind: 'ca-nhan', name: 'Đinh Thị Thu Trang', role: 'can-bo-quan-ly', educationLevel: 'mam-non', organisation: 'truong-mam-non-hoa-mi', province: 'son-la', portrait: 'chan-dung-co-giao-1', summary: 'Hiệu trưởng trường mầm non vùng chè gom sáu điểm lẻ tạm bợ thành ba điểm trường kiên cố nhờ vận động xã hội hóa minh bạch.' },
  { slug: 'thay-giao-tong-van-hai', kind: 'ca-nhan', name: 'Tống Văn Hải', role: 'nha-giao', educationLevel: 'thpt', organisation: 'truong-thpt-doi-thong', province: 'lam-dong', portrait: 'chan-dung-thay-giao-2', summary: 'Thầy giáo Vật lý cùng học trò dựng hệ pin mặt trời trên mái nhà xe, biến số liệu điện năng thành bài học hằng ngày.' },
  { slug: 'ba-nguyen-thi-tu', kind: 'ca-nhan', name: 'Nguyễn Thị Tư', role: 'khac', educationLevel: 'tieu-hoc', province: 'an-giang', portrait: 'chan-dung-co-giao-2', summary: 'Người bán tạp hóa ở đầu kênh biến mái hiên nhà thành tủ sách cộng đồng cho học trò tiểu học đọc trong lúc chờ đò.' },
  { slug: 'truong-tieu-hoc-cau-tre', kind: 'tap-the', name: 'Trường Tiểu học Cầu Tre', role: 'truong-hoc', educationLevel: 'tieu-hoc', organisation: 'truong-tieu-hoc-cau-tre', province: 'vinh-long', portrait: 'chan-dung-tap-the', summary: 'Ngôi trường giữa vườn dừa nơi học trò được hỏi ý kiến về lịch học, sân chơi và cả thực đơn bán trú.' },
  { slug: 'to-toan-tin-thpt-lam-hong', kind: 'tap-the', name: 'Tổ Toán – Tin, Trường THPT Lam Hồng', role: 'to-chuyen-mon', educationLevel: 'thpt', organisation: 'truong-thpt-lam-hong', province: 'ha-tinh', portrait: 'chan-dung-tap-the', summary: 'Tổ chuyên môn mười bốn thầy cô cùng xây kho học liệu mở, dự giờ chéo và chia sẻ giáo án với các trường bạn.' },
  { slug: 'lop-4a-tieu-hoc-ngoc-lan', kind: 'tap-the', name: 'Lớp 4A, Trường Tiểu học Ngọc Lan', role: 'lop-hoc', educationLevel: 'tieu-hoc', organisation: 'truong-tieu-hoc-ngoc-lan', province: 'ha-noi', portrait: 'chan-dung-tap-the', summary: 'Tập thể lớp tự quản với "hội đồng lớp" luân phiên, nơi mỗi học sinh giữ một việc chung và không bạn nào bị bỏ lại.' },
  { slug: 'doi-robot-thcs-rach-dua', kind: 'tap-the', name: 'Đội Robot Rạch Dừa', role: 'doi-nhom', educationLevel: 'thcs', organisation: 'truong-thcs-rach-dua', province: 'ho-chi-minh', portrait: 'chan-dung-tap-the', summary: 'Nhóm học sinh chế robot nhặt rác kênh rạch từ vật liệu tái chế, đạt giải Nhất sân chơi STEM cấp thành phố.' },
  { slug: 'phong-dao-tao-cao-dang-ven-bien', kind: 'tap-the', name: 'Phòng Đào tạo, Trường Cao đẳng Kỹ thuật Ven Biển', role: 'phong-ban', educationLevel: 'gdnn', organisation: 'truong-cao-dang-ky-thuat-ven-bien', province: 'da-nang', portrait: 'chan-dung-tap-the', summary: 'Phòng chức năng thiết kế chương trình "vừa học vừa làm" cùng doanh nghiệp, giúp tỷ lệ sinh viên có việc làm sau tốt nghiệp tăng mạnh.' },
  { slug: 'truong-mam-non-hoa-sen', kind: 'tap-the', name: 'Trường Mầm non Hoa Sen', role: 'truong-hoc', educationLevel: 'mam-non', organisation: 'truong-mam-non-hoa-sen', province: 'dong-thap', portrait: 'chan-dung-tap-the', summary: 'Trường mầm non vùng lũ đưa kỹ năng an toàn dưới nước vào chương trình, phối hợp với phụ huynh dựng hồ bơi di động.' },
  { slug: 'truong-thcs-mui-dat', kind: 'tap-the', name: 'Trường THCS Mũi Đất', role: 'truong-hoc', educationLevel: 'thcs', organisation: 'truong-thcs-mui-dat', province: 'ca-mau', portrait: 'chan-dung-tap-the', summary: 'Trường ven rừng ngập mặn có "Thư viện xanh" dưới tán đước và vườn ươm do học sinh chăm sóc.' },
  { slug: 'doi-tinh-nguyen-su-pham-trung-du', kind: 'tap-the', name: 'Đội Thanh niên tình nguyện Sư phạm Trung Du', role: 'doi-nhom', educationLevel: 'dai-hoc', organisation: 'truong-dai-hoc-su-pham-trung-du', province: 'phu-tho', portrait: 'chan-dung-tap-the', summary: 'Đội tình nguyện của sinh viên sư phạm, mỗi hè mở lớp tiền tiểu học ở các bản vùng cao.' },
  { slug: 'truong-ptdtbt-thcs-suoi-may', kind: 'tap-the', name: 'Trường PTDTBT THCS Suối Mây', role: 'truong-hoc', educationLevel: 'thcs', organisation: 'truong-ptdtbt-thcs-suoi-may', province: 'dien-bien', portrait: 'chan-dung-tap-the', summary: 'Trường bán trú giữ học trò ở lại lớp bằng bữa cơm đủ chất, phòng ở ấm và những buổi sinh hoạt văn hóa dân tộc mỗi tối thứ Sáu.' },
]

export interface ColumnInput {
  slug: string
  title: string
  kind: 'chuyen-muc' | 'chuyen-trang'
  description: string
  cover: string
  coverAlt: string
}

export const columns: ColumnInput[] = [
  { slug: 'guong-mat-nha-giao', title: 'Gương mặt nhà giáo', kind: 'chuyen-muc', description: 'Chân dung những thầy cô lặng lẽ làm nghề, từ điểm trường cắm bản đến giảng đường.', cover: 'lop-hoc-vung-cao', coverAlt: 'Lớp học nhỏ ở vùng cao' },
  { slug: 'hoc-tro-tieu-bieu', title: 'Học trò tiêu biểu', kind: 'chuyen-muc', description: 'Học sinh, sinh viên vượt khó, học giỏi, sống đẹp và những việc tốt của các em.', cover: 'san-truong-nang', coverAlt: 'Sân trường ngập nắng giờ ra chơi' },
  { slug: 'mai-truong', title: 'Mái trường', kind: 'chuyen-muc', description: 'Những tập thể trường, tổ, lớp, đội nhóm và cách họ cùng nhau thay đổi.', cover: 'thu-vien-xanh', coverAlt: 'Góc thư viện xanh trong sân trường' },
  { slug: 'noi-vung-kho', title: 'Nơi vùng khó', kind: 'chuyen-muc', description: 'Giáo dục ở biên giới, hải đảo, vùng núi và vùng sông nước.', cover: 'duong-den-truong', coverAlt: 'Con đường đất dẫn lên điểm trường' },
  { slug: 'sang-kien-lop-hoc', title: 'Sáng kiến trong lớp học', kind: 'chuyen-muc', description: 'Cách dạy mới, học liệu tự làm, chuyển đổi số và những thử nghiệm đáng nhân rộng.', cover: 'phong-may-tinh', coverAlt: 'Học sinh thực hành trong phòng máy tính' },
  { slug: 'goc-nhin', title: 'Góc nhìn', kind: 'chuyen-muc', description: 'Ý kiến, trao đổi về cách phát hiện, bồi dưỡng và tuyên truyền gương điển hình.', cover: 'giang-duong', coverAlt: 'Giảng đường đại học' },
  { slug: 'tri-an-thay-co', title: 'Tri ân thầy cô', kind: 'chuyen-trang', description: 'Chuyên trang nhân Ngày Nhà giáo Việt Nam 20/11: những câu chuyện biết ơn và tôn vinh.', cover: 'le-tuyen-duong', coverAlt: 'Lễ tuyên dương nhà giáo' },
]

export interface ThemeInput {
  slug: string
  title: string
  kind: 'phong-trao' | 'chu-de' | 'mo-hinh'
  description: string
  cover: string
  coverAlt: string
  period?: { from: number; to?: number }
  selection: 'curated' | 'tagged'
}

export const themes: ThemeInput[] = [
  { slug: 'doi-moi-sang-tao', title: 'Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập', kind: 'phong-trao', description: 'Phong trào thi đua của ngành Giáo dục giai đoạn 2020–2025, tôn vinh những cách làm mới trong quản lý, dạy và học.', cover: 'phong-thi-nghiem', coverAlt: 'Học sinh làm thí nghiệm', period: { from: 2020, to: 2025 }, selection: 'curated' },
  { slug: 'truong-hoc-hanh-phuc', title: 'Trường học hạnh phúc', kind: 'mo-hinh', description: 'Mô hình trường học nơi thầy cô, học trò và cha mẹ cùng được lắng nghe, tôn trọng và an toàn.', cover: 'san-truong-nang', coverAlt: 'Học trò chơi đùa trên sân trường', selection: 'tagged' },
  { slug: 'thu-vien-xanh', title: 'Thư viện xanh', kind: 'mo-hinh', description: 'Thư viện mở giữa thiên nhiên, sách đến gần học trò hơn.', cover: 'thu-vien-xanh', coverAlt: 'Kệ sách dưới tán cây', selection: 'tagged' },
  { slug: 'lop-hoc-than-thien', title: 'Lớp học thân thiện', kind: 'mo-hinh', description: 'Lớp học tự quản, học sinh được tham gia và không ai bị bỏ lại phía sau.', cover: 'lop-hoc-vung-cao', coverAlt: 'Lớp học được trang trí bằng tranh của học sinh', selection: 'tagged' },
  { slug: 'chuyen-doi-so', title: 'Cả nước thi đua đổi mới sáng tạo và chuyển đổi số', kind: 'phong-trao', description: 'Phong trào thi đua giai đoạn 2025–2030, với "Bình dân học vụ số" đưa kỹ năng số đến mọi người.', cover: 'phong-may-tinh', coverAlt: 'Phòng máy tính của trường', period: { from: 2025, to: 2030 }, selection: 'tagged' },
  { slug: 'chia-se-cung-thay-co', title: 'Chia sẻ cùng thầy cô', kind: 'chu-de', description: 'Chương trình thường niên tôn vinh các thầy cô công tác ở vùng biên giới, hải đảo, vùng đặc biệt khó khăn.', cover: 'cao-nguyen-chieu', coverAlt: 'Cao nguyên lúc chiều tà', period: { from: 2015 }, selection: 'tagged' },
]
