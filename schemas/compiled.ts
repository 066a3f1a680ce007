import { Schema } from '@sanity/schema';
import { builtinTypes, groupProblems, validateSchema } from '@sanity/schema/_internal';
import type { Schema as CompiledSchema, SchemaValidationProblemGroup } from '@sanity/types';
import { inferFromSchema } from '@sanity/validation/_internal';
import { schemaTypes } from './schemaTypes.ts';

/**
 * The compiled schema for Node (validation, tests, the site build), compiled exactly like `sanity`'s
 * `createSchema()`: validate the definitions, compile them on top of the built-in types, then let
 * @sanity/validation infer the rules. Done with the lower-level packages because importing `sanity`
 * itself costs ~3.5 s of start-up in Node; `tests/schemas/compile.test.ts` checks the two agree.
 */
export interface CompiledSchemaResult {
  schema: CompiledSchema;
  /** Problems found while validating the definitions (same list `sanity schema validate` prints). */
  problems: SchemaValidationProblemGroup[];
}

let builtinSchema: unknown;

function getBuiltinSchema(): unknown {
  if (!builtinSchema) {
    builtinSchema = Schema.compile({ name: 'studio', types: builtinTypes });
    inferFromSchema(builtinSchema as CompiledSchema);
  }
  return builtinSchema;
}

export function compileSchema(types: unknown[] = schemaTypes, name = 'default'): CompiledSchemaResult {
  const validated = validateSchema(types).getTypes();
  const problems = groupProblems(validated);
  const hasErrors = problems.some((group) => group.problems.some((problem) => problem.severity === 'error'));
  if (hasErrors) {
    const summary = problems
      .flatMap((group) => group.problems.filter((p) => p.severity === 'error').map((p) => `${group.path.map((s) => s.name ?? s.kind).join(' > ')}: ${p.message}`))
      .join('\n');
    throw new Error(`Schema không hợp lệ:\n${summary}`);
  }
  const schema = Schema.compile({ name, types, parent: getBuiltinSchema() }) as unknown as CompiledSchema;
  inferFromSchema(schema);
  return { schema, problems };
}

let cached: CompiledSchemaResult | undefined;

/** The project schema, compiled once per process. */
export function getCompiledSchema(): CompiledSchema {
  cached ??= compileSchema();
  return cached.schema;
}

export function getSchemaProblems(): SchemaValidationProblemGroup[] {
  cached ??= compileSchema();
  return cached.problems;
}
