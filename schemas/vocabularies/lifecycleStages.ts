import type { Vocabulary } from './types.ts';

/**
 * How far an exemplar has come in the discover → foster → honour → publish cycle of Plan 595.
 * Ordered: later entries are further along.
 */
export const lifecycleStages = [
  { value: 'nhan-to-moi', title: 'Nhân tố mới' },
  { value: 'dang-boi-duong', title: 'Đang bồi dưỡng' },
  { value: 'dien-hinh-co-so', title: 'Điển hình cấp cơ sở' },
  { value: 'dien-hinh-cap-tinh', title: 'Điển hình cấp tỉnh, bộ, ngành' },
  { value: 'dien-hinh-toan-quoc', title: 'Điển hình toàn quốc' },
] as const satisfies Vocabulary;
