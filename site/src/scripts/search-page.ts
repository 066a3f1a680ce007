// The search page's browser code (/tim-kiem/ only, loaded by the page's processed <script>, which
// Astro bundles and minifies): reads the query and filters from the URL, asks Pagefind through its
// JS API (loaded on first use, on the main thread: no worker download) and renders results with our
// own Vietnamese strings. The form is a plain GET form, so without JavaScript the URL still carries
// the query; the page says results need JavaScript. The query logic (stateFromUrl, urlForState,
// runSearch) is exported for the tests, which import this module in Node (no document).
//
// The index is two Pagefind bundles (lib/search/bundles.ts): the main one (everything but older
// stories) is searched first; the archive of older stories only when the main one has less than a
// page of results, when a year filter asks for an old year, or when the reader presses "Tìm cả
// trong bài cũ hơn". Archive results always come after the main ones (newer first, each part by
// relevance), so results already on screen never move.
import { mergeHits, planSearch, type RankedHit } from '../lib/search/vietnamese.ts';
import { SEARCH_FILTERS, SEARCH_TYPES } from '../lib/search/params.ts';
import { archiveForYear, MAIN_BUNDLE, SPLIT_FILE, type SearchSplit } from '../lib/search/bundles.ts';
import { SEARCH_ARCHIVE, SEARCH_MORE, SEARCH_PAGE, SEARCH_RESULTS, SEARCH_STATUS } from './ids.ts';

interface PagefindFragment {
  url: string;
  /** The page's indexed text. */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  /** Word positions matched in the page's indexed text. */
  words: number[];
  data(): Promise<PagefindFragment>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  mergeIndex(indexPath: string, options?: { baseUrl?: string; exactDiacritics?: boolean }): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindResponse | null>;
}

/** Results shown per step ("Xem thêm" adds as many). */
export const PAGE_SIZE = 10;

// One Pagefind instance per bundle: each bundle's pagefind.js is its own module (its own URL), with
// its own index. The archive is written in parts (lib/search/bundles.ts): the first part's instance
// merges the others (Pagefind's mergeIndex), so it searches them as one index. A merged index keeps
// the options it was merged with (options() reaches only the first), so exact-tone searches of a
// merged archive go to a second instance, merged with exactDiacritics on (same files: the browser's
// cache answers; `?chinh-xac` only makes the module a separate instance).
const apis = new Map<string, Promise<PagefindApi>>();
function pagefind(bundle: string, merged: readonly string[] = [], exact = false): Promise<PagefindApi> {
  const key = `${bundle}${exact ? ' chính xác' : ''}`;
  let api = apis.get(key);
  if (!api) {
    api = (async () => {
      const url = new URL(`${bundle}pagefind.js${exact ? '?chinh-xac' : ''}`, location.href).href;
      const pf = (await import(/* @vite-ignore */ url)) as PagefindApi;
      // Pagefind decodes its index and searches in its own Web Worker (pagefind-worker.js, allowed by
      // the CSP's worker-src 'self'), so a phone's main thread stays free while results come
      // (Lighthouse's Total Blocking Time). Options are given before init(), which applies them.
      const fixed = exact ? { exactDiacritics: true } : {};
      await pf.options({ baseUrl: '/', excerptLength: 26, excerptEllipsis: '…', ...fixed });
      await pf.init?.();
      for (const part of merged) await pf.mergeIndex(part, { baseUrl: '/', ...fixed });
      return pf;
    })();
    apis.set(key, api);
    api.catch(() => apis.delete(key));
  }
  return api;
}

/** The archive as one index: its parts merged, or (an index written before parts) the folder itself. */
function archiveIndex(split: SearchSplit, exact = false): Promise<PagefindApi> {
  const [first, ...rest] = split.archiveParts?.length ? split.archiveParts.map((part) => part.path) : [split.archive!];
  return pagefind(first!, rest, exact);
}

