/**
 * The content seam's public surface. Server-side only (build time): nothing here may be imported by
 * client components, because the Sanity source carries the read token.
 *
 *  - `prepareContent()`   config → source → integrity check → public source + report (integration hook)
 *  - `getPublicContent()` the same, once per build process (pages)
 *  - `loadQuery()`        one query through the public source (pages)
 */
import type { GroqParams, ContentSource } from './source.ts';
import { prepareContent, type PrepareContentOptions, type PreparedContent } from './integrity/prepare.ts';

export type { ContentConfig, LocalContentConfig, SanityContentConfig, Env } from './config.ts';
export type { ContentSource, GroqParams } from './source.ts';
export type { LoadedDataset, DatasetDocument } from './dataset.ts';
export type { AssetLocation, ContentBackend } from './backend.ts';
export type { Problem, ProblemLevel, ContentCheck } from './integrity/check.ts';
export type { PrepareContentOptions, PreparedContent } from './integrity/prepare.ts';
export {
  ContentConfigError,
  ContentIntegrityError,
  ContentInputError,
  ContentSourceError,
  DatasetError,
} from './errors.ts';
export { readContentConfig, DEFAULT_SANITY_API_VERSION } from './config.ts';
export { loadDataset } from './dataset.ts';
export { createContentBackend } from './backend.ts';
export { createLocalSource } from './local-source.ts';
export { createSanitySource } from './sanity-source.ts';
export { checkContent } from './integrity/check.ts';
export { createPublicSource } from './integrity/prune.ts';
export { formatReport } from './integrity/report.ts';
export { assertContentIntegrity, isStrict } from './integrity/strict.ts';
export { prepareContent } from './integrity/prepare.ts';

/**
 * Kept on `globalThis` under a registered symbol, not in a module variable: Astro loads the
 * integration with Node but bundles pages with Vite, so this file can exist twice in one build
 * process; both copies then share one check instead of validating twice.
 */
const MEMO = Symbol.for('guong-sang.content.prepared');
type Memo = { [MEMO]?: Promise<PreparedContent> };

/** `prepareContent()` for the process environment, run once per process (first caller's options win). */
export function getPublicContent(options: Omit<PrepareContentOptions, 'env' | 'sanity'> = {}): Promise<PreparedContent> {
  const memo = globalThis as Memo;
  memo[MEMO] ??= prepareContent(options);
  return memo[MEMO];
}

/** The memoised *public* source (drafts never, excluded documents never), chosen by the config. */
export async function getContentSource(): Promise<ContentSource> {
  return (await getPublicContent()).source;
}

/** `loadQuery`-style helper for pages: `const stories = await loadQuery<Story[]>(storiesQuery)`. */
export async function loadQuery<R>(query: string, params?: GroqParams): Promise<R> {
  return (await getContentSource()).fetch<R>(query, params);
}

/** Forget the memo (tests, and `astro dev` after the dataset changes). */
export function resetContentCache(): void {
  delete (globalThis as Memo)[MEMO];
}
