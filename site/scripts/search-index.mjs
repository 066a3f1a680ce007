#!/usr/bin/env node
// `node site/scripts/search-index.mjs <siteDir>`: writes the Pagefind index of an already built site
// into `<siteDir>/pagefind/` (what the build does itself unless SEARCH_INDEX=defer). The site server
// runs it after a release is live, in its own process, so the build's memory is already freed.
// Exit 0 on success; otherwise one Vietnamese sentence on stderr and exit 1.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeSearchIndex } from '../src/lib/search/write-index.ts';

const [target] = process.argv.slice(2);
if (!target || !existsSync(target) || !statSync(target).isDirectory()) {
  console.error(`Cần đường dẫn tới thư mục trang đã dựng (nhận được ${JSON.stringify(target ?? '')}).`);
  process.exit(1);
}
try {
  const pages = await writeSearchIndex(resolve(target));
  console.log(`Đã lập chỉ mục tìm kiếm cho ${pages} trang.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
