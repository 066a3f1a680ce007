// Open data: the public exemplars, honours and contest results as flat records, their documented schema, and the CSV /
// JSON serialisations served under /du-lieu-mo/. One definition here feeds the files, the schema page
// and the tests, so the documentation cannot drift from the data.
//
// Only public data: the route data already holds published exemplars with a page and honours with
// isPublic != false; the lifecycle stage appears only when the editors chose showPublicly.
import { stringify } from 'csv-stringify/sync';
import {
  educationLevels,
  exemplarKinds,
  exemplarRoles,
  honourCategories,
  honourLevels,
  lifecycleStages,
  titleOf,
} from '@guong-sang/schemas';
import { validInstant, validPlainDate } from '../dates/valid.ts';
import { contestResults, entrantRoleLabel, entryStatusLabel, provinceName, type ContestResult } from './contest-results.ts';
import type { Exemplar, Honour, RouteData } from './types.ts';
import { openDataFileUrl, urlFor } from './urls.ts';

/** Bumped when a field is renamed, removed or changes meaning (adding a field is a minor bump). */
export const OPEN_DATA_SCHEMA_VERSION = '1.0';

/** The licence of the open data (publisher's decision: CC BY 4.0 unless the editors choose otherwise). */
export const OPEN_DATA_LICENCE = {
  name: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
};

/** In CSV, a list's items are joined with this (JSON keeps arrays). */
export const LIST_SEPARATOR = '; ';

export type FieldType = 'string' | 'integer' | 'date' | 'url' | 'string[]';

export interface FieldSpec {
  name: string;
  type: FieldType;
  /** Vietnamese: what the field means. */
  description: string;
  /** May be empty (null in JSON, empty cell in CSV). */
  nullable: boolean;
}

/** Vietnamese name of each type, for the schema page. */
export const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  string: 'chuỗi ký tự',
  integer: 'số nguyên',
  date: 'ngày (YYYY-MM-DD)',
  url: 'địa chỉ web (URL)',
  'string[]': `danh sách chuỗi (JSON: mảng; CSV: cách nhau bởi "${LIST_SEPARATOR.trim()}")`,
};

export type OpenDatasetId = 'guong-dien-hinh' | 'khen-thuong' | 'ket-qua-cuoc-thi';

export type FieldValue = string | number | string[] | null;
export type OpenDataRecord = Record<string, FieldValue>;

export interface OpenDataset {
  /** File stem: guong-dien-hinh | khen-thuong | ket-qua-cuoc-thi. */
  id: OpenDatasetId;
  title: string;
  description: string;
  fields: FieldSpec[];
}

export const EXEMPLAR_DATASET: OpenDataset = {
  id: 'guong-dien-hinh',
  title: 'Gương điển hình',
  description: 'Mỗi dòng là một gương điển hình (cá nhân hoặc tập thể) đã được công bố trên trang, sắp theo tên.',
  fields: [
    { name: 'id', type: 'string', nullable: false, description: 'Mã định danh cố định của gương điển hình (không đổi khi sửa tên).' },
    { name: 'slug', type: 'string', nullable: false, description: 'Phần đường dẫn của trang hồ sơ.' },
    { name: 'url', type: 'url', nullable: false, description: 'Địa chỉ đầy đủ của trang hồ sơ.' },
    { name: 'name', type: 'string', nullable: false, description: 'Họ tên cá nhân hoặc tên tập thể.' },
    { name: 'kind', type: 'string', nullable: false, description: 'Mã loại: ca-nhan (cá nhân) hoặc tap-the (tập thể).' },
    { name: 'kind_label', type: 'string', nullable: false, description: 'Tên loại, tiếng Việt.' },
    { name: 'role', type: 'string', nullable: true, description: 'Mã vai trò (nha-giao, hoc-sinh, truong-hoc…).' },
    { name: 'role_label', type: 'string', nullable: true, description: 'Tên vai trò, tiếng Việt.' },
    { name: 'education_level', type: 'string', nullable: true, description: 'Mã cấp học (mam-non, tieu-hoc, thcs, thpt, gdnn, dai-hoc, gdtx).' },
    { name: 'education_level_label', type: 'string', nullable: true, description: 'Tên cấp học, tiếng Việt.' },
    { name: 'organisation', type: 'string', nullable: true, description: 'Tên đơn vị công tác, học tập.' },
    { name: 'province', type: 'string', nullable: true, description: 'Tỉnh, thành phố (theo 34 đơn vị hành chính cấp tỉnh từ 01/7/2025).' },
    { name: 'province_slug', type: 'string', nullable: true, description: 'Mã tỉnh, thành phố dùng trong đường dẫn.' },
    { name: 'summary', type: 'string', nullable: true, description: 'Tóm tắt ngắn về gương điển hình.' },
    { name: 'lifecycle_stage', type: 'string', nullable: true, description: 'Mã giai đoạn bồi dưỡng, nhân rộng — chỉ có khi ban biên tập cho phép công bố.' },
    { name: 'lifecycle_stage_label', type: 'string', nullable: true, description: 'Tên giai đoạn, tiếng Việt (như trên).' },
    { name: 'honour_ids', type: 'string[]', nullable: false, description: 'Mã các khen thưởng công khai của gương điển hình (khớp cột id của bộ dữ liệu khen thưởng).' },
    { name: 'honour_levels', type: 'string[]', nullable: false, description: 'Các cấp khen thưởng đã nhận (co-so, bo-tinh, toan-quoc), không lặp.' },
    { name: 'story_count', type: 'integer', nullable: false, description: 'Số bài viết trên trang nhắc tới gương điển hình.' },
  ],
};

