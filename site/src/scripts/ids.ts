// Names shared by the markup and the client scripts in this folder: element ids, custom element tag
// names and the attributes a script looks for. Both sides import them from here, so renaming one
// in the markup cannot silently break a script. Plain string constants only (no side effects): the
// inline scripts are bundled with this module and keep just the names they use.
//
// Markup renders an attribute hook with `{...hook(NAME)}` (a bare attribute, `<p data-x>`); scripts
// find it with `selector(NAME)` (`[data-x]`).

/** `{ [name]: true }`, spread into an element to give it the bare attribute `name`. */
export const hook = (name: string) => ({ [name]: true });
/** The CSS attribute selector `[name]`. */
export const selector = (name: string) => `[${name}]`;

// Theme toggle — Base.astro (the header's button) and theme.ts.
/** The header's theme toggle button (aria-pressed = dark theme). */
export const THEME_TOGGLE_ID = 'giao-dien';

// Embed facades — components/pt/MediaEmbed.tsx and embed-facade.ts.
/** The custom element around a facade's link. */
export const EMBED_TAG = 'gs-embed';
/** The player's iframe URL (loaded only after the click). */
export const EMBED_SRC = 'data-src';
/** The player's iframe title. */
export const EMBED_TITLE = 'data-title';

// Exemplar directory — pages/guong-dien-hinh/index.astro, components/directory/ExemplarList.astro
// and exemplar-directory.ts.
export const DIRECTORY_TAG = 'exemplar-directory';
export const DIRECTORY = {
  /** The (hidden without JavaScript) facet form; its <select> names are the query parameters. */
  form: 'data-directory-form',
  /** One list item per exemplar; facet values in data attributes named like the parameters. */
  item: 'data-exemplar',
  /** The live count (role=status). */
  count: 'data-directory-count',
  /** "Nothing matches", shown when no item does. */
  empty: 'data-directory-empty',
} as const;

// Honours register — pages/bang-vang/index.astro and honours-register.ts.
export const HONOURS_TAG = 'honours-register';
export const HONOURS = {
  /** The (hidden without JavaScript) filter form; its <select> names are the query parameters. */
  form: 'data-honours-form',
  /** One table row per honour; filter values and sort keys in data attributes. */
  row: 'data-honour',
  /** A sortable column header; the value is the `sap` parameter's value for that column. */
  sort: 'data-sort',
  /** The live count (role=status). */
  count: 'data-honours-count',
} as const;

// Search page — pages/tim-kiem/index.astro and search-page.ts.
export const SEARCH = {
  /** The page's root: the form, status, results and "more" button are inside. */
  page: 'data-search-page',
  /** The status line (role=status): prompt, "searching…", result count or error. */
  status: 'data-search-status',
  /** The results list. */
  results: 'data-search-results',
  /** The "Xem thêm" button. */
  more: 'data-search-more',
} as const;