const NO_SPLIT: SearchSplit = { archive: null, before: null, recentStories: 0, archivedStories: 0, archiveParts: [] };
let splitRequest: Promise<SearchSplit> | undefined;
/** Where the bundles split; a site indexed before the split existed (or a failed fetch) has no archive. */
function searchSplit(): Promise<SearchSplit> {
  splitRequest ??= fetch(new URL(`${MAIN_BUNDLE}${SPLIT_FILE}`, location.href))
    .then((response) => (response.ok ? (response.json() as Promise<SearchSplit>) : NO_SPLIT))
    .then((split) => (typeof split?.archive === 'string' && typeof split.before === 'string' ? split : NO_SPLIT))
    .catch(() => NO_SPLIT);
  return splitRequest;
}

/** Whether the archive (older stories only) can hold results for these filters. */
export function archiveCanMatch(state: SearchState, split: SearchSplit): boolean {
  if (!split.archive || !split.before) return false;
  if (state.filters.type && state.filters.type !== SEARCH_TYPES.story) return false;
  return !state.filters.year || archiveForYear(state.filters.year, split) === 'now';
}

const dayFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: 'numeric', month: 'numeric', year: 'numeric' });

export interface SearchState {
  q: string;
  filters: Record<string, string>;
}

export function stateFromUrl(url: URL): SearchState {
  const filters: Record<string, string> = {};
  for (const { key, param } of SEARCH_FILTERS) {
    const value = url.searchParams.get(param)?.normalize('NFC').trim();
    if (value) filters[key] = value;
  }
  return { q: planSearch(url.searchParams.get('q') ?? '').query, filters };
}

export function urlForState(state: SearchState, base: string): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const { key, param } of SEARCH_FILTERS) if (state.filters[key]) params.set(param, state.filters[key]!);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

type Hit = RankedHit<PagefindResult>;

/**
 * Run the plan's Pagefind searches and merge. Exact-tone queries go to `exactPf` when given (an
 * instance whose every index has exactDiacritics on); otherwise the option is switched on `pf` for
 * them (one search at a time: it is an instance option).
 */
