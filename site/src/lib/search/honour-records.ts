// Honours have no page of their own: they are rows of the register (/bang-vang/), each with an
// anchor. The search index gets one Pagefind custom record per public honour, read from the built
// site's open-data file (/du-lieu-mo/khen-thuong.json: public honours only, already past the
// drafts / scheduling seam), so the deferred indexer (site/scripts/search-index.mjs) needs nothing
// but the built folder. The record's text is what a reader would type: the title, the recipients'
// names and provinces, the decision number, the issuer and the year.
import { honourFilters, type PageFilters } from './filters.ts';
import { HONOURS_URL } from '../routes/urls.ts';

/** The register row's id for an honour (stable, from the document id; safe in a URL fragment). */
export function honourAnchor(id: string): string {
  return `kt-${id.replace(/^honour\./, '').replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** The open-data JSON of the honours, relative to the site's root. */
export const HONOUR_OPEN_DATA_FILE = 'du-lieu-mo/khen-thuong.json';

interface HonourOpenRecord {
  id?: unknown;
  title?: unknown;
  category_label?: unknown;
  level_label?: unknown;
  decision_number?: unknown;
  decision_date?: unknown;
  issuer?: unknown;
  year?: unknown;
  recipient_names?: unknown;
  recipient_provinces?: unknown;
}

export interface HonourSearchRecord {
  url: string;
  content: string;
  language: 'vi';
  meta: Record<string, string>;
  filters: PageFilters;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.normalize('NFC').trim() : '');
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map(text).filter(Boolean) : []);

/** A plain YYYY-MM-DD as d/m/yyyy, the way the register prints dates (no zone shift). */
const plainDate = (value: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : '';
};

/** The custom records of the open-data file's honours; a record without an id or title is skipped. */
export function honourSearchRecords(openData: unknown): HonourSearchRecord[] {
  const records = (openData as { records?: unknown } | null)?.records;
  if (!Array.isArray(records)) return [];
  return (records as HonourOpenRecord[]).flatMap((record) => {
    const id = text(record.id);
    const title = text(record.title);
    if (!id || !title) return [];
    const names = texts(record.recipient_names);
    const provinces = [...new Set(texts(record.recipient_provinces))];
    const decision = text(record.decision_number);
    const date = plainDate(text(record.decision_date));
    const year = typeof record.year === 'number' && Number.isInteger(record.year) ? record.year : null;
    const decisionLine = [decision && `Quyết định số ${decision}`, date && `ngày ${date}`].filter(Boolean).join(', ');
    const info = [names.join(', '), decisionLine, text(record.issuer)].filter(Boolean).join(' · ');
    const content = [
      `${title}.`,
      names.length ? `${names.join(', ')}${provinces.length ? ` (${provinces.join(', ')})` : ''}.` : '',
      [text(record.category_label), text(record.level_label)].filter(Boolean).join(', '),
      decisionLine && `${decisionLine}.`,
      text(record.issuer),
      year ? `Năm ${year}.` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return [
      {
        url: `${HONOURS_URL}#${honourAnchor(id)}`,
        content,
        language: 'vi' as const,
        meta: { title: names.length ? `${title}: ${names.join(', ')}` : title, info },
        filters: honourFilters({ year, decisionDate: text(record.decision_date), provinces }),
      },
    ];
  });
}
