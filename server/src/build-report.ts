/** The build report the site writes to BUILD_REPORT_FILE (contract of issue 9), validated. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
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

async function countPages(dir: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') count += await countPages(join(dir, entry.name));
    } else if (entry.isFile() && entry.name.endsWith('.html')) count += 1;
  }
  return count;
}

/**
 * A stand-in report computed from the output folder, for builds of a site that does not write
 * BUILD_REPORT_FILE yet (only behind the job's `allowMissingReport` option).
 */
export async function reportFromOutput(dir: string, builtAt: Date): Promise<BuildReport> {
  const total = await countPages(dir);
  return {
    version: 1,
    builtAt: builtAt.toISOString(),
    pages: { total, rendered: total, reused: 0 },
    expectedPages: total,
    routedDocuments: 0,
    nextBoundary: null,
    problems: { errors: 0, warnings: 0 },
    search: 'built',
  };
}
