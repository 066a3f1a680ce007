import type { Path, ValidationError } from '@sanity/types';
import { findTextProblems, type TextProblem } from '../text/normalize.ts';
import { isRecord } from '../util/is-record.ts';

/**
 * Every string stored in a document must be NFC with look-alike Đ replaced (see text/normalize.ts).
 *
 * One document-level rule walks the whole value instead of a rule per field, so nothing is missed:
 * Portable Text spans, image alt text, array items, nested objects. Paths use `_key` segments where
 * items have keys, which is what the Studio needs to put the marker on the right field.
 *
 * It stays an *error* although the Studio input wrapper fixes text on save: data that reaches the
 * dataset by import or API never passes through that wrapper.
 */
export interface TextIssue {
  path: Path;
  problems: TextProblem[];
}

export function collectTextIssues(value: unknown, path: Path = []): TextIssue[] {
  const issues: TextIssue[] = [];
  visit(value, path, issues);
  return issues;
}

function visit(value: unknown, path: Path, issues: TextIssue[]): void {
  if (typeof value === 'string') {
    const problems = findTextProblems(value);
    if (problems.length > 0) issues.push({ path, problems });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => {
      const key = isRecord(item) && typeof item['_key'] === 'string' ? item['_key'] : undefined;
      visit(item, [...path, key === undefined ? index : { _key: key }], issues);
    });
    return;
  }
  if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      // `_id`, `_type`, `_key`, `_ref`… are identifiers, checked by their own rules.
      if (!key.startsWith('_')) visit(item, [...path, key], issues);
    }
  }
}

export function textIssueMessage(problems: TextProblem[]): string {
  const parts: string[] = [];
  if (problems.includes('not-nfc')) parts.push('dấu đang ở dạng tổ hợp (NFD) thay vì dựng sẵn (NFC)');
  if (problems.includes('look-alike-d')) parts.push('có chữ Ð/ð hoặc Ɖ/ɖ trông giống Đ/đ nhưng sai mã');
  return `Văn bản chưa chuẩn hóa: ${parts.join('; ')}. Studio sẽ tự sửa khi lưu — hãy sửa hoặc lưu lại trường này; dữ liệu nhập từ ngoài cần chuẩn hóa trước khi nhập.`;
}

/** Document-level custom validator: one error per offending string, at that string's path. */
export function normalizedTextValidator(value: unknown): true | ValidationError[] {
  const issues = collectTextIssues(value);
  if (issues.length === 0) return true;
  return issues.map((issue) => ({
    message: textIssueMessage(issue.problems),
    path: issue.path,
    code: 'custom.text-not-normalized',
    details: { problems: issue.problems },
  }));
}
