// <gs-participation-form>: progressive enhancement of the participation forms (components/participation/).
// Without JavaScript the form posts as it is and the server answers. With it:
// - the idempotency key `khoa` (one UUID per fill, kept for a retry) and the ticket `ve` (GET /tham-gia/phieu);
// - inline Vietnamese validation on blur and on submit (the browser's constraint validation with our
//   own messages, plus the word limit, file size and type by the file's first bytes, the child rules,
//   "email or phone"), each message linked to its field with aria-describedby, and an error summary
//   focused on a failed submit (the GOV.UK pattern);
// - the submit goes by XMLHttpRequest (upload progress) with Accept: application/json: 201 → the
//   confirmation page; 4xx → the server's sentence and per-field messages, nothing typed is lost;
//   network error → a sentence and "Gửi lại" with the same key;
// - text fields (not contact details, not files) are kept in sessionStorage across a reload.
import { childMustAlsoConsent, isChild } from '../../../schemas/participation/consent.ts';
import { COMMON_FIELDS, ENTRY_FIELDS, INTAKE_PATHS } from '../../../schemas/participation/form-fields.ts';
import { countWordsInText } from '../../../schemas/text/words.ts';
import { SNIFF_BYTES, sniffFileKind } from './file-kind.ts';
import {
  FORM_BIRTH_YEAR,
  FORM_CHILD_CONSENT,
  FORM_CHILD_FIELDSET,
  FORM_ERROR_SUMMARY,
  FORM_LABEL,
  FORM_NO_STORE,
  FORM_ONE_OF,
  FORM_PROGRESS,
  FORM_REQUIRED_WHEN,
  FORM_RETRY,
  FORM_STATUS,
  FORM_WORD_COUNT,
  PARTICIPATION_TAG,
} from './ids.ts';

const TICKET_PATH = INTAKE_PATHS.ticket;
/** A ticket older than this is renewed before sending (the intake accepts tickets up to 24 hours old). */
const TICKET_RENEW_MS = 12 * 3600_000;
const KEY_FIELD = COMMON_FIELDS.idempotencyKey;
const TICKET_FIELD = COMMON_FIELDS.ticket;
const CONSENT_PUBLISH = ENTRY_FIELDS.consentPublish;
const number = new Intl.NumberFormat('vi-VN');
const megabytes = (bytes: number) => `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / 1048576)} MB`;
const KIND_NAMES: Record<string, string> = { docx: 'Word (.docx)', pdf: 'PDF', audio: 'âm thanh', video: 'video' };

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Not a secure context (plain http on a LAN address): the same version-4 layout from getRandomValues.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const labelOf = (el: Control) => el.getAttribute(FORM_LABEL) ?? el.name;

