// The site ships no framework JavaScript: every component renders to HTML at build time, and the
// only scripts are our small framework-free custom elements (site/src/scripts/, loaded by a page's
// own <script> tag). @astrojs/react still emits its hydration runtime into _astro/ even when no page
// has an island; nothing references it, so it is removed here. A page that loads a framework runtime
// (an Astro island, React DOM) fails the build: the site server publishes only builds that pass.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { startPhase } from '../lib/build-stats.ts';
import { buildFailure } from './failure.ts';

/** What only a hydration runtime contains: Astro's island element, React DOM's entry points. */
const FRAMEWORK_RUNTIME = /astro-island|hydrateRoot|react-dom/;

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

export function staticOnlyIntegration(): AstroIntegration {
  return {
    name: 'guong-sang:static-only',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const done = startPhase('staticOnlyCheck');
        const outDir = fileURLToPath(dir);
        const scripts: string[] = [];
        const texts: string[] = [];
        for await (const file of walk(outDir)) {
          if (file.startsWith(join(outDir, 'pagefind'))) continue;
          if (file.endsWith('.js') || file.endsWith('.mjs')) scripts.push(file);
          if (/\.(html|css|js|mjs|json|xml|webmanifest)$/.test(file)) texts.push(file);
        }
        // A few files at a time (10.000 pages held in memory at once cost ~1 GB), and only while
        // some script is still unaccounted for.
        const unused = new Map(scripts.map((script) => [script, script.slice(script.lastIndexOf('/') + 1)]));
        // Searched as bytes (file names are ASCII): decoding 10.000 Vietnamese pages to strings
        // cost more than reading them. A few reads in flight keep the disk busy.
        for (let i = 0; i < texts.length && unused.size > 0; i += 16) {
          const batch = texts.slice(i, i + 16);
          const contents = await Promise.all(batch.map((file) => readFile(file)));
          contents.forEach((bytes, j) => {
            for (const [script, name] of unused) if (batch[j] !== script && bytes.includes(name)) unused.delete(script);
          });
        }
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
