/**
 * Copies a directory tree by hard-linking its files: instant and free of extra disk space, which is
 * what lets a release borrow the live search index, the search step start from the live release, and
 * the indexer reuse an unchanged archive part (lib/search/archive-reuse.ts). Safe only because
 * releases are never written in place: whoever changes a copied subtree removes it first and writes
 * new files. It lives in site/ because both the indexer and the site server (server/) use it.
 */
import { link, mkdir, readdir, readlink, symlink } from 'node:fs/promises';
import { join } from 'node:path';

export async function linkTree(from: string, to: string): Promise<number> {
  await mkdir(to, { recursive: true });
  let count = 0;
  const entries = await readdir(from, { withFileTypes: true });
  for (const entry of entries) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) count += await linkTree(source, target);
    else if (entry.isSymbolicLink()) await symlink(await readlink(source), target);
    else if (entry.isFile()) {
      await link(source, target);
      count += 1;
    }
  }
  return count;
}