export const HONOUR_DATASET: OpenDataset = {
  id: 'khen-thuong',
  title: 'Khen thưởng, danh hiệu',
  description: 'Mỗi dòng là một quyết định khen thưởng công khai (một quyết định có thể cho nhiều người nhận), mới nhất trước.',
  fields: [
    { name: 'id', type: 'string', nullable: false, description: 'Mã định danh cố định của khen thưởng.' },
    { name: 'title', type: 'string', nullable: false, description: 'Tên danh hiệu hoặc hình thức khen thưởng.' },
    { name: 'category', type: 'string', nullable: true, description: 'Mã loại (danh-hieu-thi-dua, hinh-thuc-khen-thuong, danh-hieu-vinh-du).' },
    { name: 'category_label', type: 'string', nullable: true, description: 'Tên loại, tiếng Việt.' },
    { name: 'level', type: 'string', nullable: true, description: 'Mã cấp khen thưởng (co-so, bo-tinh, toan-quoc).' },
    { name: 'level_label', type: 'string', nullable: true, description: 'Tên cấp khen thưởng, tiếng Việt.' },
    { name: 'decision_number', type: 'string', nullable: false, description: 'Số quyết định, ví dụ 1234/QĐ-BGDĐT.' },
    { name: 'decision_date', type: 'date', nullable: false, description: 'Ngày ký quyết định.' },
    { name: 'issuer', type: 'string', nullable: false, description: 'Cơ quan, người ký quyết định.' },
    { name: 'year', type: 'integer', nullable: true, description: 'Năm khen thưởng (năm học hoặc năm thi đua ghi trong quyết định).' },
    { name: 'decision_url', type: 'url', nullable: true, description: 'Đường dẫn tới văn bản quyết định, nếu có.' },
    { name: 'recipient_ids', type: 'string[]', nullable: false, description: 'Mã các gương điển hình được khen (khớp cột id của bộ dữ liệu gương điển hình).' },
    { name: 'recipient_names', type: 'string[]', nullable: false, description: 'Tên người, tập thể được khen, cùng thứ tự với recipient_ids.' },
    { name: 'recipient_provinces', type: 'string[]', nullable: false, description: 'Tỉnh, thành phố của từng người nhận, cùng thứ tự (ô trống nếu không rõ).' },
  ],
};

/**
 * Contest results (issue 11): only contests whose results are out, only the entries' public fields
 * (whitelisted `contestEntry` records; a withheld name is empty, never guessed).
 */
export const CONTEST_RESULTS_DATASET: OpenDataset = {
  id: 'ket-qua-cuoc-thi',
  title: 'Kết quả cuộc thi',
  description: 'Mỗi dòng là một tác phẩm hợp lệ của cuộc thi đã công bố kết quả: tác phẩm đạt giải theo thứ tự giải, rồi tác phẩm vào chung khảo, rồi các tác phẩm khác, theo tên. Chỉ gồm thông tin tác giả đồng ý công bố.',
  fields: [
    { name: 'id', type: 'string', nullable: false, description: 'Mã định danh cố định của tác phẩm dự thi.' },
    { name: 'contest_id', type: 'string', nullable: false, description: 'Mã cuộc thi.' },
    { name: 'contest_title', type: 'string', nullable: false, description: 'Tên cuộc thi.' },
    { name: 'contest_url', type: 'url', nullable: false, description: 'Địa chỉ trang cuộc thi.' },
    { name: 'title', type: 'string', nullable: false, description: 'Tên tác phẩm.' },
    { name: 'status', type: 'string', nullable: false, description: 'Mã kết quả: dat-giai (đạt giải), chung-khao (vào vòng chung khảo), hop-le (hợp lệ).' },
    { name: 'status_label', type: 'string', nullable: false, description: 'Kết quả, tiếng Việt.' },
    { name: 'prize_title', type: 'string', nullable: true, description: 'Tên giải đạt được (chỉ với tác phẩm đạt giải).' },
    { name: 'entrant_name', type: 'string', nullable: true, description: 'Họ tên tác giả — trống khi tác giả đề nghị không công bố tên.' },
    { name: 'entrant_role', type: 'string', nullable: true, description: 'Mã vai trò của tác giả (hoc-sinh, giao-vien…), nếu được công bố.' },
    { name: 'entrant_role_label', type: 'string', nullable: true, description: 'Vai trò của tác giả, tiếng Việt.' },
    { name: 'school', type: 'string', nullable: true, description: 'Trường, đơn vị của tác giả, nếu được công bố.' },
    { name: 'province', type: 'string', nullable: true, description: 'Tỉnh, thành phố của tác giả, nếu được công bố.' },
    { name: 'province_slug', type: 'string', nullable: true, description: 'Mã tỉnh, thành phố.' },
    { name: 'story_url', type: 'url', nullable: true, description: 'Bài đăng trên trang từ tác phẩm, nếu có.' },
  ],
};

