// The search page's filters: key in the Pagefind index → URL parameter and label, in display order.
// No imports: the browser code of /tim-kiem/ reads this too.
/** Filter key (in the index) → URL parameter and label on the search page, in display order. */
export const SEARCH_FILTERS = [
  { key: 'format', param: 'dang', label: 'Thể loại' },
  { key: 'column', param: 'chuyen-muc', label: 'Chuyên mục' },
  { key: 'theme', param: 'chu-de', label: 'Chủ đề, phong trào' },
  { key: 'province', param: 'tinh', label: 'Tỉnh, thành phố' },
  { key: 'year', param: 'nam', label: 'Năm' },
] as const;

export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];