export async function runSearch(pf: PagefindApi, state: SearchState, exactPf?: PagefindApi) {
  const filters = state.filters;
  const plan = planSearch(state.q);
  // A page whose text has none of the words matched only through metadata (e.g. the thumbnail's
  // file name, which Pagefind searches too): not a result. Filter-only searches have no words.
  const toHits = (response: PagefindResponse | null, needWords = true): Hit[] =>
    (response?.results ?? [])
      .filter((result) => !needWords || result.words.length > 0)
      .map((result) => ({ id: result.id, score: result.score, result }));
  if (!plan.words.length) {
    // Filters only: every page carrying them (Pagefind's filter-only search).
    const only = Object.keys(filters).length ? toHits(await pf.search(null, { filters }), false) : [];
    return { plan, hits: mergeHits([], [only]) };
  }
  const exactRuns: Hit[][] = [];
  const foldedRuns: Hit[][] = [];
  if (plan.exact.length && exactPf) {
    for (const query of plan.exact) exactRuns.push(toHits(await exactPf.search(query, { filters })));
  } else if (plan.exact.length) {
    await pf.options({ exactDiacritics: true });
    try {
      for (const query of plan.exact) exactRuns.push(toHits(await pf.search(query, { filters })));
    } finally {
      await pf.options({ exactDiacritics: false });
    }
  }
  for (const query of plan.folded) foldedRuns.push(toHits(await pf.search(query, { filters })));
  return { plan, hits: mergeHits(exactRuns, foldedRuns) };
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

/** One result: type label (and format), title, info line (date, place), excerpt, thumbnail. */
function renderResult(fragment: PagefindFragment): HTMLLIElement {
  const title = fragment.meta.title || fragment.url;
  const link = el('a', { href: fragment.url }, title);
  const type = fragment.filters.type?.[0];
  const format = fragment.filters.format?.[0];
  const kind = [type, format !== type ? format : undefined].filter(Boolean).join(' · ');
  const body = el('div', { className: 'search-result__body' });
  if (kind) body.append(el('p', { className: 'search-result__type' }, kind));
  body.append(el('h2', { className: 'search-result__title' }, link));
  if (fragment.meta.info) body.append(el('p', { className: 'meta search-result__info' }, fragment.meta.info));
  const excerpt = el('p', { className: 'search-result__excerpt' });
  // Pagefind builds the excerpt from text it escaped itself (< and >) and adds only <mark>.
  excerpt.innerHTML = fragment.excerpt;
  body.append(excerpt);
  const item = el('li', { className: 'search-result' }, body);
  if (type) item.dataset.type = type;
  // The thumbnail's slot is fixed (CSS), picture or not, so results line up and nothing shifts.
  const slot = el('div', { className: 'search-result__thumb' });
  if (fragment.meta.image) slot.append(el('img', { src: fragment.meta.image, alt: '', loading: 'lazy', decoding: 'async', width: 160, height: 107 }));
  item.prepend(slot);
  return item;
}

/** Wire the search page: form, filters, URL, history. */
export function startSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>(`[${SEARCH_STATUS}]`)!;
  const list = root.querySelector<HTMLOListElement>(`[${SEARCH_RESULTS}]`)!;
  const more = root.querySelector<HTMLButtonElement>(`[${SEARCH_MORE}]`)!;
  const older = root.querySelector<HTMLButtonElement>(`[${SEARCH_ARCHIVE}]`)!;
  const base = form.getAttribute('action') || location.pathname;
  const baseTitle = document.title;
  let run = 0;
  let hits: Array<{ result: PagefindResult }> = [];
  let shown = 0;
  /** Results from the archive in `hits` (after the main ones); undefined while it was not searched. */
  let archived: number | undefined;
  let current: SearchState = { q: '', filters: {} };
  /** Where the bundles split, once known. */
  let split: SearchSplit | undefined;

  const selects = () => [...form.querySelectorAll<HTMLSelectElement>('select[name]')];
  const fill = (state: SearchState) => {
    input.value = state.q;
    for (const select of selects()) {
      const key = SEARCH_FILTERS.find((f) => f.param === select.name)?.key;
      const value = (key && state.filters[key]) || '';
      // A value from a shared URL that the form does not list is added, so the form shows it.
      if (value && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
      select.value = value;
    }
  };
  const read = (): SearchState => {
    const filters: Record<string, string> = {};
    for (const select of selects()) {
      const key = SEARCH_FILTERS.find((f) => f.param === select.name)?.key;
      if (key && select.value) filters[key] = select.value;
    }
    return { q: planSearch(input.value).query, filters };
  };

  const showMore = async (mine: number, before?: () => void) => {
    const next = hits.slice(shown, shown + PAGE_SIZE);
    more.hidden = true;
    const fragments = await Promise.all(next.map((h) => h.result.data()));
    if (mine !== run) return;
    // The status line and the results change in one task, so the page lays out once.
    before?.();
    list.append(...fragments.map(renderResult));
    shown += next.length;
    more.hidden = shown >= hits.length;
    if (split) offerArchive(current, split);
  };

  /** The status line; `notYet`: the archive may hold more and was not searched (say so). */
  const counted = (known: SearchSplit, notYet = false) => {
    const state = current;
    const what = state.q ? ` cho “${state.q}”` : '';
    const where = Object.keys(state.filters).length > 0 ? ' (đã lọc)' : '';
    const before = known.before ? dayFormat.format(new Date(known.before)) : '';
    const later = notYet ? ` Muốn tìm cả bài đăng trước ${before}, hãy xem hết kết quả hoặc chọn năm.` : '';
    if (!hits.length) return `Không tìm thấy kết quả nào${what}${where}. Hãy thử từ khác, bớt từ hoặc bỏ bộ lọc.`;
    const found = `Tìm thấy ${hits.length.toLocaleString('vi-VN')} kết quả${what}${where}`;
    if (archived) return `${found}, trong đó ${archived.toLocaleString('vi-VN')} bài đăng trước ${before}.`;
    return `${found}.${later}`;
  };

  /**
   * Offers the archive when it exists, may match, was not searched yet, and every main result is on
   * screen: its results come after them, so the button stands where they will appear.
   */
  const offerArchive = (state: SearchState, split: SearchSplit) => {
    older.hidden = !(archived === undefined && shown >= hits.length && archiveCanMatch(state, split));
    if (!older.hidden) older.textContent = `Tìm cả trong bài cũ hơn (đăng trước ${dayFormat.format(new Date(split.before!))})`;
  };

  const searchArchive = async (state: SearchState, known: SearchSplit) => {
    const merged = (known.archiveParts?.length ?? 0) > 1;
    const [folded, exact] = await Promise.all([archiveIndex(known), merged && planSearch(state.q).exact.length ? archiveIndex(known, true) : undefined]);
    return (await runSearch(folded, state, exact)).hits;
  };

  const search = async (state: SearchState) => {
    const mine = ++run;
    list.replaceChildren();
    more.hidden = true;
    older.hidden = true;
    hits = [];
    shown = 0;
    archived = undefined;
    split = undefined;
    current = state;
    const filtered = Object.keys(state.filters).length > 0;
    document.title = state.q ? `${state.q} — ${baseTitle}` : baseTitle;
    if (!state.q && !filtered) {
      status.textContent = 'Nhập từ cần tìm: tên bài, tên thầy cô, trường, địa phương… Gõ có dấu hay không dấu đều được.';
      return;
    }
    status.textContent = 'Đang tìm…';
    root.setAttribute('aria-busy', 'true');
    try {
      const [known, pf] = await Promise.all([searchSplit(), pagefind(MAIN_BUNDLE)]);
      split = known;
      const archiveNow = Boolean(state.filters.year) && archiveCanMatch(state, known);
      // An old year goes straight to the archive: both bundles at once.
      const [main, old] = await Promise.all([runSearch(pf, state).then((a) => a.hits), archiveNow ? searchArchive(state, known) : undefined]);
      if (mine !== run) return;
      hits = main;
      if (old) {
        hits = [...main, ...old];
        archived = old.length;
      } else if (main.length < PAGE_SIZE && archiveCanMatch(state, known)) {
        // Less than a page from the main bundle: the reader would look further anyway.
        const later = await searchArchive(state, known);
        if (mine !== run) return;
        hits = [...main, ...later];
        archived = later.length;
      }
      await showMore(mine, () => (status.textContent = counted(known, archived === undefined && archiveCanMatch(state, known))));
    } catch (error) {
      if (mine !== run) return;
      console.error(error);
      status.textContent = 'Không tải được công cụ tìm kiếm. Vui lòng kiểm tra kết nối mạng rồi thử lại.';
    } finally {
      if (mine === run) root.removeAttribute('aria-busy');
    }
  };

  const go = (push: boolean) => {
    const state = read();
    const url = urlForState(state, base);
    if (url !== location.pathname + location.search) {
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    void search(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(true);
  });
  for (const select of selects()) select.addEventListener('change', () => go(true));
  more.addEventListener('click', () => void showMore(run));
  older.addEventListener('click', async () => {
    const mine = run;
    const state = current;
    const known = split;
    if (!known) return;
    older.disabled = true;
    root.setAttribute('aria-busy', 'true');
    try {
      const later = await searchArchive(state, known);
      if (mine !== run) return;
      hits = [...hits, ...later];
      archived = later.length;
      const first = shown;
      // Shown after the results already listed, so nothing on screen moves.
      await showMore(mine, () => {
        status.textContent = later.length ? counted(known) : `${counted(known)} Không có thêm kết quả trong bài đăng trước ${dayFormat.format(new Date(known.before!))}.`;
      });
      // The pressed button is gone: keep the keyboard where the new results begin.
      (list.children[first]?.querySelector('a') ?? (more.hidden ? input : more)).focus();
    } catch (error) {
      if (mine !== run) return;
      console.error(error);
      status.textContent = 'Không tải được phần bài cũ hơn. Vui lòng kiểm tra kết nối mạng rồi thử lại.';
    } finally {
      older.disabled = false;
      if (mine === run) root.removeAttribute('aria-busy');
    }
  });
  window.addEventListener('popstate', () => {
    const state = stateFromUrl(new URL(location.href));
    fill(state);
    void search(state);
  });

  const initial = stateFromUrl(new URL(location.href));
  fill(initial);
  void search(initial);
}

// Start on the search page. (In the Node tests there is no document, and nothing to start.)
const root = typeof document === 'undefined' ? null : document.querySelector<HTMLElement>(`[${SEARCH_PAGE}]`);
if (root) startSearchPage(root);
