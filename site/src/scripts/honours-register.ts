// <honours-register>: filters and sorts the "Bảng vàng" table in place (without JavaScript the table
// is complete, sorted by decision date, newest first). Loaded by the page's processed <script> (Astro
// bundles and minifies it). Contract (names in ids.ts, HONOURS): <form data-honours-form hidden> with
// <select name=…> (cap, loai, nam, tinh); rows tr[data-honour] carry data-cap, data-loai, data-nam,
// data-tinh (space-separated) and the sort keys data-date, data-title, data-recipient; header cells
// th[data-sort] (ngay, ten, nguoi-nhan) get a <button> and aria-sort; the count goes to
// [data-honours-count]. URL: ?cap=&loai=&nam=&tinh=&sap=ngay|ten|nguoi-nhan&thu-tu=tang|giam.
import { HONOURS_COUNT, HONOURS_FORM, HONOURS_ROW, HONOURS_SORT, HONOURS_TAG } from './ids.ts';

const collator = new Intl.Collator('vi');
const SORT_FIELD: Record<string, string> = { ngay: 'date', ten: 'title', 'nguoi-nhan': 'recipient' };

class HonoursRegister extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>(`form[${HONOURS_FORM}]`);
    const tbody = this.querySelector<HTMLTableSectionElement>('tbody');
    if (!form || !tbody) return;
    const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name]')];
    const rows = [...tbody.querySelectorAll<HTMLTableRowElement>(`tr[${HONOURS_ROW}]`)];
    const headers = [...this.querySelectorAll<HTMLTableCellElement>(`th[${HONOURS_SORT}]`)];
    const status = this.querySelector<HTMLElement>(`[${HONOURS_COUNT}]`);
    const sortOf = (th: HTMLTableCellElement) => th.getAttribute(HONOURS_SORT)!;
    const params = new URLSearchParams(location.search);
    let sortKey = SORT_FIELD[params.get('sap') ?? ''] ? params.get('sap')! : 'ngay';
    let ascending = params.has('thu-tu') ? params.get('thu-tu') === 'tang' : sortKey !== 'ngay';
    for (const select of selects) {
      const wanted = params.get(select.name);
      if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
    }

    const update = () => {
      let shown = 0;
      for (const row of rows) {
        const ok = selects.every((s) => !s.value || (row.dataset[s.name] ?? '').split(' ').includes(s.value));
        row.hidden = !ok;
        if (ok) shown++;
      }
      const field = SORT_FIELD[sortKey]!;
      const sorted = [...rows].sort((a, b) => {
        const x = a.dataset[field] ?? '';
        const y = b.dataset[field] ?? '';
        const c = field === 'date' ? x.localeCompare(y) : collator.compare(x, y);
        return (ascending ? c : -c) || rows.indexOf(a) - rows.indexOf(b);
      });
      tbody.append(...sorted);
      for (const th of headers) {
        if (sortOf(th) === sortKey) th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        else th.removeAttribute('aria-sort');
      }
      if (status) status.textContent = `Hiển thị ${shown} / ${rows.length} khen thưởng.`;
      const url = new URL(location.href);
      for (const s of selects) {
        if (s.value) url.searchParams.set(s.name, s.value);
        else url.searchParams.delete(s.name);
      }
      const isDefault = sortKey === 'ngay' && !ascending;
      if (isDefault) url.searchParams.delete('sap');
      else url.searchParams.set('sap', sortKey);
      if (isDefault) url.searchParams.delete('thu-tu');
      else url.searchParams.set('thu-tu', ascending ? 'tang' : 'giam');
      history.replaceState(history.state, '', url);
    };

    for (const th of headers) {
      const button = document.createElement('button');
      button.type = 'button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const key = sortOf(th);
        ascending = key === sortKey ? !ascending : key !== 'ngay';
        sortKey = key;
        update();
      });
    }
    form.addEventListener('change', update);
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('reset', () => setTimeout(update));
    form.hidden = false;
    update();
  }
}

if (!customElements.get(HONOURS_TAG)) customElements.define(HONOURS_TAG, HonoursRegister);
