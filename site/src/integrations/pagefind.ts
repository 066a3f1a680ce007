// Pagefind search index, built with Pagefind's Node API once Astro has written dist/.
// Only `[data-pagefind-body]` regions are indexed (Pagefind's rule once any page carries the
// attribute); the site is Vietnamese, so the language is forced to `vi`. Any error Pagefind reports
// fails the build: a site whose search silently broke is worse than no deploy.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildFailure } from './failure.ts';
import { startPhase } from '../lib/build-stats.ts';

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'guong-sang:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const problems: string[] = [];
        const done = startPhase('pagefind');
        try {
          const created = await pagefind.createIndex({ forceLanguage: 'vi' });
          problems.push(...created.errors);
          const index = created.index;
          if (!index) throw buildFailure(`Pagefind không tạo được chỉ mục: ${problems.join('; ') || 'không rõ lý do'}.`);

          const added = await index.addDirectory({ path: outDir });
          problems.push(...added.errors);
          if (added.page_count === 0) problems.push('không có trang nào có vùng [data-pagefind-body] để lập chỉ mục');

          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          problems.push(...written.errors);
          if (problems.length) {
            throw buildFailure(`Pagefind báo lỗi khi lập chỉ mục tìm kiếm: ${problems.join('; ')}.`);
          }
          logger.info(`Đã lập chỉ mục tìm kiếm cho ${added.page_count} trang.`);
        } finally {
          await pagefind.close();
          done();
        }
      },
    },
  };
}
