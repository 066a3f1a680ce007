/**
 * Reads and cleans the text fields of a submission. Text is untrusted: NFC plus the repairs of
 * schemas/text/normalize.ts, NUL and other control characters removed (tab and newline kept),
 * bidirectional overrides removed (they can make a name read backwards in the desk), line ends
 * unified, trimmed. Each problem is one Vietnamese sentence kept under the field's name.
 */
import { normalizeText } from '../../../../schemas/text/normalize.ts';

export type FieldErrors = Record<string, string>;

// eslint-disable-next-line no-control-regex -- removing control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\uFEFF]/g;

export function cleanText(value: string, multiline: boolean): string {
  const text = normalizeText(value.replace(/\r\n?/g, '\n')).replace(CONTROL, '');
  return (multiline ? text : text.replace(/\s+/g, ' ')).trim();
}

const EMAIL = /^[^\s@<>"(),;:]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
/** Vietnamese numbers (0xx… or +84…), 10–11 digits, spaces, dots and dashes allowed between. */
const PHONE = /^(?:\+84|0)\d{9,10}$/;

export class FormReader {
  readonly errors: FieldErrors = {};
  readonly fields: Map<string, string[]>;

  constructor(fields: Map<string, string[]>) {
    this.fields = fields;
  }

  fail(field: string, message: string): void {
    this.errors[field] ??= message;
  }

  raw(field: string): string {
    return this.fields.get(field)?.[0] ?? '';
  }

  all(field: string): string[] {
    return this.fields.get(field) ?? [];
  }

  ticked(field: string): boolean {
    return this.raw(field) === 'co';
  }

  text(field: string, label: string, options: { required?: boolean; max: number; multiline?: boolean }): string | undefined {
    const value = cleanText(this.raw(field), options.multiline === true);
    if (value === '') {
      if (options.required) this.fail(field, `Cần điền ${label}.`);
      return undefined;
    }
    if (value.length > options.max) {
      this.fail(field, `${capitalise(label)} dài quá ${options.max.toLocaleString('vi-VN')} ký tự.`);
      return undefined;
    }
    return value;
  }

  choice<V extends string>(field: string, label: string, values: readonly V[], required: boolean): V | undefined {
    const value = this.raw(field).trim();
    if (value === '') {
      if (required) this.fail(field, `Cần chọn ${label}.`);
      return undefined;
    }
    if (!(values as readonly string[]).includes(value)) {
      this.fail(field, `${capitalise(label)} không nằm trong danh sách được chọn.`);
      return undefined;
    }
    return value as V;
  }

  birthYear(field: string, now: Date): number | undefined {
    const value = this.raw(field).trim();
    if (value === '') return undefined;
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    const current = now.getUTCFullYear();
    if (!(year >= current - 110 && year <= current - 3)) {
      this.fail(field, `Năm sinh cần là một năm từ ${current - 110} đến ${current - 3}.`);
      return undefined;
    }
    return year;
  }

  email(field: string, label: string): string | undefined {
    const value = cleanText(this.raw(field), false);
    if (value === '') return undefined;
    if (value.length > 254 || !EMAIL.test(value)) {
      this.fail(field, `${capitalise(label)} không đúng dạng, ví dụ ten@example.vn.`);
      return undefined;
    }
    return value.toLowerCase();
  }

  phone(field: string, label: string): string | undefined {
    const value = cleanText(this.raw(field), false);
    if (value === '') return undefined;
    const compact = value.replace(/[\s.\-()]/g, '');
    if (!PHONE.test(compact)) {
      this.fail(field, `${capitalise(label)} không đúng dạng, ví dụ 0912 345 678.`);
      return undefined;
    }
    return compact;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** Evidence links: http(s) only, no credentials, at most 2,000 characters each. */
export function readLinks(reader: FormReader, field: string, max: number): string[] {
  const lines = reader
    .raw(field)
    .split(/\r?\n/)
    .map((line) => cleanText(line, false))
    .filter((line) => line !== '');
  if (lines.length > max) {
    reader.fail(field, `Chỉ gửi được tối đa ${max} liên kết minh chứng.`);
    return [];
  }
  const links: string[] = [];
  for (const line of lines) {
    let url: URL | null;
    try {
      url = line.length <= 2000 ? new URL(line) : null;
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.username !== '' || url.password !== '') {
      reader.fail(field, `Liên kết minh chứng "${line.slice(0, 80)}" không hợp lệ: cần địa chỉ http:// hoặc https:// không chứa mật khẩu, dài tối đa 2.000 ký tự.`);
      return [];
    }
    links.push(url.href);
  }
  return links;
}
