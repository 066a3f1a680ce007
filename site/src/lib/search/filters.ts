// The search filters: which Pagefind filter each page carries (emitted by SearchMeta.astro as
// `data-pagefind-filter`) and the query-string parameter of each on /tim-kiem/. Values are the
// Vietnamese labels readers see (Pagefind returns them as they are). Pure: no Astro imports.
import { storyFormats, titleOf } from '@guong-sang/schemas';
import { collator } from '../format/collator.ts';
import { SEARCH_FILTERS, SEARCH_TYPE_ORDER, SEARCH_TYPES, type SearchFilterKey } from './params.ts';

export { SEARCH_FILTERS, SEARCH_TYPES, type SearchFilterKey };

export type PageFilters = Partial<Record<SearchFilterKey, string[]>>;

// Built once (constructing an Intl.DateTimeFormat costs more than formatting; this runs once per page).
const yearFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' });

const year = (iso: string | null | undefined): string | undefined => {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return yearFormat.format(date);
};

const clean = (values: Array<string | null | undefined>): string[] =>
  [...new Set(values.map((v) => v?.normalize('NFC').trim()).filter((v): v is string => Boolean(v)))];

function compact(filters: Record<SearchFilterKey, Array<string | null | undefined>>): PageFilters {
  const out: PageFilters = {};
  for (const { key } of SEARCH_FILTERS) {
    const values = clean(filters[key]);
    if (values.length) out[key] = values;
  }
  return out;
}

interface Named {
  name?: string | null;
}
interface Titled {
  title?: string | null;
}

/** The structural part of a story the filters read (the storiesQuery result fits). */
export interface StoryLike {
  format?: string | null;
  publishedAt?: string | null;
  column?: Titled | null;
  themes?: Array<Titled | null> | null;
  exemplars?: Array<{ province?: Named | null } | null> | null;
}

/** The structural part of an exemplar the filters read. */
export interface ExemplarLike {
  province?: Named | null;
}

/** A story: its format, column, themes, the provinces of the exemplars it features, its year. */
export function storyFilters(story: StoryLike): PageFilters {
  return compact({
    type: [SEARCH_TYPES.story],
    format: [titleOf(storyFormats, story.format ?? undefined) ?? titleOf(storyFormats, 'bai-viet')],
    column: [story.column?.title],
    theme: (story.themes ?? []).map((t) => t?.title),
    province: (story.exemplars ?? []).map((e) => e?.province?.name),
    year: [year(story.publishedAt)],
  });
}

const only = (filters: Partial<Record<SearchFilterKey, Array<string | null | undefined>>>): PageFilters =>
  compact({ type: [], format: [], column: [], theme: [], province: [], year: [], ...filters });

/** An exemplar profile: its type and province (no format: the type says what it is). */
export function exemplarFilters(exemplar: ExemplarLike): PageFilters {
  return only({ type: [SEARCH_TYPES.exemplar], province: [exemplar.province?.name] });
}

/** A contest: its type and the year it opens. */
export function contestFilters(contest: { opensAt?: string | null }): PageFilters {
  return only({ type: [SEARCH_TYPES.contest], year: [year(contest.opensAt)] });
}

/** An event: its type and the year it takes place. */
export function eventFilters(event: { startsAt?: string | null }): PageFilters {
  return only({ type: [SEARCH_TYPES.event], year: [year(event.startsAt)] });
}

/** An e-publication: its type and its year (the edition's year, else when it was published). */
export function publicationFilters(publication: { year?: number | null; publishedAt?: string | null }): PageFilters {
  return only({ type: [SEARCH_TYPES.publication], year: [publication.year ? String(publication.year) : year(publication.publishedAt)] });
}

/** An honour (a custom record of the index): its type, its year and its recipients' provinces. */
export function honourFilters(honour: { year?: number | null; decisionDate?: string | null; provinces?: Array<string | null | undefined> }): PageFilters {
  return only({ type: [SEARCH_TYPES.honour], year: [honour.year ? String(honour.year) : honour.decisionDate?.slice(0, 4)], province: honour.provinces ?? [] });
}

/** Every value each filter takes across the indexed pages, sorted for the search form. */
export function filterOptions(pages: PageFilters[]): Record<SearchFilterKey, string[]> {
  const out = Object.fromEntries(SEARCH_FILTERS.map(({ key }) => [key, new Set<string>()])) as Record<SearchFilterKey, Set<string>>;
  for (const page of pages) for (const { key } of SEARCH_FILTERS) for (const value of page[key] ?? []) out[key].add(value);
  return Object.fromEntries(
    SEARCH_FILTERS.map(({ key }) => [
      key,
      [...out[key]].sort(
        key === 'year'
          ? (a, b) => Number(b) - Number(a)
          : key === 'type'
            ? (a, b) => SEARCH_TYPE_ORDER.indexOf(a) - SEARCH_TYPE_ORDER.indexOf(b)
            : collator.compare,
      ),
    ]),
  ) as Record<SearchFilterKey, string[]>;
}