export const OPEN_DATASETS = [EXEMPLAR_DATASET, HONOUR_DATASET, CONTEST_RESULTS_DATASET] as const;

const orNull = <T,>(value: T | null | undefined | ''): T | null => (value === undefined || value === '' ? null : value);

/** The profile's absolute URL. */
const absolute = (path: string | null, site: URL | string) => (path ? new URL(path, site).href : null);

export function exemplarRecord(exemplar: Exemplar, site: URL | string): OpenDataRecord {
  const stage = exemplar.lifecycle?.stage ?? null;
  return {
    id: exemplar._id,
    slug: exemplar.slug,
    url: absolute(urlFor('exemplar', exemplar.slug), site),
    name: orNull(exemplar.name),
    kind: orNull(exemplar.kind),
    kind_label: orNull(titleOf(exemplarKinds, exemplar.kind)),
    role: orNull(exemplar.role),
    role_label: orNull(titleOf(exemplarRoles, exemplar.role)),
    education_level: orNull(exemplar.educationLevel),
    education_level_label: orNull(titleOf(educationLevels, exemplar.educationLevel)),
    organisation: orNull(exemplar.organisation?.name),
    province: orNull(exemplar.province?.name),
    province_slug: orNull(exemplar.province?.slug),
    summary: orNull(exemplar.summary),
    lifecycle_stage: stage,
    lifecycle_stage_label: orNull(titleOf(lifecycleStages, stage)),
    honour_ids: exemplar.honours.map((h) => h._id),
    honour_levels: [...new Set(exemplar.honours.map((h) => h.level).filter((l): l is NonNullable<typeof l> => !!l))],
    story_count: exemplar.stories.length,
  };
}

export function honourRecord(honour: Honour): OpenDataRecord {
  return {
    id: honour._id,
    title: orNull(honour.title),
    category: orNull(honour.category),
    category_label: orNull(titleOf(honourCategories, honour.category)),
    level: orNull(honour.level),
    level_label: orNull(titleOf(honourLevels, honour.level)),
    decision_number: orNull(honour.decisionNumber),
    // Only a real calendar date: an impossible one (2023-02-30) is published as empty, not as written.
    decision_date: validPlainDate(honour.decisionDate?.slice(0, 10)) ?? null,
    issuer: orNull(honour.issuer),
    year: honour.year ?? null,
    decision_url: orNull(honour.decisionUrl),
    recipient_ids: honour.recipients.map((r) => r._id),
    recipient_names: honour.recipients.map((r) => r.name ?? ''),
    recipient_provinces: honour.recipients.map((r) => r.province?.name ?? ''),
  };
}

export function contestResultRecord({ contest, entry, prize }: ContestResult, site: URL | string, storyIds: ReadonlySet<string>): OpenDataRecord {
  const name = entry.entrant?.name?.trim();
  return {
    id: entry._id,
    contest_id: contest._id,
    contest_title: orNull(contest.title),
    contest_url: absolute(urlFor('contest', contest.slug), site),
    title: orNull(entry.title),
    status: orNull(entry.status),
    status_label: entryStatusLabel(entry.status),
    prize_title: orNull(prize?.title),
    entrant_name: name ? name : null,
    entrant_role: orNull(entry.entrant?.role),
    entrant_role_label: entrantRoleLabel(entry.entrant?.role),
    school: orNull(entry.entrant?.school),
    province: provinceName(entry.entrant?.province),
    province_slug: orNull(entry.entrant?.province),
    story_url: entry.story && storyIds.has(entry.story._id) ? absolute(urlFor('story', entry.story.slug), site) : null,
  };
}

/**
 * When the data last changed, taken from the content (never the clock, so rebuilding unchanged
 * content gives byte-identical files): the latest `_updatedAt` of an exemplar or honour, or — for an
 * export without timestamps — the latest decision date. Null when there is nothing to date.
 */
