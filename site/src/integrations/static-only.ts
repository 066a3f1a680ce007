// The site ships no framework JavaScript: every component renders to HTML at build time, and the
// only scripts are our small framework-free custom elements (site/src/scripts/, loaded by a page's
// own <script> tag). @astrojs/react still emits its hydration runtime into _astro/ even when no page
// has an island; nothing references it, so it is removed here. A page that loads a framework runtime
// (an Astro island, React DOM) fails the build: the site server publishes only builds that pass.
import { readFile, rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { startPhase } from '../lib/build-stats.ts';
import { builtFiles } from '../lib/build/built-files.ts';
import { buildState } from '../lib/build/state.ts';
import { buildFailure } from './failure.ts';

/** What only a hydration runtime contains: Astro's island element, React DOM's entry points. */
const FRAMEWORK_RUNTIME = /astro-island|hydrateRoot|react-dom/;

export function staticOnlyIntegration(): AstroIntegration {
  return {
    name: 'guong-sang:static-only',
    hooks: {
      // A new build reads its output afresh (lib/build/built-files.ts keeps one read per build).
      'astro:build:start': () => {
        buildState.builtFiles = undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const done = startPhase('staticOnlyCheck');
        const outDir = fileURLToPath(dir);
        const { files, referencedScripts } = await builtFiles(outDir);
        const scripts = files.filter((file) => file.endsWith('.js') || file.endsWith('.mjs'));
        const unused = new Set(scripts.filter((script) => !referencedScripts.has(script)));
        const runtimes: string[] = [];
        for (const script of scripts) {
          if (unused.has(script)) {
            await rm(script);
            logger.info(`Đã bỏ ${relative(outDir, script)} (không trang nào dùng).`);
          } else if (FRAMEWORK_RUNTIME.test(await readFile(script, 'utf8'))) {
            runtimes.push(relative(outDir, script));
          } else {
            logger.info(`${relative(outDir, script)}: mã tùy biến nhỏ của trang (site/src/scripts), được phép.`);
          }
        }
        done();
        if (runtimes.length > 0) {
          throw buildFailure(`Trang tĩnh không được nạp mã khung phía trình duyệt (island, React DOM), nhưng có trang dùng ${runtimes.join(', ')}: bản dựng không được phát hành.`);
        }
      },
    },
  };
}
