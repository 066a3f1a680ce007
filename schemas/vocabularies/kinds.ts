import type { Vocabulary } from './types.ts';

/** Small closed lists used by one document type each. */

export const organisationKinds = [
  { value: 'truong', title: 'Trường học' },
  { value: 'so-gddt', title: 'Sở Giáo dục và Đào tạo' },
  { value: 'phong-gddt', title: 'Phòng Giáo dục và Đào tạo' },
  { value: 'bo', title: 'Bộ, cơ quan trung ương' },
  { value: 'dai-hoc', title: 'Đại học, học viện' },
  { value: 'khac', title: 'Khác' },
] as const satisfies Vocabulary;

export const columnKinds = [
  { value: 'chuyen-muc', title: 'Chuyên mục' },
  { value: 'chuyen-trang', title: 'Chuyên trang' },
] as const satisfies Vocabulary;

export const themeKinds = [
  { value: 'phong-trao', title: 'Phong trào thi đua' },
  { value: 'chu-de', title: 'Chủ đề' },
  { value: 'mo-hinh', title: 'Mô hình' },
] as const satisfies Vocabulary;

export const themeSelections = [
  { value: 'curated', title: 'Biên tập viên chọn bài' },
  { value: 'tagged', title: 'Tự động theo bài gắn chủ đề' },
] as const satisfies Vocabulary;

export const eventKinds = [
  { value: 'giao-luu', title: 'Giao lưu' },
  { value: 'toa-dam', title: 'Tọa đàm' },
  { value: 'le-ton-vinh', title: 'Lễ tôn vinh' },
] as const satisfies Vocabulary;

/** Contest placings; the empty value means "not placed (yet)". */
export const contestPlacings = [
  { value: 'giai-nhat', title: 'Giải Nhất' },
  { value: 'giai-nhi', title: 'Giải Nhì' },
  { value: 'giai-ba', title: 'Giải Ba' },
  { value: 'khuyen-khich', title: 'Giải Khuyến khích' },
  { value: '', title: 'Chưa xếp giải' },
] as const satisfies Vocabulary;

export const pageSizes = [
  { value: 'A5', title: 'A5 (sách)' },
  { value: 'A4', title: 'A4 (kỷ yếu, tạp chí)' },
] as const satisfies Vocabulary;

export const socialPlatforms = [
  { value: 'facebook', title: 'Facebook' },
  { value: 'youtube', title: 'YouTube' },
  { value: 'tiktok', title: 'TikTok' },
  { value: 'zalo', title: 'Zalo' },
  { value: 'khac', title: 'Khác' },
] as const satisfies Vocabulary;
