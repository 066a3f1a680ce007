import { getDraftId, isDraftId } from './ids.ts';

/** A finding from walking a document's raw value. */
export interface ReferenceIssue {
  path: string;
  level: 'error' | 'warning';
  message: string;
  code: string;
}

const ASSET_REF = /^(image|file)-/;

/**
 * Every `_ref` must point to a document in the set unless it is `_weak` (Sanity's marker for a
 * reference that may dangle, e.g. to a document not yet published). A published document pointing
 * to a target that exists only as a draft gets a warning: the public site never sees drafts.
 * Asset references (`image-…`, `file-…`) are only checked when the set contains asset documents,
 * because exports and sample data usually ship assets as files beside the documents.
 */
export function findReferenceIssues(
  document: Record<string, unknown>,
  ids: ReadonlySet<string>,
  options: { checkAssets: boolean },
): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const fromDraft = typeof document['_id'] === 'string' && isDraftId(document['_id']);
  walk(document, '', (value, path) => {
    const ref = value['_ref'];
    if (typeof ref !== 'string' || value['_weak'] === true) return;
    if (ASSET_REF.test(ref) && !options.checkAssets) return;
    if (ids.has(ref)) return;
    if (ids.has(getDraftId(ref))) {
      if (!fromDraft) {
        issues.push({ path, level: 'warning', code: 'custom.reference-draft-only', message: `Tham chiếu tới "${ref}" chỉ có bản nháp, chưa xuất bản: trang công khai sẽ không hiện được.` });
      }
      return;
    }
    issues.push({ path, level: 'error', code: 'custom.reference-missing', message: `Tham chiếu tới tài liệu không tồn tại: "${ref}".` });
  });
  return issues;
}

function walk(value: unknown, path: string, visit: (value: Record<string, unknown>, path: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, `${path}[${index}]`, visit));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  visit(record, path);
  for (const [key, item] of Object.entries(record)) {
    if (typeof item === 'object' && item !== null) walk(item, path === '' ? key : `${path}.${key}`, visit);
  }
}
