// Vietnamese labels for the contract's vocabulary values (values are ASCII kebab-case).
const LABELS: Record<string, Record<string, string>> = {
  exemplarKind: { 'ca-nhan': 'Cá nhân', 'tap-the': 'Tập thể' },
  exemplarRole: {
    'nha-giao': 'Nhà giáo',
    'can-bo-quan-ly': 'Cán bộ quản lý',
    'can-bo-nghien-cuu': 'Cán bộ nghiên cứu',
    'nhan-vien': 'Nhân viên',
    'hoc-sinh': 'Học sinh',
    'sinh-vien': 'Sinh viên',
    khac: 'Khác',
    'truong-hoc': 'Trường học',
    'to-chuyen-mon': 'Tổ chuyên môn',
    'lop-hoc': 'Lớp học',
    'doi-nhom': 'Đội, nhóm',
    'phong-ban': 'Phòng, ban',
  },
  educationLevel: {
    'mam-non': 'Mầm non',
    'tieu-hoc': 'Tiểu học',
    thcs: 'Trung học cơ sở',
    thpt: 'Trung học phổ thông',
    gdnn: 'Giáo dục nghề nghiệp',
    'dai-hoc': 'Đại học',
    gdtx: 'Giáo dục thường xuyên',
  },
  lifecycleStage: {
    'nhan-to-moi': 'Nhân tố mới',
    'dang-boi-duong': 'Đang bồi dưỡng',
    'dien-hinh-co-so': 'Điển hình cấp cơ sở',
    'dien-hinh-cap-tinh': 'Điển hình cấp tỉnh',
    'dien-hinh-toan-quoc': 'Điển hình toàn quốc',
  },
  honourLevel: { 'co-so': 'Cấp cơ sở', 'bo-tinh': 'Cấp bộ, tỉnh', 'toan-quoc': 'Toàn quốc' },
  storyFormat: {
    'bai-viet': 'Bài viết',
    'phong-su': 'Phóng sự',
    'ky-su': 'Ký sự',
    'phong-su-anh': 'Phóng sự ảnh',
    video: 'Video',
    podcast: 'Podcast',
    infographic: 'Infographic',
    longform: 'Longform',
  },
  creditRole: {
    'tac-gia': 'Tác giả',
    anh: 'Ảnh',
    'bien-tap': 'Biên tập',
    video: 'Video',
    'do-hoa': 'Đồ họa',
    'thuc-hien': 'Thực hiện',
    dich: 'Dịch',
    'loi-binh': 'Lời bình',
  },
};

export type Vocabulary = keyof typeof LABELS;

export function label(vocabulary: Vocabulary, value: string | null | undefined): string {
  if (!value) return '';
  return LABELS[vocabulary]?.[value] ?? value;
}
