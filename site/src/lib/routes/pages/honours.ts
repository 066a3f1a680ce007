// The honours register (/bang-vang/): every public honour as a row with its decision and the data
// attributes <honours-register> filters and sorts on, and the filters' options with their counts.
import { honourCategories, honourLevels, titleOf, type Vocabulary } from '@guong-sang/schemas';
import { collator } from '../../format/collator.ts';
import type { Honour, RouteData } from '../types.ts';
import { HONOURS_URL, safeHref, urlFor } from '../urls.ts';
import { collectionSeo, type PageSeo } from '../seo.ts';
import { HONOURS_ROW } from '../../../scripts/ids.ts';
import { honourAnchor } from '../../search/honour-records.ts';

export interface HonoursRegister {
  rows: { honour: Honour; href: string | null; year: string; data: Record<string, string> }[];
  filters: { name: string; label: string; options: { value: string; count: number; label: string }[] }[];
  seo: PageSeo;
}

const yearOf = (h: Honour) => String(h.year ?? h.decisionDate?.slice(0, 4) ?? '');
const provincesOf = (h: Honour) => [...new Set(h.recipients.map((r) => r.province?.slug).filter((s): s is string => !!s))];

function options(vocabulary: Vocabulary | null, values: Iterable<string>, label: (v: string) => string) {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  const rank = (v: string) => (vocabulary ? vocabulary.findIndex((e) => e.value === v) : -1);
  return [...counts]
    .map(([value, count]) => ({ value, count, label: label(value) }))
    .sort((a, b) => rank(a.value) - rank(b.value) || collator.compare(a.label, b.label));
}

export function honoursRegister(data: RouteData): HonoursRegister {
  const { honours } = data;
  const rows = honours.map((h) => ({
    honour: h,
    href: safeHref(h.decisionUrl),
    year: yearOf(h),
    data: {
      [HONOURS_ROW]: h._id,
      'data-cap': h.level ?? '',
      'data-loai': h.category ?? '',
      'data-nam': yearOf(h),
      'data-tinh': provincesOf(h).join(' '),
      'data-date': h.decisionDate ?? '',
      'data-title': h.title ?? '',
      'data-recipient': h.recipients[0]?.name ?? '',
      // The anchor a search result for this honour links to (lib/search/honour-records.ts).
      id: honourAnchor(h._id),
    },
  }));
  const provinceNames = new Map(honours.flatMap((h) => h.recipients.map((r) => [r.province?.slug ?? '', r.province?.name ?? ''] as const)));
  const filters = [
    { name: 'cap', label: 'Cấp khen thưởng', options: options(honourLevels, honours.map((h) => h.level ?? ''), (v) => titleOf(honourLevels, v) ?? v) },
    { name: 'loai', label: 'Loại', options: options(honourCategories, honours.map((h) => h.category ?? ''), (v) => titleOf(honourCategories, v) ?? v) },
    { name: 'nam', label: 'Năm', options: options(null, honours.map(yearOf), (v) => v).sort((a, b) => b.value.localeCompare(a.value)) },
    { name: 'tinh', label: 'Tỉnh, thành phố của người nhận', options: options(null, honours.flatMap(provincesOf), (v) => provinceNames.get(v) ?? v) },
  ];
  // Each honour as a list item, linked to its (first) recipient's profile: honours have no page of their own.
  const items = honours.map((h) => ({ name: [h.title, h.recipients.map((r) => r.name).filter(Boolean).join(', ')].filter(Boolean).join(' — '), url: urlFor('exemplar', h.recipients[0]?.slug) }));
  const seo = collectionSeo(data, { name: 'Bảng vàng khen thưởng', path: HONOURS_URL, description: `${honours.length} danh hiệu, hình thức khen thưởng của các gương điển hình ngành Giáo dục, kèm số và ngày quyết định.`, items });
  return { rows, filters, seo };
}
