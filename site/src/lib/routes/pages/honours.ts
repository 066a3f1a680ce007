// The honours register (/bang-vang/): every public honour as a row with its decision and the data
// attributes <honours-register> filters and sorts on, and the filters' options with their counts.
// Contest prizes that are honours (issue 11) join the register once the contest's results are out:
// one row per awarded entry, the decision from the prize, the recipient the entrant's published name
// (or the sentence saying it is withheld), linked to the contest page.
import { honourCategories, honourLevels, titleOf, type Vocabulary } from '@guong-sang/schemas';
import { collator } from '../../format/collator.ts';
import type { Honour, RouteData } from '../types.ts';
import { HONOURS_URL, safeHref, urlFor } from '../urls.ts';
import { collectionSeo, type PageSeo } from '../seo.ts';
import { HONOURS_ROW } from '../../../scripts/ids.ts';
import { honourAnchor } from '../../search/honour-records.ts';
import { buildTime } from '../../build/clock.ts';
import { honourAwards, provinceName } from '../contest-results.ts';
import { entrantName } from './contests.ts';

/** The register's "Loại" of a contest prize awarded as an honour (not one of the honour categories). */
export const CONTEST_AWARD_CATEGORY = { value: 'giai-thuong-cuoc-thi', title: 'Giải thưởng cuộc thi' } as const;

export interface RegisterRow {
  id: string;
  title: string;
  categoryLabel: string | null;
  levelLabel: string | null;
  recipients: { name: string; href: string | null; province: string | null }[];
  decisionNumber: string | null;
  /** The decision document, when its URL is safe. */
  decisionHref: string | null;
  decisionDate: string | null;
  issuer: string | null;
  year: string;
  data: Record<string, string>;
}

export interface HonoursRegister {
  rows: RegisterRow[];
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

export function honoursRegister(data: RouteData, now: Date = buildTime()): HonoursRegister {
  const { honours } = data;
  const honourRows: RegisterRow[] = honours.map((h) => ({
    id: h._id,
    title: h.title ?? '',
    categoryLabel: titleOf(honourCategories, h.category) ?? null,
    levelLabel: titleOf(honourLevels, h.level) ?? null,
    recipients: h.recipients.map((r) => ({ name: r.name ?? '', href: urlFor('exemplar', r.slug), province: r.province?.name ?? null })),
    decisionNumber: h.decisionNumber,
    decisionHref: safeHref(h.decisionUrl),
    decisionDate: h.decisionDate,
    issuer: h.issuer,
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
  const awards = honourAwards(data, now);
  const awardRows: RegisterRow[] = awards.map(({ contest, entry, prize }) => {
    const title = [prize.title, contest.title].filter(Boolean).join(' — ');
    const year = prize.decisionDate?.slice(0, 4) ?? '';
    const province = entry.entrant?.province ?? '';
    return {
      id: entry._id,
      title,
      categoryLabel: CONTEST_AWARD_CATEGORY.title,
      levelLabel: titleOf(honourLevels, prize.honourLevel) ?? null,
      recipients: [{ name: `${entrantName(entry.entrant)} — “${entry.title ?? ''}”`, href: urlFor('contest', contest.slug), province: provinceName(province) }],
      decisionNumber: prize.decisionNumber,
      decisionHref: null,
      decisionDate: prize.decisionDate,
      issuer: prize.issuer,
      year,
      data: {
        [HONOURS_ROW]: entry._id,
        'data-cap': prize.honourLevel ?? '',
        'data-loai': CONTEST_AWARD_CATEGORY.value,
        'data-nam': year,
        'data-tinh': province,
        'data-date': prize.decisionDate ?? '',
        'data-title': title,
        'data-recipient': entrantName(entry.entrant),
        id: honourAnchor(entry._id),
      },
    };
  });
  // Newest decision first, as the honours query orders honours; an award joins at its date.
  const rows = [...honourRows, ...awardRows].sort((a, b) => (b.data['data-date'] ?? '').localeCompare(a.data['data-date'] ?? ''));
  const awardProvinces = awards.map((a) => a.entry.entrant?.province ?? '').filter(Boolean);
  const provinceNames = new Map([...honours.flatMap((h) => h.recipients.map((r) => [r.province?.slug ?? '', r.province?.name ?? ''] as const)), ...awardProvinces.map((p) => [p, provinceName(p) ?? p] as const)]);
  const categories = [...honourCategories, CONTEST_AWARD_CATEGORY];
  const filters = [
    { name: 'cap', label: 'Cấp khen thưởng', options: options(honourLevels, rows.map((r) => r.data['data-cap'] ?? ''), (v) => titleOf(honourLevels, v) ?? v) },
    { name: 'loai', label: 'Loại', options: options(categories, rows.map((r) => r.data['data-loai'] ?? ''), (v) => titleOf(categories, v) ?? v) },
    { name: 'nam', label: 'Năm', options: options(null, rows.map((r) => r.year), (v) => v).sort((a, b) => b.value.localeCompare(a.value)) },
    { name: 'tinh', label: 'Tỉnh, thành phố của người nhận', options: options(null, [...honours.flatMap(provincesOf), ...awardProvinces], (v) => provinceNames.get(v) ?? v) },
  ];
  // Each honour as a list item, linked to its (first) recipient's profile: honours have no page of their own.
  const items = rows.map((r) => ({ name: [r.title, r.recipients.map((x) => x.name).filter(Boolean).join(', ')].filter(Boolean).join(' — '), url: r.recipients[0]?.href ?? null }));
  const seo = collectionSeo(data, { name: 'Bảng vàng khen thưởng', path: HONOURS_URL, description: `${rows.length} danh hiệu, hình thức khen thưởng của các gương điển hình ngành Giáo dục, kèm số và ngày quyết định.`, items });
  return { rows, filters, seo };
}
