// Names shared by the markup and the client scripts in this folder: element ids, custom element tag
// names and the attributes a script looks for. Both sides import them from here, so renaming one
// in the markup cannot silently break a script.
//
// Plain string constants, and scripts use nothing else from this module: the bundlers copy the
// strings into each script (esbuild for the inline ones, Vite for the others), so no script loads
// a shared chunk for them and small scripts stay inlined in their page.
//
// Markup renders an attribute hook with `{...hook(NAME)}` (a bare attribute, `<p data-x>`); scripts
// find it with `[${NAME}]`.

/** `{ [name]: '' }`, spread into an element to give it the bare attribute `name` (markup only). */
export const hook = (name: string) => ({ [name]: '' });

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
/** The facet form and the <template> it comes in; its <select> names are the query parameters. */
export const DIRECTORY_FORM = 'data-directory-form';
/** The facet links (components/directory/FacetNav.astro) the form replaces when scripting works. */
export const DIRECTORY_FACET_NAV = 'data-facet-nav';
/** One list item per exemplar; facet values in data attributes named like the parameters. */
export const DIRECTORY_ITEM = 'data-exemplar';
/** The live count (role=status). */
export const DIRECTORY_COUNT = 'data-directory-count';
/** "Nothing matches", shown when no item does. */
export const DIRECTORY_EMPTY = 'data-directory-empty';

// Honours register — pages/bang-vang/index.astro and honours-register.ts.
export const HONOURS_TAG = 'honours-register';
/** The (hidden without JavaScript) filter form; its <select> names are the query parameters. */
export const HONOURS_FORM = 'data-honours-form';
/** One table row per honour; filter values and sort keys in data attributes. */
export const HONOURS_ROW = 'data-honour';
/** A sortable column header; the value is the `sap` parameter's value for that column. */
export const HONOURS_SORT = 'data-sort';
/** The live count (role=status). */
export const HONOURS_COUNT = 'data-honours-count';

// Search page — pages/tim-kiem/index.astro and search-page.ts.
/** The page's root: the form, status, results and "more" button are inside. */
export const SEARCH_PAGE = 'data-search-page';
/** The status line (role=status): prompt, "searching…", result count or error. */
export const SEARCH_STATUS = 'data-search-status';
/** The results list. */
export const SEARCH_RESULTS = 'data-search-results';
/** The "Xem thêm" button. */
export const SEARCH_MORE = 'data-search-more';
/** The search page's button that adds the archive bundle's older stories to the results. */
export const SEARCH_ARCHIVE = 'data-search-archive';

// Lightbox — components/pt/ZoomFigure.tsx, components/story/StoryPage.astro and lightbox.ts.
/** The custom element around a story body whose pictures open full size in a <dialog>. */
export const LIGHTBOX_TAG = 'gs-lightbox';
/** A picture's link to its full-size file (the lightbox opens it). */
export const LIGHTBOX_ITEM = 'data-lightbox-item';

// Participation forms — components/participation/*.astro and participation-form.ts.
/** The custom element around a participation form (entry or nomination). */
export const PARTICIPATION_TAG = 'gs-participation-form';
/** The GOV.UK-style error summary (focused on a failed submit); its <ul> gets one link per error. */
export const FORM_ERROR_SUMMARY = 'data-error-summary';
/** The status line under the submit button (role=status): upload progress, network errors. */
export const FORM_STATUS = 'data-form-status';
/** The upload's <progress> (hidden until a submit). */
export const FORM_PROGRESS = 'data-upload-progress';
/** The "Gửi lại" button shown after a network error (resends with the same idempotency key). */
export const FORM_RETRY = 'data-form-retry';
/** The legal representative's fieldset (entry form), shown with JavaScript only for a child. */
export const FORM_CHILD_FIELDSET = 'data-child-fieldset';
/** The child's own publish consent (inside the fieldset), needed from 7 when something is published. */
export const FORM_CHILD_CONSENT = 'data-child-consent';
/** The birth-year input the child rules read. */
export const FORM_BIRTH_YEAR = 'data-birth-year';
/** The live word count of the entry's text; the textarea carries data-max-words. */
export const FORM_WORD_COUNT = 'data-word-count';
/** A field whose value is never kept in sessionStorage (contact details). */
export const FORM_NO_STORE = 'data-no-store';
/** The human name of a field, for messages ("Xin nhập họ và tên."). */
export const FORM_LABEL = 'data-label';
/** On the form: at least one of these comma-separated field names must be filled (contact). */
export const FORM_ONE_OF = 'data-one-of';
/** On the nomination's consent checkbox: required when the `loai` select has this value. */
export const FORM_REQUIRED_WHEN = 'data-required-when';

// Confirmation pages — pages/tham-gia/da-nhan, pages/de-cu/da-nhan and receipt-code.ts.
/** Where the receipt code from `?ma=` is written (as text). */
export const RECEIPT_CODE = 'data-receipt-code';
/** Shown once a valid code was found (hidden otherwise). */
export const RECEIPT_FOUND = 'data-receipt-found';
/** The status link (to the hub's lookup form); its value is the server's status path, used once a code is found. */
export const RECEIPT_STATUS_LINK = 'data-receipt-status-link';
