/**
 * Report: turns the check's problems into the plain-text Vietnamese table the build prints (and
 * strict mode attaches to its error). Pure formatting; no I/O.
 */
import type { Problem, ProblemLevel } from './check.ts';
import { logSafe } from './log-safe.ts';
import { REPAIR_CODE } from './passes.ts';

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
  // Every cell comes from content: no escape sequence or control character reaches the terminal.
  const rows = sorted.map((p) =>
    [p.documentId, p.documentType, formatPath(p.path), LEVEL_LABEL[p.level], oneLine(p.message)].map(logSafe),
  );
  // The message column is last and left ragged, so only the first four are padded.
  const widths = header.slice(0, 4).map((title, i) => Math.max(width(title), ...rows.map((row) => width(row[i] ?? ''))));
  const line = (cells: string[]): string =>
    cells.map((cell, i) => (i < widths.length ? pad(cell, widths[i] ?? 0) : cell)).join(' │ ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).concat('─'.repeat(9)).join('─┼─');
  const repairs = problems.filter((p) => p.code === REPAIR_CODE).length;
  const summary =
    `Kiểm tra nội dung: ${counts.error} lỗi, ${counts.warning} cảnh báo` +
    (repairs > 0 ? ` (${repairs} chỗ đã tự sửa)` : '') +
    `, ${counts.info} thông tin` +
    (excludedIds.size > 0 ? `; ${excludedIds.size} tài liệu không hiển thị được bị loại khỏi trang công khai.` : '.');
  const excluded = excludedIds.size > 0 ? [`Bị loại: ${[...excludedIds].sort(collator.compare).map(logSafe).join(', ')}`] : [];
  return [summary, '', line(header), rule, ...rows.map(line), '', ...excluded].join('\n').trimEnd();
}
