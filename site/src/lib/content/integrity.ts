/**
 * Content integrity: bad content never crashes the build.
 *
 * `checkContent` validates every published document with the schemas' `validateDataset`; documents
 * with an error-level problem are *excluded*. `createPublicSource` then prunes them from every query
 * result, whichever source answered, so the rest of the site builds and the report names what was
 * left out. Strict mode (`STRICT=1` / `--strict`) turns any error into a failed build instead.
 */
import { validateDataset, type Problem } from '@guong-sang/schemas/validation/validate-dataset.ts';
import { createContentBackend, type ContentBackend } from './backend.ts';
import { readContentConfig, type Env } from './config.ts';
import { isRecord } from './dataset.ts';
import { ContentIntegrityError } from './errors.ts';
import type { SanitySourceOptions } from './sanity-source.ts';
import type { ContentSource, GroqParams, QueryResult } from './source.ts';

export type { Problem };
export type ProblemLevel = Problem['level'];

export interface ContentCheck {
  problems: Problem[];
  /** Published ids left out of the public site because they have at least one error. */
  excludedIds: ReadonlySet<string>;
}

/**
 * Every published document, asset documents included so references to them can be checked. The
 * source already applies the `published` perspective; the filter repeats it so this query stays safe
 * even if a source ever forgot to.
 */
export const ALL_PUBLISHED_DOCUMENTS_QUERY = '*[!(_id in path("drafts.**")) && !(_id in path("versions.**"))]';

export interface CheckContentOptions {
  /** Persistent validation cache (unchanged documents are not re-validated), e.g. site/.cache/validation.json. */
  validationCacheFile?: string;
  onValidationCache?: (stats: { hits: number; misses: number }) => void;
}

export async function checkContent(source: ContentSource, options: CheckContentOptions = {}): Promise<ContentCheck> {
  const answer = await source.fetch(ALL_PUBLISHED_DOCUMENTS_QUERY);
  const documents = Array.isArray(answer) ? answer.filter(isRecord) : [];
  // Asset documents are included, so the validator also checks image references (a missing file
  // means no asset document, hence a dangling reference).
  const problems = await validateDataset(documents as unknown as Parameters<typeof validateDataset>[0], {
    cacheFile: options.validationCacheFile,
    onCacheStats: options.onValidationCache,
  });
  const excludedIds = new Set(problems.filter((p) => p.level === 'error').map((p) => p.documentId));
  return { problems, excludedIds };
}

// ---------------------------------------------------------------------------------------------------
// Pruning

function isExcluded(value: unknown, excluded: ReadonlySet<string>): boolean {
  if (!isRecord(value)) return false;
  // `_id`: the document itself (or a dereferenced projection of it); `_ref`: a raw reference to it,
  // which would otherwise become a link to a page that does not exist.
  return (
    (typeof value._id === 'string' && excluded.has(value._id)) ||
    (typeof value._ref === 'string' && excluded.has(value._ref))
  );
}

/** Removes excluded documents from arrays and replaces them with null elsewhere. Pure. */
export function pruneExcluded(value: unknown, excluded: ReadonlySet<string>): unknown {
  if (excluded.size === 0) return value;
  if (isExcluded(value, excluded)) return null;
  if (Array.isArray(value)) {
    return value.filter((item) => !isExcluded(item, excluded)).map((item) => pruneExcluded(item, excluded));
  }
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, pruneExcluded(inner, excluded)]));
  }
  return value;
}

/**
 * The source pages use. Pruning works on `_id`/`_ref`, so every query projection of a document must
 * include `_id` for an excluded document to be recognised.
 */
