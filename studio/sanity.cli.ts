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

/**
 * The staleness check (`tests/studio/cli.test.ts`) regenerates the types into a scratch file and
 * compares; everything else about the run (working directory, sources, schema) stays identical.
 */
function generatedTypesPath(): string {
  const override = process.env.GUONG_SANG_TYPEGEN_OUTPUT?.trim();
  return override ? override : GENERATED_TYPES;
}

export default defineCliConfig({
  api: { projectId, dataset },
  schemaExtraction: { path: SCHEMA_JSON },
  typegen: {
    path: QUERY_SOURCES,
    schema: SCHEMA_JSON,
    generates: generatedTypesPath(),
    overloadClientMethods: true,
  },
});
