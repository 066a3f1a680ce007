/** The build report the site writes to BUILD_REPORT_FILE (contract of issue 9), validated. */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const Count = z.number().int().nonnegative();

export const BuildReportSchema = z.object({
  version: z.literal(1),
  builtAt: z.iso.datetime({ offset: true }),
  pages: z.object({ total: Count, rendered: Count, reused: Count }),
  /** In the contract; the site's report may omit it (then the page count itself is not cross-checked). */
  expectedPages: Count.optional(),
  routedDocuments: Count,
  nextBoundary: z.iso.datetime({ offset: true }).nullable(),
  problems: z.object({ errors: Count, warnings: Count }),
  search: z.enum(['built', 'deferred']),
});

export type BuildReport = z.infer<typeof BuildReportSchema>;

/** The report, `null` when the file is missing, or an Error with a Vietnamese message when malformed. */
export async function readBuildReport(file: string): Promise<BuildReport | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`Báo cáo dựng ${file} không phải JSON hợp lệ.`);
  }
  const parsed = BuildReportSchema.safeParse(json);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') || '(gốc)';
    throw new Error(`Báo cáo dựng ${file} sai ở trường ${field}.`);
  }
  return parsed.data;
}
