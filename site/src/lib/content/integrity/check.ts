/**
 * Integrity check: validates every published document with the schemas' `validateDataset` and
 * decides which documents are *excluded* (those with at least one error-level problem). Reads the
 * source, changes nothing; pruning, reporting and strict mode live in the sibling modules.
 */
import { validateDataset, type Problem } from '@guong-sang/schemas/validation/validate-dataset.ts';
import { isRecord } from '@guong-sang/schemas/util/is-record.ts';
import type { ContentSource } from '../source.ts';

export type { Problem };
export type ProblemLevel = Problem['level'];

export interface ContentCheck {
  problems: Problem[];
  /** Published ids left out of the public site because they have at least one error. */
  excludedIds: ReadonlySet<string>;
}

/**
 * Every published document, asset documents included so references to them can be checked. The
 * source already applies the `published` perspective; the filter repeats it so this query stays safe
 * even if a source ever forgot to.
 */
export const ALL_PUBLISHED_DOCUMENTS_QUERY = '*[!(_id in path("drafts.**")) && !(_id in path("versions.**"))]';

export interface CheckContentOptions {
  /** Persistent validation cache (unchanged documents are not re-validated), e.g. site/.cache/validation.json. */
  validationCacheFile?: string;
  onValidationCache?: (stats: { hits: number; misses: number }) => void;
}

export async function checkContent(source: ContentSource, options: CheckContentOptions = {}): Promise<ContentCheck> {
  const answer = await source.fetch(ALL_PUBLISHED_DOCUMENTS_QUERY);
  const documents = Array.isArray(answer) ? answer.filter(isRecord) : [];
  // Asset documents are included, so the validator also checks image references (a missing file
  // means no asset document, hence a dangling reference).
  const problems = await validateDataset(documents as unknown as Parameters<typeof validateDataset>[0], {
    cacheFile: options.validationCacheFile,
    onCacheStats: options.onValidationCache,
  });
  const excludedIds = new Set(problems.filter((p) => p.level === 'error').map((p) => p.documentId));
  return { problems, excludedIds };
}
