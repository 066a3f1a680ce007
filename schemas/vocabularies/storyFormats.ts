import type { Vocabulary } from './types.ts';

/** Story formats seen on Vietnamese news sites (domain.md, "Story formats"). */
export const storyFormats = [
  { value: 'bai-viet', title: 'Bài viết' },
  { value: 'phong-su', title: 'Phóng sự' },
  { value: 'ky-su', title: 'Ký sự' },
  { value: 'phong-su-anh', title: 'Phóng sự ảnh' },
  { value: 'video', title: 'Video' },
  { value: 'podcast', title: 'Podcast' },
  { value: 'infographic', title: 'Infographic' },
  { value: 'longform', title: 'Longform / E-Magazine' },
] as const satisfies Vocabulary;
