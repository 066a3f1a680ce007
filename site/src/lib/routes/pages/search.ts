// The search page's filters (/tim-kiem/): every value each filter takes across the indexed pages
// (stories and exemplar profiles), for the form's options.
import { exemplarFilters, filterOptions, SEARCH_FILTERS, storyFilters } from '../../search/filters.ts';
import type { RouteData } from '../types.ts';

export function searchFilters(data: RouteData) {
  const options = filterOptions([...data.stories.map(storyFilters), ...data.exemplars.map(exemplarFilters)]);
  return SEARCH_FILTERS.filter(({ key }) => options[key].length > 0).map((filter) => ({ ...filter, options: options[filter.key] }));
}
