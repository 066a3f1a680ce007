// `pnpm booklet <slug> [--format epub|pdf|all] [--out dir] [--page-size A5|A4] [--strict]`
//
// Builds one e-publication from the local dataset or Sanity (the content seam decides, from
// CONTENT_DATASET / SANITY_* as for the site build). Prints one line per chapter and the files
// written; any failure is one Vietnamese sentence on stderr and exit code 1, without a stack.
//
// Runs on Node 24's type stripping (`node scripts/booklet.ts`); the workspace sets
// `erasableSyntaxOnly`, so every module it imports stays strippable.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isInputError } from '../site/src/integrations/failure.ts';
import { buildBookletFromContent, type BookletFormat, type PageSize } from '../site/src/lib/booklet/index.ts';
import { prepareContent } from '../site/src/lib/content/index.ts';

const USAGE = 'Cách dùng: pnpm booklet <đường-dẫn-ấn-phẩm> [--format epub|pdf|all] [--out thư-mục] [--page-size A5|A4] [--strict]';

class UsageError extends Error {}

const sizeFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
  return `${sizeFormat.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

function parse(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'all' },
        out: { type: 'string', short: 'o' },
        'page-size': { type: 'string' },
        strict: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`Tham số không hợp lệ (${error instanceof Error ? error.message : String(error)}). ${USAGE}`);
  }
  const { values, positionals } = parsed;
  const slugs = positionals.filter((p) => p !== '--');
  if (slugs.length !== 1) throw new UsageError(`Cần đúng một đường dẫn (slug) của ấn phẩm. ${USAGE}`);
  const format = values.format;
  if (format !== 'epub' && format !== 'pdf' && format !== 'all') {
    throw new UsageError(`Định dạng "${format}" không hợp lệ: chỉ nhận epub, pdf hoặc all.`);
  }
  const pageSize = values['page-size']?.toUpperCase();
  if (pageSize !== undefined && pageSize !== 'A5' && pageSize !== 'A4') {
    throw new UsageError(`Khổ giấy "${values['page-size']}" không hợp lệ: chỉ nhận A5 hoặc A4.`);
  }
  const formats: BookletFormat[] = format === 'all' ? ['epub', 'pdf'] : [format];
  // Relative paths mean what the user typed them against (pnpm runs scripts from the root).
  const base = process.env.INIT_CWD || process.cwd();
  return {
    slug: slugs[0]!,
    formats,
    outDir: resolve(base, values.out ?? 'booklets'),
    pageSize: pageSize as PageSize | undefined,
    strict: values.strict,
  };
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  if (args.strict) process.env.STRICT = '1';
  const prepared = await prepareContent({
    log: (report) => {
      if (!report.startsWith('Kiểm tra nội dung: không có vấn đề')) console.error(report.split('\n')[0]);
    },
  });
  const result = await buildBookletFromContent({
    prepared,
    slug: args.slug,
    formats: args.formats,
    outDir: args.outDir,
    pageSize: args.pageSize,
    onChapter: (chapter, total) => console.log(`Chương ${chapter.index}/${total}: ${chapter.title}`),
    warn: (warning) => console.error(`Cảnh báo: ${warning.message}`),
  });
  if (!result.published) {
    throw new UsageError(`Ấn phẩm "${args.slug}" không có chương nào dùng được nên không được phát hành.`);
  }
  for (const file of result.files) {
    console.log(`Đã tạo ${file.format.toUpperCase()}: ${file.path} (${formatSize(file.bytes)})`);
  }
}

if (import.meta.main) {
  try {
    await main();
  } catch (error) {
    if (error instanceof UsageError || isInputError(error)) {
      console.error((error as Error).message);
    } else {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      console.error(`Không dựng được ấn phẩm vì một lỗi ngoài dự kiến: ${message}`);
    }
    process.exitCode = 1;
  }
}
