/**
 * Vocabularies of public participation (issue 11): contest entries, nominations and judging.
 * Stored values are ASCII kebab-case; titles are what editors, judges and entrants read.
 */
import type { Vocabulary } from '../vocabularies/types.ts';

/** đã nhận → hợp lệ / không hợp lệ (with a reason) → vào vòng chung khảo → đạt giải. */
export const entryStatuses = [
  { value: 'da-nhan', title: 'Đã nhận' },
  { value: 'hop-le', title: 'Hợp lệ' },
  { value: 'khong-hop-le', title: 'Không hợp lệ' },
  { value: 'chung-khao', title: 'Vào vòng chung khảo' },
  { value: 'dat-giai', title: 'Đạt giải' },
] as const satisfies Vocabulary;
export type EntryStatus = (typeof entryStatuses)[number]['value'];

/** Which status may follow which (an editor can also step one back to correct a mistake). */
export const entryTransitions: Readonly<Record<EntryStatus, readonly EntryStatus[]>> = {
  'da-nhan': ['hop-le', 'khong-hop-le'],
  'hop-le': ['chung-khao', 'khong-hop-le', 'da-nhan'],
  'khong-hop-le': ['hop-le', 'da-nhan'],
  'chung-khao': ['dat-giai', 'hop-le'],
  'dat-giai': ['chung-khao'],
};

/** An entry can be public only in these statuses (and only with its entrant's consent). */
export const PUBLIC_ENTRY_STATUSES: readonly EntryStatus[] = ['hop-le', 'chung-khao', 'dat-giai'];

/**
 * What "Công bố kết quả" publishes: the final round and the prize-winners. Merely valid entries stay
 * private even though they could be public: a national contest has tens of thousands of them, and a
 * list of them is nobody's result.
 */
export const RESULT_ENTRY_STATUSES: readonly EntryStatus[] = ['chung-khao', 'dat-giai'];

export const nominationStatuses = [
  { value: 'da-nhan', title: 'Đã nhận' },
  { value: 'dang-xem-xet', title: 'Đang xem xét' },
  { value: 'da-tao-ho-so', title: 'Đã tạo hồ sơ gương điển hình' },
  { value: 'khong-chon', title: 'Không chọn' },
] as const satisfies Vocabulary;
export type NominationStatus = (typeof nominationStatuses)[number]['value'];

export const entrantRoles = [
  { value: 'hoc-sinh', title: 'Học sinh' },
  { value: 'sinh-vien', title: 'Sinh viên' },
  { value: 'giao-vien', title: 'Giáo viên, giảng viên' },
  { value: 'can-bo-quan-ly', title: 'Cán bộ quản lý giáo dục' },
  { value: 'nhan-vien', title: 'Nhân viên trường học' },
  { value: 'phu-huynh', title: 'Cha mẹ học sinh' },
  { value: 'khac', title: 'Khác' },
] as const satisfies Vocabulary;
export type EntrantRole = (typeof entrantRoles)[number]['value'];

/** The fields an entrant (or nominee) may agree to publish; nothing else is ever public. */
export const publishableFields = [
  { value: 'ten', title: 'Họ và tên' },
  { value: 'vai-tro', title: 'Vai trò (học sinh, giáo viên…)' },
  { value: 'truong', title: 'Trường, đơn vị' },
  { value: 'tinh', title: 'Tỉnh, thành phố' },
  { value: 'bai-viet', title: 'Nội dung tác phẩm' },
] as const satisfies Vocabulary;
export type PublishableField = (typeof publishableFields)[number]['value'];

/**
 * What a consent record is for. `xu-ly`: processing the personal data to run the contest or review the
 * nomination (required to submit). `cong-bo`: publishing the fields listed in `publishFields`.
 */
export const consentPurposes = [
  { value: 'xu-ly', title: 'Xử lý dữ liệu cá nhân để tổ chức cuộc thi, xét đề cử' },
  { value: 'cong-bo', title: 'Công bố các thông tin đã chọn trên trang' },
] as const satisfies Vocabulary;
export type ConsentPurpose = (typeof consentPurposes)[number]['value'];

/** Who gave a consent: the data subject, their legal representative (under 16), or the child too (7+). */
export const consentGivers = [
  { value: 'ban-than', title: 'Chính người có dữ liệu' },
  { value: 'nguoi-dai-dien', title: 'Người đại diện theo pháp luật' },
  { value: 'tre-em', title: 'Trẻ em (từ đủ 7 tuổi) cùng đồng ý' },
] as const satisfies Vocabulary;
export type ConsentGiver = (typeof consentGivers)[number]['value'];

/** Kinds of attached file a contest may accept; checked by their bytes, never by their names. */
export const entryFileKinds = [
  { value: 'docx', title: 'Văn bản Word (.docx)' },
  { value: 'pdf', title: 'PDF' },
  { value: 'audio', title: 'Âm thanh (MP3, M4A, WAV, OGG)' },
  { value: 'video', title: 'Video (MP4, WebM)' },
] as const satisfies Vocabulary;
export type EntryFileKind = (typeof entryFileKinds)[number]['value'];

export const nomineeKinds = [
  { value: 'ca-nhan', title: 'Cá nhân' },
  { value: 'tap-the', title: 'Tập thể' },
] as const satisfies Vocabulary;
export type NomineeKind = (typeof nomineeKinds)[number]['value'];

/** Participation document types that live only in the private store: never in a public dataset, never fetched by the site build. */
export const PRIVATE_DOCUMENT_TYPES: readonly string[] = ['nomination', 'judge', 'judgeScore'];
