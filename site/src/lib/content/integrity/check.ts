/**
 * Integrity check: fetches every published document once, repairs it (`passes.ts`), validates the
 * repaired documents with the schemas' `validateDataset`, and decides which documents are *excluded*
 * (`exclude.ts`: only those with nothing to render, and the newer of two sharing a slug). Reads the
 * source, changes nothing; pruning, reporting and strict mode live in the sibling modules.
 */
import { validateDataset, type Problem } from '@guong-sang/schemas/validation/validate-dataset.ts';
import { isRecord } from '@guong-sang/schemas/util/is-record.ts';
import { PRIVATE_DOCUMENT_TYPES } from '@guong-sang/schemas/participation/vocabulary.ts';
import type { ContentSource } from '../source.ts';
import { decideExclusions } from './exclude.ts';
import { REPAIR_CODE, REPAIR_PASSES, repairDocuments } from './passes.ts';
import type { RepairPass } from './repair-pass.ts';

export type { Problem };
export type ProblemLevel = Problem['level'];

export interface ContentCheck {
  problems: Problem[];
  /** Published ids left out of the public site because they have nothing to render (see exclude.ts). */
  excludedIds: ReadonlySet<string>;
  /** How many repairs the passes made (warnings with code `repair`). */
  repairs: number;
}

export interface CheckedContent extends ContentCheck {
  /** Every published document with a string `_id`, repaired: what the public site is built from. */
  documents: Record<string, unknown>[];
}

/**
 * Every published document, asset documents included so references to them can be checked. The
 * source already applies the `published` perspective; the filter repeats it so this query stays safe
 * even if a source ever forgot to. The draft preview's grants (server/src/preview/grant.ts: private
 * `guong-sang-preview.*` documents the Studio creates) are not content.
 */
/**
 * Types of the private participation store (issue 11) that must never be in a public dataset: the
 * build never fetches them (only their ids, to report them), so no page, feed or index can show them.
 */
export const PRIVATE_TYPES = JSON.stringify(PRIVATE_DOCUMENT_TYPES);
export const ALL_PUBLISHED_DOCUMENTS_QUERY = `*[!(_id in path("drafts.**")) && !(_id in path("versions.**")) && !(_id in path("guong-sang-preview.**")) && !(_type in ${PRIVATE_TYPES})]`;
/** Ids and types of private documents found in the public source: reported, never fetched whole. */
export const PRIVATE_DOCUMENT_IDS_QUERY = `*[_type in ${PRIVATE_TYPES}]{ _id, _type }`;

export interface CheckContentOptions {
  /** Persistent validation cache (unchanged documents are not re-validated), e.g. site/.cache/validation.json. */
  validationCacheFile?: string;
  onValidationCache?: (stats: { hits: number; misses: number }) => void;
  /** Defaults to `REPAIR_PASSES`. */
  passes?: readonly RepairPass[];
}

// The validator's "slug already used by another document of this type" (schemas/validation/locale.ts).
const SLUG_NOT_UNIQUE = 'đã được dùng cho tài liệu khác cùng loại';

/** repair → validate → exclude, over documents already fetched. */
export async function checkDocuments(fetched: readonly unknown[], options: CheckContentOptions = {}): Promise<CheckedContent> {
  const records = fetched.filter(isRecord);
  // Without a string id a document can be neither queried safely nor named; it is reported and dropped.
  const unnamed = records.filter((doc) => typeof doc._id !== 'string' || doc._id === '');
  const { documents, problems: repairs } = repairDocuments(
    records.filter((doc) => !unnamed.includes(doc)),
    options.passes ?? REPAIR_PASSES,
  );
  // Asset documents are included, so the validator also checks image references (a missing file
  // means no asset document, hence a dangling reference).
  const validation = await validateDataset(documents as unknown as Parameters<typeof validateDataset>[0], {
    cacheFile: options.validationCacheFile,
    onCacheStats: options.onValidationCache,
  });
  const exclusions = decideExclusions(documents);
  // Duplicate slugs are decided by exclude.ts (the older keeps the URL); its message replaces the
  // validator's, which would otherwise flag the keeper too.
  const kept = validation.filter(
    (p) => !(p.path === 'slug' && p.message.includes(SLUG_NOT_UNIQUE) && (exclusions.slugKeepers.has(p.documentId) || exclusions.excludedIds.has(p.documentId))),
  );
  const shapeless: Problem[] = unnamed.length === 0 ? [] : [{
    documentId: '(không có _id)',
    documentType: typeof unnamed[0]?._type === 'string' ? unnamed[0]._type : '(không có _type)',
    path: '_id',
    level: 'error',
    message: `Bị loại khỏi trang công khai: ${unnamed.length} tài liệu không có mã (_id).`,
    code: 'excluded',
  }];
  return {
    documents,
    problems: [...repairs, ...kept, ...exclusions.problems, ...shapeless],
    excludedIds: exclusions.excludedIds,
    repairs: repairs.length,
  };
}

/** Fetches every published document from `source` once and checks it (see `checkDocuments`). */
export async function checkContent(source: ContentSource, options: CheckContentOptions = {}): Promise<CheckedContent> {
  const answer = await source.fetch(ALL_PUBLISHED_DOCUMENTS_QUERY);
  return checkDocuments(Array.isArray(answer) ? answer : [], options);
}

export { REPAIR_CODE };
