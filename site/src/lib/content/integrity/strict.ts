/**
 * Strict mode (`STRICT=1` / `--strict`, decided by config.ts `readContentConfig`): turns any error the check found into one failed build
 * (`ContentIntegrityError`, carrying the report) instead of a build without the broken documents.
 */
import { ContentIntegrityError } from '../errors.ts';
import type { ContentCheck } from './check.ts';
import { countProblems } from './report.ts';

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
