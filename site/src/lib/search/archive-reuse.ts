// Reusing the previous index's archive parts (/pagefind-luu-tru/<part>/, bundles.ts). Indexing the
// old stories is most of the search step's time at 10,000 stories, and an edit or a new story rarely
// touches them. Each part is named after a fingerprint of everything its bytes depend on: its pages
// (path and the hash of what Pagefind reads of them), Pagefind's version and options, and the
// PAGEFIND_* environment the binary reads. A part whose folder already exists under that name in the
// previous index is hard-linked into the new site (lib/files/tree-link.ts) instead of indexed: never
// copied or written in place, because older releases share those inodes.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkTree } from '../files/tree-link.ts';
import { BUNDLE_DIRS, SPLIT_FILE, type SearchSplit } from './bundles.ts';
import type { SitePage } from './site-pages.ts';

/** Changed whenever how pages reach Pagefind changes in a way the other inputs do not show. */
const FINGERPRINT_FORMAT = 'guong-sang-archive/1';

/** A bundle's own record of the Pagefind version that wrote it, or null if unreadable. */
export function bundleVersion(bundleDir: string): string | null {
  try {
    const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { version?: unknown };
    return typeof entry.version === 'string' ? entry.version : null;
  } catch {
    return null;
  }
}

export interface ArchiveInputs {
  /** Pagefind's version (bundleVersion of the bundle just written by the same binary). */
  pagefindVersion: string;
  /** The options given to createIndex. */
  config: Record<string, unknown>;
  /** The environment: the PAGEFIND_* variables in it count (the binary reads e.g. the chunk size there). */
  env: Readonly<Record<string, string | undefined>>;
}

/** sha256 over the inputs and the archive's pages sorted by path. */
export function archiveFingerprint(pages: ReadonlyArray<Pick<SitePage, 'path' | 'hash'>>, inputs: ArchiveInputs): string {
  const pagefindEnv = Object.entries(inputs.env)
    .filter(([name, value]) => name.startsWith('PAGEFIND_') && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const hash = createHash('sha256').update(JSON.stringify([FINGERPRINT_FORMAT, inputs.pagefindVersion, inputs.config, pagefindEnv]));
  for (const page of [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(`\n${JSON.stringify([page.path, page.hash])}`);
  return hash.digest('hex');
}

/** The split file of the index under `siteDir`, or null when it is missing or unreadable (then nothing is reused). */
export function readSplit(siteDir: string): Partial<SearchSplit> | null {
  try {
    const split = JSON.parse(readFileSync(join(siteDir, BUNDLE_DIRS[0], SPLIT_FILE), 'utf8')) as unknown;
    return split && typeof split === 'object' ? (split as Partial<SearchSplit>) : null;
  } catch {
    return null;
  }
}

/** A part's folder name under the archive: its fingerprint, shortened (64 bits is plenty for a handful of parts). */
export function partName(fingerprint: string): string {
  return `p${fingerprint.slice(0, 16)}`;
}

/**
 * Hard-links the part `name` of `previousDir`'s archive into `siteDir`'s when the previous index has
 * it complete; true when it did. Nothing is written otherwise.
 */
export async function reuseArchivePart(previousDir: string, name: string, siteDir: string): Promise<boolean> {
  const from = join(previousDir, BUNDLE_DIRS[1], name);
  if (!existsSync(join(from, 'pagefind-entry.json'))) return false;
  await linkTree(from, join(siteDir, BUNDLE_DIRS[1], name));
  return true;
}
