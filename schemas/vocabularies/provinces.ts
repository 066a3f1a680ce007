import { slugify } from '../text/slugify.ts';
import type { Vocabulary, VocabularyEntry } from './types.ts';

/**
 * The 34 provincial-level units since 01/07/2025 (Resolution 202/2025/QH15).
 *
 * This file is the source the dataset ships as `province` documents (see `provinceDocuments()`);
 * editors may later edit those documents, so code must never hard-code this list elsewhere.
 * Older stories keep the place names of the old 63 provinces in their text.
 */

export type ProvinceKind = 'tinh' | 'thanh-pho';

export interface ProvinceEntry extends VocabularyEntry {
  /** Document id, `province.<slug>`. */
  readonly id: string;
  readonly kind: ProvinceKind;
  /** Display order: the six cities first, then provinces, as listed in the resolution summary. */
  readonly order: number;
}

export const provinceKinds = [
  { value: 'thanh-pho', title: 'Thành phố trực thuộc trung ương' },
  { value: 'tinh', title: 'Tỉnh' },
] as const satisfies Vocabulary<ProvinceKind>;

const CITIES = ['Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'Thành phố Hồ Chí Minh', 'Cần Thơ'];

const PROVINCES = [
  'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Cao Bằng', 'Tuyên Quang', 'Lào Cai',
  'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Ninh Bình', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh',
  'Quảng Trị', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Đồng Nai', 'Tây Ninh',
  'Vĩnh Long', 'Đồng Tháp', 'An Giang', 'Cà Mau',
];

// "Thành phố Hồ Chí Minh" keeps its official name but gets the short slug everyone uses in URLs.
function provinceSlug(name: string): string {
  return slugify(name.replace(/^Thành phố /, ''));
}

function entry(name: string, kind: ProvinceKind, order: number): ProvinceEntry {
  const value = provinceSlug(name);
  return { value, title: name, id: `province.${value}`, kind, order };
}

export const provinces: readonly ProvinceEntry[] = [
  ...CITIES.map((name, index) => entry(name, 'thanh-pho', index + 1)),
  ...PROVINCES.map((name, index) => entry(name, 'tinh', CITIES.length + index + 1)),
];

/** The provinces as importable `province` documents (the dataset engineer ships these). */
export function provinceDocuments(): {
  _id: string;
  _type: 'province';
  name: string;
  slug: { _type: 'slug'; current: string };
  kind: ProvinceKind;
  order: number;
}[] {
  return provinces.map((province) => ({
    _id: province.id,
    _type: 'province',
    name: province.title,
    slug: { _type: 'slug', current: province.value },
    kind: province.kind,
    order: province.order,
  }));
}
