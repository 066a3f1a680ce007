import type { Vocabulary } from './types.ts';

/** Education levels (GDNN has been under MOET since 28/02/2025). */
export const educationLevels = [
  { value: 'mam-non', title: 'Mầm non' },
  { value: 'tieu-hoc', title: 'Tiểu học' },
  { value: 'thcs', title: 'Trung học cơ sở' },
  { value: 'thpt', title: 'Trung học phổ thông' },
  { value: 'gdnn', title: 'Giáo dục nghề nghiệp' },
  { value: 'dai-hoc', title: 'Đại học' },
  { value: 'gdtx', title: 'Giáo dục thường xuyên' },
] as const satisfies Vocabulary;
