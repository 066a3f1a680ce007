// What the search index holds about each kind of page besides its text: the filters (type first)
// and the one-line "info" a result shows under its title (a date, a place, an edition). Kept to what
// the result list shows, because Pagefind ships every meta field in every result fragment. Pure.
import { formatDateInVietnam } from '../format/date.ts';
import {
  contestFilters,
  eventFilters,
  exemplarFilters,
  publicationFilters,
  storyFilters,
  type ExemplarLike,
  type PageFilters,
  type StoryLike,
} from './filters.ts';

export interface SearchPageMeta {
  filters: PageFilters;
  /** One short line: when, where, which edition. Empty when there is nothing to say. */
  info: string;
}

const join = (...parts: Array<string | null | undefined | false>) => parts.filter(Boolean).join(' · ');
const date = (iso: string | null | undefined) => (iso ? formatDateInVietnam(iso) : '');

export function storySearchMeta(story: StoryLike): SearchPageMeta {
  return { filters: storyFilters(story), info: date(story.publishedAt) };
}

export function exemplarSearchMeta(exemplar: ExemplarLike & { role?: string | null }): SearchPageMeta {
  return { filters: exemplarFilters(exemplar), info: join(exemplar.province?.name) };
}

export function contestSearchMeta(contest: { opensAt?: string | null; closesAt?: string | null }): SearchPageMeta {
  const open = date(contest.opensAt);
  const close = date(contest.closesAt);
  return { filters: contestFilters(contest), info: open && close ? `Nhận bài ${open} – ${close}` : open || close };
}

export function eventSearchMeta(event: {
  startsAt?: string | null;
  venue?: { name?: string | null; province?: { name?: string | null } | null } | null;
}): SearchPageMeta {
  const filters = eventFilters(event);
  const province = event.venue?.province?.name?.trim();
  if (province) filters.province = [province.normalize('NFC')];
  return { filters, info: join(date(event.startsAt), event.venue?.name, province) };
}

export function publicationSearchMeta(publication: { edition?: string | null; year?: number | null; publishedAt?: string | null }): SearchPageMeta {
  return { filters: publicationFilters(publication), info: join(publication.edition, publication.year ? String(publication.year) : date(publication.publishedAt)) };
}
