/**
 * The content seam's public surface. Server-side only (build time): nothing here may be imported by
 * client components, because the Sanity source carries the read token.
 *
 *  - `prepareContent()`   config → source → integrity check → public source + report
 *
 * The build runs it once (`loadPreparedContent()` in lib/build/content.ts keeps the result in the
 * build state); the booklet CLI and tests call it directly. Its parts (config.ts, dataset.ts, the
 * two sources, integrity/) are imported from their own modules by the few callers that need them.
 */
export type { ContentSource, GroqParams, QueryResult } from './source.ts';
export type { PrepareContentOptions, PreparedContent } from './integrity/prepare.ts';
export { prepareContent } from './integrity/prepare.ts';
