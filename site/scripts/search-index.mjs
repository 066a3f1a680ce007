#!/usr/bin/env node
// `node site/scripts/search-index.mjs <siteDir> [--previous <dir>]`: writes the Pagefind index of an
// already built site into `<siteDir>/pagefind/` and `<siteDir>/pagefind-luu-tru/` (what the build
// does itself unless SEARCH_INDEX=defer). The site server runs it after a release is live, in its own
// process, so the build's memory is already freed. `--previous` names a site folder holding the
// previous index: its line between the bundles is kept when it fits and each archive part is
// hard-linked when nothing in it changed (lib/search/archive-reuse.ts); the printed line says how many.
// Exit 0 on success; otherwise one Vietnamese sentence on stderr and exit 1.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeSearchIndex, writeSearchIndex } from '../src/lib/search/write-index.ts';

const isDir = (path) => Boolean(path) && existsSync(path) && statSync(path).isDirectory();

const args = process.argv.slice(2);
const at = args.indexOf('--previous');
const previous = at === -1 ? undefined : args[at + 1];
const [target, ...extra] = at === -1 ? args : [...args.slice(0, at), ...args.slice(at + 2)];
if (!isDir(target) || extra.length) {
  console.error(`Cần đúng một đường dẫn tới thư mục trang đã dựng (nhận được ${JSON.stringify(args.join(' '))}).`);
  process.exit(1);
}
if (at !== -1 && !isDir(previous)) {
  console.error(`--previous cần đường dẫn tới thư mục của bản phát hành trước (nhận được ${JSON.stringify(previous ?? '')}).`);
  process.exit(1);
}
try {
  const result = await writeSearchIndex(resolve(target), process.env, previous === undefined ? {} : { previous: resolve(previous) });
  console.log(describeSearchIndex(result));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
