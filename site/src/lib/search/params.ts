// The search page's filters: key in the Pagefind index → URL parameter and label, in display order.
// No imports: the browser code of /tim-kiem/ reads this too.
/** Filter key (in the index) → URL parameter and label on the search page, in display order. */
export const SEARCH_FILTERS = [
  { key: 'type', param: 'loai', label: 'Loại nội dung' },
  { key: 'format', param: 'dang', label: 'Thể loại' },
  { key: 'column', param: 'chuyen-muc', label: 'Chuyên mục' },
  { key: 'theme', param: 'chu-de', label: 'Chủ đề, phong trào' },
  { key: 'province', param: 'tinh', label: 'Tỉnh, thành phố' },
  { key: 'year', param: 'nam', label: 'Năm' },
] as const;

export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];

/** The kinds of search result, as the `type` filter's values (the label each result shows). */
export const SEARCH_TYPES = {
  story: 'Bài viết',
  exemplar: 'Gương điển hình',
  contest: 'Cuộc thi',
  event: 'Sự kiện',
  publication: 'Ấn phẩm',
  honour: 'Khen thưởng',
} as const;

/** The order of the type filter's options on the search page. */
export const SEARCH_TYPE_ORDER: readonly string[] = Object.values(SEARCH_TYPES);
