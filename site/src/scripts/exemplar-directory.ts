// <exemplar-directory>: combines the directory's facets client-side (the pre-built listings already
// work without JavaScript). Loaded by the directory page's processed <script> (Astro bundles and
// minifies it). Contract (names in ids.ts, DIRECTORY): a <template data-directory-form> holding a
// <form data-directory-form> (it replaces the [data-facet-nav] links) whose
// <select name=…> names are the query parameters (tinh, cap-hoc, loai, vai-tro, khen-thuong); list
// items [data-exemplar] carry the same names as data attributes (space-separated values); the count
// goes to [data-directory-count] (role=status); [data-directory-empty] shows when nothing matches.
// State lives in the query string (history.replaceState), so a filtered view can be shared.
import { DIRECTORY_COUNT, DIRECTORY_EMPTY, DIRECTORY_FACET_NAV, DIRECTORY_FORM, DIRECTORY_ITEM, DIRECTORY_TAG } from './ids.ts';

class ExemplarDirectory extends HTMLElement {
  connectedCallback() {
    // The form comes in a <template> and takes the place of the facet links (the no-JavaScript
    // controls, hidden by CSS from first paint when scripting works), so the page has one set.
    const template = this.querySelector<HTMLTemplateElement>(`template[${DIRECTORY_FORM}]`);
    const form = template?.content.querySelector<HTMLFormElement>(`form[${DIRECTORY_FORM}]`);
    if (!template || !form) return;
    const links = this.querySelector(`[${DIRECTORY_FACET_NAV}]`);
    if (links) links.replaceWith(form);
    else template.before(form);
    template.remove();
    const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name]')];
    const items = [...this.querySelectorAll<HTMLElement>(`[${DIRECTORY_ITEM}]`)];
    const status = this.querySelector<HTMLElement>(`[${DIRECTORY_COUNT}]`);
    const empty = this.querySelector<HTMLElement>(`[${DIRECTORY_EMPTY}]`);
    const values = (item: HTMLElement, name: string) => (item.dataset[camel(name)] ?? '').split(' ');
    const matches = (item: HTMLElement, chosen: Map<string, string>, skip?: string) =>
      [...chosen].every(([name, value]) => name === skip || values(item, name).includes(value));

    const params = new URLSearchParams(location.search);
    for (const select of selects) {
      const wanted = params.get(select.name);
      if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
    }

    const update = (announce: boolean) => {
      const chosen = new Map(selects.filter((s) => s.value).map((s) => [s.name, s.value] as [string, string]));
      let shown = 0;
      for (const item of items) {
        const ok = matches(item, chosen);
        item.hidden = !ok;
        if (ok) shown++;
      }
      // Each option's count: how many would match if it were chosen with the other filters.
      for (const select of selects) {
        const pool = items.filter((item) => matches(item, chosen, select.name));
        for (const option of select.options) {
          const n = option.value ? pool.filter((item) => values(item, select.name).includes(option.value)).length : pool.length;
          option.textContent = `${option.dataset.label ?? option.textContent} (${n})`;
        }
      }
      if (empty) empty.hidden = shown > 0;
      if (status) {
        const text = chosen.size ? `Tìm thấy ${shown} / ${items.length} gương điển hình phù hợp.` : `${items.length} gương điển hình.`;
        if (announce || status.textContent !== text) status.textContent = text;
      }
      const url = new URL(location.href);
      for (const select of selects) {
        if (select.value) url.searchParams.set(select.name, select.value);
        else url.searchParams.delete(select.name);
      }
      history.replaceState(history.state, '', url);
    };

    form.addEventListener('change', () => update(true));
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('reset', () => setTimeout(() => update(true)));
    form.hidden = false;
    update(false);
  }
}

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

if (!customElements.get(DIRECTORY_TAG)) customElements.define(DIRECTORY_TAG, ExemplarDirectory);
