/**
 * The content seam's public surface. Server-side only (build time): nothing here may be imported by
 * client components, because the Sanity source carries the read token.
 *
 *  - `prepareContent()`   config → source → integrity check → public source + report
 *
 * The build runs it once (`loadPreparedContent()` in lib/build/content.ts keeps the result in the
 * build state); the booklet CLI calls it directly.
 */

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
