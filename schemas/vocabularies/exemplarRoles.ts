import type { Vocabulary } from './types.ts';

/** Exemplar kinds: an individual (cá nhân) or a collective (tập thể). */
export const exemplarKinds = [
  { value: 'ca-nhan', title: 'Cá nhân' },
  { value: 'tap-the', title: 'Tập thể' },
] as const satisfies Vocabulary;

/** Roles for individual exemplars (domain.md, "Who an exemplar can be"). */
export const individualRoles = [
  { value: 'nha-giao', title: 'Nhà giáo' },
  { value: 'can-bo-quan-ly', title: 'Cán bộ quản lý giáo dục' },
  { value: 'can-bo-nghien-cuu', title: 'Cán bộ nghiên cứu giáo dục' },
  { value: 'nhan-vien', title: 'Nhân viên, viên chức' },
  { value: 'hoc-sinh', title: 'Học sinh' },
  { value: 'sinh-vien', title: 'Sinh viên' },
  { value: 'khac', title: 'Khác' },
] as const satisfies Vocabulary;

/** Roles for collective exemplars. */
export const collectiveRoles = [
  { value: 'truong-hoc', title: 'Trường học' },
  { value: 'to-chuyen-mon', title: 'Tổ chuyên môn' },
  { value: 'lop-hoc', title: 'Lớp học' },
  { value: 'doi-nhom', title: 'Đội, nhóm' },
  { value: 'phong-ban', title: 'Phòng, ban' },
] as const satisfies Vocabulary;

export const exemplarRoles = [...individualRoles, ...collectiveRoles] as const satisfies Vocabulary;
