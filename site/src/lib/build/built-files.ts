// One read of a finished build's text files, shared by the checks that look into them: the
// static-only gate (which scripts some file references), the restored-assets completion (which
// `_astro/` images the pages link) and the sitemap (which pages are `noindex`). At 10,000 stories a
// pass over the ~13,400 pages reads ~800 MB; three passes were a quarter of what a one-story publish
// spends after rendering. Memoised per output folder in the build state.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { buildState } from './state.ts';

export interface BuiltFiles {
  /** Every file under the output folder (absolute paths), the search bundles excepted. */
  files: string[];
  /** Scripts (`.js`, `.mjs`) whose file name some other text file contains. */
  referencedScripts: Set<string>;
  /** `_astro/` image file names that HTML pages link. */
  linkedImages: Set<string>;
  /** HTML files (paths relative to the folder, `/`-separated) marked `<meta name="robots" content="…noindex…">`. */
  noindex: Set<string>;
}

const TEXT = /\.(html|css|js|mjs|json|xml|webmanifest)$/;
const SCRIPT = /\.m?js$/;
const IMAGE_LINK = /\/_astro\/([A-Za-z0-9._-]+\.(?:avif|webp|jpe?g|png|gif|svg))/g;
const NOINDEX = /<meta\s+name="robots"\s+content="[^"]*noindex/i;
/** Pagefind's bundles are written later (or borrowed) and hold no page or script of the site's. */
const SKIPPED = /^pagefind/;

async function scan(outDir: string): Promise<BuiltFiles> {
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !SKIPPED.test(relative(outDir, file)))
    .sort();
  const scripts = files.filter((file) => SCRIPT.test(file)).map((file) => ({ file, name: basename(file) }));
  const found: BuiltFiles = { files, referencedScripts: new Set(), linkedImages: new Set(), noindex: new Set() };
  const texts = files.filter((file) => TEXT.test(file));
  // A few reads in flight keep the disk busy; bytes, not strings, for the script names (decoding
  // 10,000 Vietnamese pages cost more than reading them); latin1 for the ASCII patterns of pages.
  for (let i = 0; i < texts.length; i += 16) {
    const batch = texts.slice(i, i + 16);
    const contents = await Promise.all(batch.map((file) => readFile(file)));
    contents.forEach((bytes, j) => {
      const file = batch[j]!;
      for (const script of scripts) {
        if (script.file !== file && !found.referencedScripts.has(script.file) && bytes.includes(script.name)) found.referencedScripts.add(script.file);
      }
      if (!file.endsWith('.html')) return;
      const text = bytes.toString('latin1');
      for (const match of text.matchAll(IMAGE_LINK)) found.linkedImages.add(match[1]!);
      if (NOINDEX.test(text)) found.noindex.add(relative(outDir, file).split(sep).join('/'));
    });
  }
  return found;
}

/** The scan of `outDir`, read once per build (the first caller reads; the others wait for it). */
export function builtFiles(outDir: string): Promise<BuiltFiles> {
  if (buildState.builtFiles?.dir !== outDir) buildState.builtFiles = { dir: outDir, scan: scan(outDir) };
  return buildState.builtFiles.scan;
}
