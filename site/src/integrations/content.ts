// Content integration: checks the content once at build start (the seam's prepareContent, memoised),
// prints the Vietnamese problems report, stops a strict build with one paragraph (no stack), and
// feeds the images the pages will show into Astro's asset pipeline (virtual:guong-sang/images).
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { assertContentIntegrity, strictModeOf } from '../lib/content/integrity/strict.ts';
import { logSafe } from '../lib/content/integrity/log-safe.ts';
import { prepareLocalImages } from '../lib/images/crop-cache.ts';
import { collectImages } from '../lib/images/geometry.ts';
import { datasetImagesPlugin } from '../lib/images/vite-plugin.ts';
import { loadPreparedContent } from '../lib/build/content.ts';
import { loadRouteData } from '../lib/routes/data.ts';
import { loadBookletModels } from '../lib/booklet/site-data.ts';
import { collectFileRefs, localFileHref } from '../lib/routes/files.ts';
import { buildFailure, isInputError } from './failure.ts';
import { timePhase } from '../lib/build-stats.ts';

export function contentIntegration(): AstroIntegration {
  return {
    name: 'guong-sang:content',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        if (command === 'preview') return;
        try {
          // Load + validate (first caller of the memo); timed for `pnpm bench`.
          const prepared = await timePhase('content', loadPreparedContent);
          const hasErrors = prepared.problems.some((p) => p.level === 'error');
          (hasErrors ? logger.warn : logger.info).call(logger, `\n${prepared.report}\n`);
          assertContentIntegrity(prepared, strictModeOf(prepared));
        } catch (error) {
          // Bad input (config, dataset, strict-mode errors): one paragraph, no stack trace.
          if (isInputError(error)) throw buildFailure(error.message);
          throw error;
        }

        const cacheDir = fileURLToPath(new URL('./.cache/images/', config.root));
        updateConfig({
          vite: {
            plugins: [
              datasetImagesPlugin(async () => {
                const prepared = await loadPreparedContent();
                // Real Sanity projects: images come from Sanity's CDN (@sanity/image-url).
                if (!prepared.dataset) return new Map();
                // Booklet chapters too: section chapters' images appear only in the web reader.
                const booklets = [...(await loadBookletModels()).values()].map((b) => b.model);
                const images = collectImages([await loadRouteData(), booklets]);
                return prepareLocalImages(images, prepared.dataset.assetPath, cacheDir, (m) => logger.warn(m));
              }),
            ],
          },
        });
      },

      // Local export only: copy the file assets pages link to (audio) next to the pages.
      'astro:build:done': async ({ dir, logger }) => {
        const prepared = await loadPreparedContent();
        if (!prepared.dataset) return;
        const outDir = fileURLToPath(dir);
        for (const ref of collectFileRefs(await loadRouteData())) {
          const href = localFileHref(ref)!;
          try {
            const target = join(outDir, href);
            await mkdir(join(target, '..'), { recursive: true });
            await copyFile(prepared.dataset.assetPath(ref), target);
          } catch (error) {
            logger.warn(logSafe(`Không chép được tệp ${ref}: ${error instanceof Error ? error.message : String(error)}`));
          }
        }
      },
    },
  };
}
