// E-publications in the site build: for every published publication, an EPUB 3 and a print-ready
// PDF (A5, or the publication's page size) at /an-pham/<slug>/<slug>.{epub,pdf}.
//
// The landing pages show each file's size, and pages render before `astro:build:done`, so the files
// are produced (or taken from site/.cache/booklets/, see lib/booklet/publish.ts) from
// `astro:build:start` on, in the background while Vite bundles; the pages await that result
// (lib/booklet/site-data.ts) and build:done only copies the files into dist/.
//
// Warnings (left-out chapters, unreadable images) are printed with the ids concerned. A booklet that
// fails is reported in one Vietnamese sentence naming it and its download buttons are left out; in
// strict mode (STRICT=1 / --strict) any of that fails the build. Counted as booklet.generated /
// booklet.reused, timed as phase "booklets".
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { addCount, startPhase } from '../lib/build-stats.ts';
import { publishBooklets } from '../lib/booklet/publish.ts';
import { bookletSiteUrl } from '../lib/booklet/render.ts';
import { allBookletDownloads, loadBookletModels, setBookletDownloads, type BookletDownloads } from '../lib/booklet/site-data.ts';
import { loadPreparedContent } from '../lib/build/content.ts';
import { buildFailure } from './failure.ts';
import { logSafe } from '../lib/content/integrity/log-safe.ts';

export function bookletsIntegration(): AstroIntegration {
  let cacheDir = '';
  let siteDir = '';
  let strict = false;
  let strictProblems: string[] = [];
  return {
    name: 'guong-sang:booklets',
    hooks: {
      'astro:config:setup': ({ config }) => {
        siteDir = fileURLToPath(config.root);
        // BOOKLET_CACHE_DIR: `pnpm bench` can keep its own cache, as with OG_CACHE_DIR.
        cacheDir = process.env.BOOKLET_CACHE_DIR || fileURLToPath(new URL('./.cache/booklets/', config.root));
      },

      'astro:build:start': async ({ logger }) => {
        const prepared = await loadPreparedContent();
        strict = prepared.strict;
        const booklets = [...(await loadBookletModels()).values()];
        strictProblems = [];
        for (const booklet of booklets) {
          if (booklet.error) {
            logger.error(logSafe(`Không đọc được ấn phẩm «${booklet.title}» (${booklet.id}): ${booklet.error}`));
            strictProblems.push(booklet.error);
          }
          for (const warning of booklet.warnings) {
            logger.warn(logSafe(warning.message));
            if (warning.code === 'chapter-missing') strictProblems.push(warning.message);
          }
          if (booklet.model && booklet.model.chapters.length === 0) {
            const message = `Ấn phẩm «${booklet.title}» (${booklet.id}) không có chương nào dùng được nên không được phát hành.`;
            logger.warn(logSafe(message));
            strictProblems.push(message);
          }
        }
        // Strict: stop before rendering anything (the engine's rule: no left-out chapter).
        if (strict && strictProblems.length > 0) {
          throw buildFailure(`Chế độ nghiêm ngặt: ấn phẩm điện tử có lỗi nên bản dựng dừng lại.\n${strictProblems.map((p) => `  - ${p}`).join('\n')}`);
        }

        const done = startPhase('booklets');
        const run = publishBooklets({
          booklets,
          prepared,
          cacheDir,
          siteDir,
          siteUrl: bookletSiteUrl(),
          log: logFor(logger),
        })
          .then((result) => {
            addCount('booklet.generated', result.generated.length);
            addCount('booklet.reused', result.reused.length);
            for (const failure of result.failures) logger.error(failure);
            logger.info(`Ấn phẩm điện tử (EPUB + PDF): dựng mới ${result.generated.length}, dùng lại ${result.reused.length} từ bộ nhớ đệm.`);
            return result as BookletDownloads;
          })
          .catch((error: unknown): BookletDownloads => {
            const message = `Không dựng được ấn phẩm điện tử nào: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
            logger.error(message);
            return { files: new Map(), failures: [message] };
          })
          .finally(done);
        // Not awaited: generation overlaps Vite's bundling; pages await it for the file sizes.
        setBookletDownloads(run);
      },

      'astro:build:done': async ({ dir, logger }) => {
        const pending = allBookletDownloads();
        if (!pending) return;
        const { files, failures } = await pending;
        if (strict && failures.length > 0) {
          throw buildFailure(`Chế độ nghiêm ngặt: ${failures.length} ấn phẩm điện tử không dựng được.\n${failures.map((f) => `  - ${f}`).join('\n')}`);
        }
        const outDir = fileURLToPath(dir);
        for (const downloads of files.values()) {
          for (const download of downloads) {
            const target = join(outDir, decodeURIComponent(download.href));
            try {
              await mkdir(join(target, '..'), { recursive: true });
              await copyFile(download.file, target);
            } catch (error) {
              // The page already links it: a missing file is a broken build.
              throw buildFailure(`Không chép được tệp ấn phẩm ${download.href}: ${error instanceof Error ? error.message : String(error)}`);
            }
          }
        }
        if (files.size > 0) logger.info(`Đã chép ${[...files.values()].flat().length} tệp ấn phẩm điện tử vào thư mục bản dựng.`);
      },
    },
  };
}

function logFor(logger: AstroIntegrationLogger) {
  return {
    info: (message: string) => logger.info(message),
    warn: (message: string) => logger.warn(logSafe(message)),
    error: (message: string) => logger.error(message),
  };
}
