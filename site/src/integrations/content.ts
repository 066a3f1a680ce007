// Content integration: checks the content once at build start, prints the Vietnamese problems
// report, stops a strict build with one paragraph (no stack), and feeds the images the pages will
// show into Astro's asset pipeline (virtual:guong-sang/images).
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContentConfig } from '../lib/content/config.ts';
import { loadDataset } from '../lib/content/dataset.ts';
import { prepareLocalImages } from '../lib/images/crop-cache.ts';
import { collectImages } from '../lib/images/geometry.ts';
import { datasetImagesPlugin } from '../lib/images/vite-plugin.ts';
import { loadPreparedContent, loadRouteData } from '../lib/routes/data.ts';
import { buildFailure, isInputError } from './failure.ts';

interface Problem {
  severity?: string;
  level?: string;
}

const isError = (p: Problem) => (p.severity ?? p.level ?? 'error') === 'error';

export function contentIntegration(): AstroIntegration {
  return {
    name: 'guong-sang:content',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        if (command === 'preview') return;
        let prepared;
        try {
          prepared = await loadPreparedContent();
        } catch (error) {
          if (isInputError(error)) throw buildFailure(error.message);
          throw error;
        }
        const problems = (prepared.problems ?? []) as Problem[];
        if (prepared.report) {
          const log = problems.some(isError) ? logger.warn.bind(logger) : logger.info.bind(logger);
          log(`\n${prepared.report}`);
        }
        const errors = problems.filter(isError).length;
        if (prepared.strict && errors > 0) {
          throw buildFailure(
            `Chế độ nghiêm ngặt (STRICT): nội dung có ${errors} lỗi (xem báo cáo ở trên, mỗi dòng nêu mã tài liệu và trường cần sửa), nên bản dựng dừng lại và không xuất bản gì. Hãy sửa các lỗi đó trong Studio hoặc dựng lại không có STRICT để bỏ qua những tài liệu lỗi.`,
          );
        }

        const cacheDir = fileURLToPath(new URL('./.cache/images/', config.root));
        updateConfig({
          vite: {
            plugins: [
              datasetImagesPlugin(async () => {
                const contentConfig = readContentConfig();
                if (contentConfig.kind !== 'local') return new Map();
                const { assetPath } = await loadDataset(contentConfig.datasetPath);
                const images = collectImages(await loadRouteData());
                return prepareLocalImages(images, assetPath, cacheDir, (m) => logger.warn(m));
              }),
            ],
          },
        });
      },
    },
  };
}
