import { defineCliConfig } from 'sanity/cli';
import { dataset, projectId } from './env.ts';

/**
 * CLI configuration. Paths are relative to `studio/`.
 *
 * `pnpm typegen` = `sanity schema extract` (→ `schema.json`) then `sanity typegen generate`: reads
 * every `defineQuery(...)` in the site's content layer and writes the query result types next to
 * it. Both outputs are committed; `tests/studio/cli.test.ts` fails when they are stale.
 */
export const SCHEMA_JSON = 'schema.json';
export const QUERY_SOURCES = '../site/src/lib/content/**/*.ts';
export const GENERATED_TYPES = '../site/src/lib/content/sanity.types.ts';

export default defineCliConfig({
  api: { projectId, dataset },
  schemaExtraction: { path: SCHEMA_JSON },
  typegen: {
    path: QUERY_SOURCES,
    schema: SCHEMA_JSON,
    generates: GENERATED_TYPES,
    overloadClientMethods: true,
  },
});