/** The browser's verdict in our words (the browser's own bubbles follow the OS language). */
function builtInMessage(el: Control): string {
  const v = el.validity;
  const label = labelOf(el);
  if (v.valueMissing) {
    if (el instanceof HTMLInputElement && el.type === 'checkbox') return `Xin đánh dấu ô ${label} để gửi.`;
    if (el instanceof HTMLSelectElement) return `Xin chọn ${label}.`;
    return `Xin nhập ${label}.`;
  }
  if (v.typeMismatch) return `${cap(label)} chưa đúng dạng, ví dụ ten@example.vn.`;
  if (v.patternMismatch) return `${cap(label)} chưa đúng, ví dụ 0912 345 678.`;
  if (v.badInput || v.stepMismatch) return `${cap(label)} phải là một số năm, ví dụ 2010.`;
  if (v.rangeUnderflow || v.rangeOverflow) {
    const input = el as HTMLInputElement;
    return `${cap(label)} phải từ ${input.min} đến ${input.max}.`;
  }
  if (v.tooLong) return `${cap(label)} quá dài: tối đa ${number.format((el as HTMLInputElement).maxLength)} ký tự.`;
  return v.valid ? '' : `${cap(label)} chưa hợp lệ.`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

class ParticipationForm extends HTMLElement {
  private form!: HTMLFormElement;
  private controls: Control[] = [];
  private fileVerdicts = new Map<HTMLInputElement, Promise<string>>();
  private touched = new Set<Control>();
  private sending = false;
  /** When the ticket was fetched: the server accepts it for 24 hours, so an older one is renewed before sending. */
  private ticketAt = 0;

  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return;
    this.form = form;
    form.noValidate = true;
    this.controls = [...form.elements].filter((el): el is Control => (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) && el.type !== 'hidden' && !el.closest('[aria-hidden="true"]'));
    this.restore();
    this.hiddenInput(KEY_FIELD).value ||= uuid();
    void this.fetchTicket();
    this.updateChild();
    this.updateWordCount();
    form.addEventListener('focusout', (e) => {
      const el = e.target as Control;
      if (!this.controls.includes(el) || el.type === 'file') return;
      this.touched.add(el);
      void this.check(el);
    });
    form.addEventListener('input', (e) => {
      const el = e.target as Control;
      if (el.hasAttribute(FORM_BIRTH_YEAR) || el.name === CONSENT_PUBLISH) this.updateChild();
      if (el.dataset.maxWords) this.updateWordCount();
      // A field already marked wrong is re-checked as the reader corrects it.
      if (this.touched.has(el) && el.getAttribute('aria-invalid') === 'true') void this.check(el);
      this.save();
    });
    form.addEventListener('change', (e) => {
      const el = e.target as Control;
      if (el instanceof HTMLInputElement && el.type === 'file') {
        this.fileVerdicts.set(el, this.checkFiles(el));
        this.touched.add(el);
        void this.check(el);
      }
      if (el.name === CONSENT_PUBLISH || el.hasAttribute(FORM_BIRTH_YEAR)) this.updateChild();
      this.save();
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.submit();
    });
    this.querySelector<HTMLButtonElement>(`[${FORM_RETRY}]`)?.addEventListener('click', () => void this.send());
    this.querySelector(`[${FORM_ERROR_SUMMARY}]`)?.addEventListener('click', (e) => {
      const link = (e.target as Element).closest('a');
      const target = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (target) {
        e.preventDefault();
        target.scrollIntoView({ block: 'center' });
        target.focus();
      }
    });
  }

  private hiddenInput(name: string): HTMLInputElement {
    return this.form.querySelector<HTMLInputElement>(`input[type=hidden][name="${name}"]`)!;
  }

  private async fetchTicket(): Promise<void> {
    try {
      const response = await fetch(TICKET_PATH, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) return;
      const body = (await response.json()) as { ve?: unknown };
      if (typeof body.ve === 'string') {
        this.hiddenInput(TICKET_FIELD).value = body.ve;
        this.ticketAt = Date.now();
      }
    } catch {
      // No ticket: the server then asks for one confirming click, as it does without JavaScript.
    }
  }

  // --- Child rules ----------------------------------------------------------------------------

  private birthYear(): number | undefined {
    const el = this.form.querySelector<HTMLInputElement>(`[${FORM_BIRTH_YEAR}]`);
    const value = el?.valueAsNumber;
    return el && el.validity.valid && value !== undefined && Number.isInteger(value) ? value : undefined;
  }

  private isChild(): boolean {
    return isChild(this.birthYear(), new Date());
  }

  /** The representative's fieldset shows (and is sent) only for a child; the child's own consent from 7. */
  private updateChild(): void {
    const fieldset = this.form.querySelector<HTMLFieldSetElement>(`fieldset[${FORM_CHILD_FIELDSET}]`);
    if (!fieldset) return;
    const child = this.isChild();
    fieldset.hidden = !child;
    fieldset.disabled = !child;
    const consent = fieldset.querySelector<HTMLElement>(`[${FORM_CHILD_CONSENT}]`);
    if (consent) consent.hidden = !childMustAlsoConsent(this.birthYear(), new Date());
  }

  private updateWordCount(): void {
    const area = this.form.querySelector<HTMLTextAreaElement>('textarea[data-max-words]');
    const out = this.form.querySelector<HTMLElement>(`[${FORM_WORD_COUNT}]`);
    if (!area || !out) return;
    const max = Number(area.dataset.maxWords);
    const words = countWordsInText(area.value);
    out.textContent = `Đã viết ${number.format(words)} / ${number.format(max)} chữ${words > max ? ` — vượt ${number.format(words - max)} chữ` : ''}.`;
    out.classList.toggle('field__count--over', words > max);
  }

  // --- Validation -----------------------------------------------------------------------------

  private async checkFiles(input: HTMLInputElement): Promise<string> {
    const files = [...(input.files ?? [])];
    const maxBytes = Number(input.dataset.maxBytes);
    const maxFiles = Number(input.dataset.maxFiles || 1);
    const kinds = (input.dataset.fileKinds ?? '').split(' ');
    const allowed = kinds.map((k) => KIND_NAMES[k] ?? k).join(', ');
    if (files.length > maxFiles) return `Chỉ gửi được tối đa ${maxFiles} tệp; bạn đã chọn ${files.length} tệp.`;
    for (const file of files) {
      if (file.size > maxBytes) return `Tệp “${file.name}” nặng ${megabytes(file.size)}, quá giới hạn ${megabytes(maxBytes)}.`;
      if (file.size === 0) return `Tệp “${file.name}” trống.`;
      const kind = sniffFileKind(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
      if (!kind || !kinds.includes(kind)) return `Tệp “${file.name}” không phải là tệp ${allowed} thật (hệ thống đọc nội dung tệp, không dựa vào tên tệp). Xin chọn tệp khác.`;
    }
    return '';
  }

  /** The first problem with this field, as a sentence; '' when it is fine. */
  private async problem(el: Control): Promise<string> {
    if (el.disabled || el.closest('[hidden]')) return '';
    const when = el.getAttribute(FORM_REQUIRED_WHEN);
    if (when && el instanceof HTMLInputElement) {
      const [name, value] = when.split('=');
      const other = this.form.elements.namedItem(name!) as HTMLSelectElement | null;
      el.required = other?.value === value;
    }
    if (el.name === ENTRY_FIELDS.consentChild && el instanceof HTMLInputElement) {
      el.required = this.isChild() && childMustAlsoConsent(this.birthYear(), new Date()) && this.checkbox(CONSENT_PUBLISH);
    }
    const builtIn = builtInMessage(el);
    if (builtIn) return builtIn;
    if (el instanceof HTMLInputElement && el.type === 'file') return (await this.fileVerdicts.get(el)) ?? '';
    if (el instanceof HTMLTextAreaElement && el.dataset.maxWords) {
      const words = countWordsInText(el.value);
      const max = Number(el.dataset.maxWords);
      if (words > max) return `Bài viết có ${number.format(words)} chữ, vượt giới hạn ${number.format(max)} chữ của cuộc thi.`;
    }
    if (el instanceof HTMLTextAreaElement && el.hasAttribute('data-links')) {
      const bad = el.value.split('\n').map((l) => l.trim()).find((l) => l && !(URL.canParse(l) && /^https?:$/.test(new URL(l).protocol)));
      if (bad) return `Liên kết “${bad.slice(0, 80)}” chưa đúng: mỗi dòng một địa chỉ bắt đầu bằng https://.`;
    }
    return '';
  }

  private checkbox(name: string): boolean {
    return (this.form.elements.namedItem(name) as HTMLInputElement | null)?.checked ?? false;
  }

  /** Form-level rules: text or file for an entry, and "email or phone" of whoever is contacted. */
  private formProblems(): { el: Control; message: string }[] {
    const problems: { el: Control; message: string }[] = [];
    const text = this.form.elements.namedItem(ENTRY_FIELDS.text) as HTMLTextAreaElement | null;
    const file = this.form.elements.namedItem(ENTRY_FIELDS.file) as HTMLInputElement | null;
    if (text && file && !text.value.trim() && !(file.files?.length ?? 0)) {
      problems.push({ el: text, message: 'Xin dán nội dung bài viết hoặc đính kèm tệp tác phẩm.' });
    }
    const fieldset = this.form.querySelector<HTMLFieldSetElement>(`fieldset[${FORM_CHILD_FIELDSET}]`);
    const child = fieldset && !fieldset.disabled;
    const oneOf = (child ? fieldset : this.form).getAttribute(FORM_ONE_OF);
    if (oneOf) {
      const els = oneOf.split(',').map((n) => this.form.elements.namedItem(n) as Control | null).filter((x): x is Control => x !== null);
      if (els.length > 0 && els.every((el) => !el.value.trim())) {
        problems.push({ el: els[0]!, message: child ? 'Xin nhập thư điện tử hoặc số điện thoại của người đại diện.' : 'Xin nhập thư điện tử hoặc số điện thoại để Ban tổ chức liên hệ.' });
      }
    }
    if (child) {
      for (const name of [ENTRY_FIELDS.representativeName, ENTRY_FIELDS.representativeRelation]) {
        const el = this.form.elements.namedItem(name) as Control | null;
        if (el && !el.value.trim()) problems.push({ el, message: `Người dự thi dưới 16 tuổi: xin nhập ${labelOf(el)}.` });
      }
    }
    return problems;
  }

  private async check(el: Control): Promise<string> {
    const message = await this.problem(el);
    this.show(el, message);
    return message;
  }

  /** Writes (or clears) the field's message, linked with aria-describedby; GOV.UK puts it above the input. */
  private show(el: Control, message: string): void {
    const id = `${el.id}-loi`;
    let p = document.getElementById(id);
    const described = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== id);
    if (message) {
      if (!p) {
        p = document.createElement('p');
        p.id = id;
        p.className = 'field__error';
        const anchor = el.type === 'checkbox' ? el.closest('.check') : el;
        anchor?.before(p);
      }
      p.textContent = `Lỗi: ${message}`;
      el.setAttribute('aria-invalid', 'true');
      el.setAttribute('aria-describedby', [id, ...described].join(' '));
    } else {
      p?.remove();
      el.removeAttribute('aria-invalid');
      if (described.length) el.setAttribute('aria-describedby', described.join(' '));
      else el.removeAttribute('aria-describedby');
    }
  }

  private showSummary(errors: { el: Control | null; message: string }[], sentence = ''): void {
    const summary = this.querySelector<HTMLElement>(`[${FORM_ERROR_SUMMARY}]`);
    if (!summary) return;
    const list = summary.querySelector('ul')!;
    const lead = summary.querySelector('.error-summary__message')!;
    lead.textContent = sentence;
    list.replaceChildren(
      ...errors.map(({ el, message }) => {
        const li = document.createElement('li');
        if (el?.id) {
          const a = document.createElement('a');
          a.href = `#${el.id}`;
          a.textContent = message;
          li.append(a);
        } else li.textContent = message;
        return li;
      }),
    );
    summary.hidden = errors.length === 0 && !sentence;
    if (!summary.hidden) summary.focus();
  }

  private async submit(): Promise<void> {
    if (this.sending) return;
    this.updateChild();
    const errors: { el: Control; message: string }[] = [];
    for (const el of this.controls) {
      this.touched.add(el);
      const message = await this.check(el);
      if (message) errors.push({ el, message });
    }
    for (const problem of this.formProblems()) {
      if (errors.some((e) => e.el === problem.el)) continue;
      this.show(problem.el, problem.message);
      errors.push(problem);
    }
    if (errors.length > 0) {
      this.showSummary(errors);
      return;
    }
    this.showSummary([]);
    await this.send();
  }

  // --- Sending --------------------------------------------------------------------------------

  private status(text: string): void {
    const p = this.querySelector<HTMLElement>(`[${FORM_STATUS}]`);
    if (p) p.textContent = text;
  }

  private async send(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    const retry = this.querySelector<HTMLButtonElement>(`[${FORM_RETRY}]`);
    const progress = this.querySelector<HTMLProgressElement>(`[${FORM_PROGRESS}]`);
    if (retry) retry.hidden = true;
    if (!this.hiddenInput(TICKET_FIELD).value || Date.now() - this.ticketAt > TICKET_RENEW_MS) await this.fetchTicket();
    const xhr = new XMLHttpRequest();
    xhr.open('POST', this.form.action);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.responseType = 'text';
    const percent = (n: number) => {
      if (progress) {
        progress.hidden = false;
        progress.value = n;
      }
      this.status(`Đã tải lên ${n}%`);
    };
    percent(0);
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) percent(Math.round((e.loaded / e.total) * 100));
    });
    const failed = () => {
      this.sending = false;
      if (progress) progress.hidden = true;
      this.status('Chưa gửi được vì mất kết nối hoặc máy chủ đang bận. Những gì bạn đã nhập vẫn còn nguyên; xin bấm “Gửi lại”.');
      if (retry) retry.hidden = false;
    };
    xhr.addEventListener('error', failed);
    xhr.addEventListener('timeout', failed);
    xhr.addEventListener('load', () => this.answer(xhr, failed));
    xhr.send(new FormData(this.form));
  }

  private answer(xhr: XMLHttpRequest, failed: () => void): void {
    let body: { ma?: unknown; chuyenDen?: unknown; error?: unknown; fields?: unknown } | undefined;
    try {
      body = JSON.parse(xhr.responseText) as typeof body;
    } catch {
      body = undefined;
    }
    if (xhr.status >= 200 && xhr.status < 300 && body && typeof body.chuyenDen === 'string') {
      const next = new URL(body.chuyenDen, location.href);
      if (next.origin === location.origin) {
        this.status('Đã gửi xong. Đang chuyển đến trang biên nhận…');
        this.clearSaved();
        location.assign(next.href);
        return;
      }
    }
    if (xhr.status >= 400 && xhr.status < 500 && body && typeof body.error === 'string') {
      this.sending = false;
      const progress = this.querySelector<HTMLProgressElement>(`[${FORM_PROGRESS}]`);
      if (progress) progress.hidden = true;
      this.status('');
      const errors: { el: Control | null; message: string }[] = [];
      if (body.fields && typeof body.fields === 'object') {
        for (const [name, message] of Object.entries(body.fields as Record<string, unknown>)) {
          if (typeof message !== 'string') continue;
          const el = this.controls.find((c) => c.name === name) ?? null;
          if (el) this.show(el, message);
          errors.push({ el, message });
        }
      }
      this.showSummary(errors, body.error);
      return;
    }
    if (xhr.status >= 200 && xhr.status < 300) {
      // An answer the script does not know (e.g. the server asks for a confirming click): let the
      // browser post the form itself, as without JavaScript (same key, nothing lost).
      this.clearSaved();
      HTMLFormElement.prototype.submit.call(this.form);
      return;
    }
    failed();
  }

  // --- Keeping what was typed -----------------------------------------------------------------

  private get storageKey(): string {
    const contest = (this.form.elements.namedItem(ENTRY_FIELDS.contest) as HTMLInputElement | null)?.value ?? '';
    return `gs-form:${new URL(this.form.action).pathname}:${contest}`;
  }

  private stored(): Control[] {
    return this.controls.filter((el) => !el.hasAttribute(FORM_NO_STORE) && el.type !== 'file' && el.type !== 'checkbox');
  }

  private save(): void {
    try {
      const values: Record<string, string> = {};
      for (const el of this.stored()) if (el.value) values[el.id] = el.value;
      sessionStorage.setItem(this.storageKey, JSON.stringify(values));
    } catch {
      // Storage full or refused (private mode): nothing to keep.
    }
  }

  private restore(): void {
    try {
      const values = JSON.parse(sessionStorage.getItem(this.storageKey) ?? '{}') as Record<string, unknown>;
      for (const el of this.stored()) {
        const value = values[el.id];
        if (typeof value === 'string' && !el.value) el.value = value;
      }
    } catch {
      // Nothing kept, or unreadable.
    }
  }

  private clearSaved(): void {
    try {
      sessionStorage.removeItem(this.storageKey);
    } catch {
      // Nothing to clear.
    }
  }
}

if (!customElements.get(PARTICIPATION_TAG)) customElements.define(PARTICIPATION_TAG, ParticipationForm);
