// Completes what Astro's incremental build restores. A page copied from the incremental cache links
// the image variants it had when it was rendered (`/_astro/<name>.<hash>_<transform>.webp`), and
// Astro replays the variants that page itself created — but a variant an earlier page created first
// is recorded only for that page; when that page is deleted or changes, later restored pages still
// link the variant and no one emits it (withastro/astro#17993, still open in 7.3.5). Every variant
// Astro ever encoded is kept in its image cache (`<cacheDir>/assets/`, named exactly as in `_astro/`,
// content-addressed), so a missing one is copied from there. Written by hand because the only other
// cure is re-rendering every page. A link that still points nowhere fails the build: a release with
// broken images is never published.
import { copyFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addCount, startPhase } from '../lib/build-stats.ts';
import { builtFiles } from '../lib/build/built-files.ts';
import { buildFailure } from './failure.ts';

export function restoredAssetsIntegration(): AstroIntegration {
  let imageCache = '';
  return {
    name: 'guong-sang:restored-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        imageCache = fileURLToPath(new URL('assets/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const done = startPhase('restoredAssets');
        try {
          const outDir = fileURLToPath(dir);
          const present = new Set(await readdir(join(outDir, '_astro')).catch(() => [] as string[]));
          const missing = [...(await builtFiles(outDir)).linkedImages].filter((name) => !present.has(name));
          const lost: string[] = [];
          for (const name of missing) {
            try {
              await copyFile(join(imageCache, name), join(outDir, '_astro', name));
              addCount('images.restoredFromCache');
            } catch {
              lost.push(name);
            }
          }
          if (missing.length > lost.length) {
            logger.info(`Đã chép lại ${missing.length - lost.length} ảnh từ bộ nhớ đệm cho các trang được dùng lại.`);
          }
          if (lost.length > 0) {
            throw buildFailure(`Có trang trỏ tới ${lost.length} tệp ảnh không có trong bản dựng (ví dụ /_astro/${lost[0]}): bản dựng không được phát hành; hãy dựng lại đầy đủ bằng "pnpm build --force".`);
          }
        } finally {
          done();
        }
      },
    },
  };
}
