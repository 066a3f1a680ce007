import type { Vocabulary } from './types.ts';

/** Kinds of recognition under the Law on Emulation and Commendation 06/2022/QH15. */
export const honourCategories = [
  { value: 'danh-hieu-thi-dua', title: 'Danh hiệu thi đua' },
  { value: 'hinh-thuc-khen-thuong', title: 'Hình thức khen thưởng' },
  { value: 'danh-hieu-vinh-du', title: 'Danh hiệu vinh dự Nhà nước' },
] as const satisfies Vocabulary;

/** Levels of recognition: cơ sở → bộ/ban/ngành/tỉnh → toàn quốc/Nhà nước. */
export const honourLevels = [
  { value: 'co-so', title: 'Cấp cơ sở' },
  { value: 'bo-tinh', title: 'Cấp bộ, ban, ngành, tỉnh' },
  { value: 'toan-quoc', title: 'Toàn quốc, Nhà nước' },
] as const satisfies Vocabulary;
