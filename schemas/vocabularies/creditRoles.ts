import type { Vocabulary } from './types.ts';

/** What a person did on a story or publication. */
export const creditRoles = [
  { value: 'tac-gia', title: 'Tác giả' },
  { value: 'anh', title: 'Ảnh' },
  { value: 'bien-tap', title: 'Biên tập' },
  { value: 'video', title: 'Video' },
  { value: 'do-hoa', title: 'Đồ họa' },
  { value: 'thuc-hien', title: 'Thực hiện' },
  { value: 'dich', title: 'Dịch' },
  { value: 'loi-binh', title: 'Lời bình' },
] as const satisfies Vocabulary;
