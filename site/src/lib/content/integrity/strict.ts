/**
 * Strict mode (decided by config.ts `readContentConfig`): `STRICT=1` / `--strict` turns any error the
 * check found into one failed build (`ContentIntegrityError`, carrying the report) instead of a build
 * without the documents that cannot be rendered; `STRICT=repairs` / `--strict=repairs` also fails
 * when the build had to repair content.
 */
import type { StrictMode } from '../config.ts';
import { ContentIntegrityError } from '../errors.ts';
import type { ContentCheck } from './check.ts';
import { countProblems } from './report.ts';

/** `strict` and `strictRepairs` of a config or prepared content, as one mode. */
export function strictModeOf(flags: { strict: boolean; strictRepairs?: boolean }): StrictMode {
  return flags.strictRepairs ? 'repairs' : flags.strict ? 'errors' : false;
}

/**
 * Throws `ContentIntegrityError` when strict and the check found errors (or, in the repairs mode,
 * made repairs); otherwise does nothing. `true` means `'errors'`.
 */
export function assertContentIntegrity(check: ContentCheck, strict: StrictMode | boolean, report = ''): void {
  if (strict === false) return;
  const counts = countProblems(check.problems);
  const repairs = strict === 'repairs' ? check.repairs : 0;
  if (counts.error === 0 && repairs === 0) return;
  const withErrors = new Set(check.problems.filter((p) => p.level === 'error').map((p) => p.documentId)).size;
  const found = [
    counts.error > 0 ? `${counts.error} lỗi ở ${withErrors} tài liệu (${check.excludedIds.size} tài liệu bị loại)` : '',
    repairs > 0 ? `${repairs} chỗ phải tự sửa (chế độ STRICT=repairs dừng cả khi có chỗ tự sửa)` : '',
  ].filter(Boolean);
  throw new ContentIntegrityError(
    `Chế độ nghiêm ngặt: kiểm tra nội dung thấy ${found.join(' và ')} ` +
      `(tổng cộng ${counts.warning} cảnh báo, ${counts.info} thông tin), nên bản dựng dừng lại; ` +
      'hãy sửa các mục trong bảng báo cáo ở trên, hoặc bỏ STRICT/--strict để dựng trang với nội dung đã tự sửa và không có các tài liệu bị loại.',
    report,
  );
}