export function createPublicSource(source: ContentSource, excludedIds: ReadonlySet<string>): ContentSource {
  return {
    kind: source.kind,
    async fetch<const Q extends string>(query: Q, params?: GroqParams): Promise<QueryResult<Q>> {
      return pruneExcluded(await source.fetch(query, params), excludedIds) as QueryResult<Q>;
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Report

const LEVEL_LABEL: Readonly<Record<ProblemLevel, string>> = { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' };
const LEVEL_ORDER: Readonly<Record<ProblemLevel, number>> = { error: 0, warning: 1, info: 2 };
const collator = new Intl.Collator('vi');

/** The validator's paths read `body[3].markDefs[0].href`; the document itself is the empty path. */
export function formatPath(path: string): string {
  return path === '' ? '(tài liệu)' : path;
}

export function countProblems(problems: readonly Problem[]): Record<ProblemLevel, number> {
  const counts: Record<ProblemLevel, number> = { error: 0, warning: 0, info: 0 };
  for (const problem of problems) counts[problem.level] += 1;
  return counts;
}

// Code points, not UTF-16 units: the text is NFC, so one Vietnamese letter is one column.
const width = (text: string): number => [...text].length;
const pad = (text: string, size: number): string => text + ' '.repeat(Math.max(0, size - width(text)));
// One row per problem even if a message spans lines.
const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

/** A plain-text Vietnamese table: document id, type, field path, level, message. */
export function formatReport(problems: readonly Problem[], excludedIds: ReadonlySet<string> = new Set()): string {
  if (problems.length === 0) return 'Kiểm tra nội dung: không có vấn đề nào.';
  const counts = countProblems(problems);
  const sorted = [...problems].sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      collator.compare(a.documentId, b.documentId) ||
      collator.compare(formatPath(a.path), formatPath(b.path)),
  );
  const header = ['Mã tài liệu', 'Loại', 'Trường', 'Mức', 'Thông báo'];
  const rows = sorted.map((p) => [p.documentId, p.documentType, formatPath(p.path), LEVEL_LABEL[p.level], oneLine(p.message)]);
  // The message column is last and left ragged, so only the first four are padded.
  const widths = header.slice(0, 4).map((title, i) => Math.max(width(title), ...rows.map((row) => width(row[i] ?? ''))));
  const line = (cells: string[]): string =>
    cells.map((cell, i) => (i < widths.length ? pad(cell, widths[i] ?? 0) : cell)).join(' │ ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).concat('─'.repeat(9)).join('─┼─');
  const summary =
    `Kiểm tra nội dung: ${counts.error} lỗi, ${counts.warning} cảnh báo, ${counts.info} thông tin` +
    (excludedIds.size > 0 ? `; ${excludedIds.size} tài liệu có lỗi bị loại khỏi trang công khai.` : '.');
  const excluded = excludedIds.size > 0 ? [`Bị loại: ${[...excludedIds].sort(collator.compare).join(', ')}`] : [];
  return [summary, '', line(header), rule, ...rows.map(line), '', ...excluded].join('\n').trimEnd();
}

// ---------------------------------------------------------------------------------------------------
// Strict mode

// `isStrict` lives with the config parsing (it shares the STRICT spellings); re-exported for callers.
export { isStrict } from './config.ts';

/** Throws `ContentIntegrityError` when strict and the check found errors; otherwise does nothing. */
export function assertContentIntegrity(check: ContentCheck, strict: boolean, report = ''): void {
  if (!strict) return;
  const counts = countProblems(check.problems);
  if (counts.error === 0) return;
  throw new ContentIntegrityError(
    `Chế độ nghiêm ngặt: kiểm tra nội dung thấy ${counts.error} lỗi ở ${check.excludedIds.size} tài liệu ` +
      `(kèm ${counts.warning} cảnh báo, ${counts.info} thông tin), nên bản dựng dừng lại; ` +
      'hãy sửa các lỗi trong bảng báo cáo ở trên, hoặc bỏ STRICT/--strict để dựng trang mà không có các tài liệu đó.',
    report,
  );
}

// ---------------------------------------------------------------------------------------------------
// One call for the build

export interface PrepareContentOptions {
  /** Defaults to `process.env`. */
  env?: Env;
  /** Defaults to `process.argv`; `--strict` here turns strict mode on. */
  argv?: readonly string[];
  /** Receives the report table (e.g. an Astro integration logger). Nothing is printed otherwise. */
  log?: (report: string) => void;
  /** Throw `ContentIntegrityError` in strict mode when there are errors (default true). */
  failOnStrict?: boolean;
  /** For tests: talk to a loopback stand-in of Sanity's API. */
  sanity?: SanitySourceOptions;
  /** Persistent validation cache file and its hit/miss report (see CheckContentOptions). */
  validationCacheFile?: string;
  onValidationCache?: CheckContentOptions['onValidationCache'];
}

export interface PreparedContent extends Omit<ContentBackend, 'source'> {
  /** What pages query: published perspective, every excluded document pruned. */
  source: ContentSource;
  /** The unpruned source (published perspective still applies). For diagnostics only. */
  rawSource: ContentSource;
  problems: Problem[];
  excludedIds: ReadonlySet<string>;
  /** `formatReport(problems, excludedIds)`. */
  report: string;
  strict: boolean;
}

/**
 * config → source → integrity check → public source + report. Throws only `ContentInputError`s
 * for bad input (config, dataset, strict-mode integrity) whose `message` is the whole story.
 */
export async function prepareContent(options: PrepareContentOptions = {}): Promise<PreparedContent> {
  const env = options.env ?? process.env;
  const config = readContentConfig(env);
  const strict = config.strict || (options.argv ?? process.argv).includes('--strict');
  const backend = await createContentBackend(config, options.sanity);
  const check = await checkContent(backend.source, {
    validationCacheFile: options.validationCacheFile,
    onValidationCache: options.onValidationCache,
  });
  const report = formatReport(check.problems, check.excludedIds);
  options.log?.(report);
  // Logged before failing, so a strict failure shows what to fix.
  if (options.failOnStrict !== false) assertContentIntegrity(check, strict, report);
  return {
    ...backend,
    source: createPublicSource(backend.source, check.excludedIds),
    rawSource: backend.source,
    problems: check.problems,
    excludedIds: check.excludedIds,
    report,
    strict,
  };
}
