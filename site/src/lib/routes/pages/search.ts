// The search page's filters (/tim-kiem/): every value each filter takes across the indexed pages
// and records (stories, exemplar profiles, contests, events, e-publications, honours), for the
// form's options. The same functions give each page its filters (components/SearchMeta.astro) and
// each honour record its filters (lib/search/write-index.ts), so an option always has results.
import { filterOptions, honourFilters, SEARCH_FILTERS } from '../../search/filters.ts';
import { contestSearchMeta, eventSearchMeta, exemplarSearchMeta, publicationSearchMeta, storySearchMeta } from '../../search/page-meta.ts';
import type { RouteData } from '../types.ts';

export function searchFilters(data: RouteData) {
  const options = filterOptions([
    ...data.stories.map((s) => storySearchMeta(s).filters),
    ...data.exemplars.map((e) => exemplarSearchMeta(e).filters),
    ...data.contests.map((c) => contestSearchMeta(c).filters),
    ...data.events.map((e) => eventSearchMeta(e).filters),
    ...data.publications.map((p) => publicationSearchMeta(p).filters),
    ...data.honours.map((h) => honourFilters({ ...h, provinces: h.recipients.map((r) => r.province?.name) })),
  ]);
  return SEARCH_FILTERS.filter(({ key }) => options[key].length > 0).map((filter) => ({ ...filter, options: options[filter.key] }));
}