export function contentTimestamp(data: Pick<RouteData, 'exemplars' | 'honours'>): string | null {
  const stamps: unknown[] = [];
  for (const e of data.exemplars) {
    stamps.push(e._updatedAt);
    for (const h of e.honours) stamps.push(h._updatedAt);
  }
  for (const h of data.honours) {
    stamps.push(h._updatedAt);
    if (h.decisionDate) stamps.push(h.decisionDate.length === 10 ? `${h.decisionDate}T00:00:00Z` : h.decisionDate);
  }
  // Only real dates in range: one year-99999 typo must not become the dataset's timestamp.
  const times = stamps.flatMap((s) => {
    const valid = validInstant(s);
    return valid ? [Date.parse(valid)] : [];
  });
  return times.length ? new Date(Math.max(...times)).toISOString() : null;
}

export interface OpenDataFiles {
  exemplars: OpenDataRecord[];
  honours: OpenDataRecord[];
  contestResults: OpenDataRecord[];
  generatedAt: string | null;
}

/** Both datasets' records, in file order (exemplars by name as in the directory; honours latest first). */
export function openDataRecords(data: RouteData, site: URL | string): OpenDataFiles {
  const storyIds = new Set(data.stories.map((s) => s._id));
  return {
    exemplars: data.exemplars.map((e) => exemplarRecord(e, site)),
    honours: data.honours.map(honourRecord),
    contestResults: contestResults(data).map((r) => contestResultRecord(r, site, storyIds)),
    generatedAt: contentTimestamp(data),
  };
}

/** The records of one dataset. */
export function recordsOf(files: OpenDataFiles, datasetId: string): OpenDataRecord[] {
  return datasetId === EXEMPLAR_DATASET.id ? files.exemplars : datasetId === CONTEST_RESULTS_DATASET.id ? files.contestResults : files.honours;
}

/** A field's example on the open data page: its value in the first record that has one (≤ 80 characters). */
export function exampleValue(records: readonly OpenDataRecord[], field: string): string {
  for (const record of records) {
    const value: FieldValue | undefined = record[field];
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0) || value === '') continue;
    const text = Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
    return text.length > 80 ? `${text.slice(0, 77)}…` : text;
  }
  return '';
}

/** A cell a spreadsheet would read as a formula (or DDE command): OWASP's list of leading characters. */
// The trigger may follow spaces: some spreadsheets trim leading whitespace before parsing a cell.
const FORMULA_START = /^[ \u00a0]*[=+\-@\t\r]/;

/**
 * OWASP "CSV Injection": a text cell that begins with `=`, `+`, `-`, `@`, TAB or CR (after any leading
 * spaces) gets a leading `'`,
 * so Excel, LibreOffice and Google Sheets show it as text instead of running it. Only text is
 * defused: an integer field is written from a JS number (`String(42)`, `-3`), which a spreadsheet
 * reads as a number and which cannot carry a formula; prefixing it would turn it into text and break
 * sums. A list's cell is defused as a whole (only the cell's first character matters).
 */
export function defuseCsvCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * CSV: UTF-8 with a byte-order mark (Excel), header row, RFC 4180 quoting and CRLF line ends; text
 * cells that would run as formulas defused (defuseCsvCell).
 */
export function toCsv(dataset: OpenDataset, records: readonly OpenDataRecord[]): string {
  const columns = dataset.fields.map((f) => f.name);
  const rows = records.map((record) =>
    columns.map((name) => {
      const value = record[name];
      if (value === null || value === undefined) return '';
      if (typeof value === 'number') return String(value);
      return defuseCsvCell(Array.isArray(value) ? value.join(LIST_SEPARATOR) : value);
    }),
  );
  // csv-stringify only quotes its own record delimiter (CRLF); a bare LF inside a field (multi-line
  // summaries) must be quoted too, as RFC 4180 requires. A defused cell is quoted as well (OWASP:
  // wrap such cells in double quotes), so a reader that trims the `'` still sees one text field.
  return stringify(rows, { bom: true, header: true, columns, record_delimiter: 'windows', quoted_match: [/[\r\n]/, /^'[=+\-@\t\r]/] });
}

/** JSON: the records with a schema version, the content timestamp and the field list. */
export function toJson(dataset: OpenDataset, records: readonly OpenDataRecord[], generatedAt: string | null, site: URL | string): string {
  const body = {
    schemaVersion: OPEN_DATA_SCHEMA_VERSION,
    dataset: dataset.id,
    title: dataset.title,
    generatedAt,
    licence: OPEN_DATA_LICENCE,
    documentation: new URL('/du-lieu-mo/', site).href,
    csv: new URL(openDataFileUrl(dataset.id, 'csv'), site).href,
    fields: dataset.fields.map((f) => ({ name: f.name, type: f.type, nullable: f.nullable, description: f.description })),
    records,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
