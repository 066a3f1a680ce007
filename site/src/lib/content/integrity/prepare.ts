/**
 * Content integrity, one call for the build: config → backend → check (`check.ts`: every published
 * document fetched once, repaired by `REPAIR_PASSES`, validated, exclusions decided) → report
 * (`report.ts`) → strict gate (`strict.ts`) → scheduled documents held back (`schedule.ts`) → public source. Every query is answered from the
 * repaired documents by groq-js, with excluded documents pruned (`prune.ts`): one code path for a
 * local export and a Sanity project (assets are still located by the backend). Bad content never
 * crashes the build; strict mode turns errors (and, if asked, repairs) into one failure.
 * Orchestration only: each step's logic lives in its own module.
 */
import { createContentBackend, type ContentBackend } from '../backend.ts';
import type { DatasetDocument } from '../dataset.ts';
import { createLocalSource } from '../local-source.ts';
import { readContentConfig, type Env } from '../config.ts';
import type { SanitySourceOptions } from '../sanity-source.ts';
import type { ContentSource } from '../source.ts';
import { ALL_PUBLISHED_DOCUMENTS_QUERY, PRIVATE_DOCUMENT_IDS_QUERY, checkDocuments, type CheckContentOptions, type Problem } from './check.ts';
import { REPAIR_PASSES } from './passes.ts';
import type { RepairPass } from './repair-pass.ts';
import { findUnusableImages, imageRepairPass } from './repair-images.ts';
import { referenceTypePass } from './repair-structure.ts';
import { contestEntryStoryPass, contestEntryWhitelistPass, contestPeriods, linkedStoryFacts } from './contest-entries.ts';
import { isRecord } from '@guong-sang/schemas/util/is-record.ts';
import { createPublicSource } from './prune.ts';
import { scheduledDocuments, type ScheduledDocument } from './schedule.ts';
import { formatReport } from './report.ts';
import { EXCLUSION_CODE, PRIVATE_DOCUMENT_REASON } from './exclude.ts';
import { assertContentIntegrity, strictModeOf } from './strict.ts';

export interface PrepareContentOptions {
  /** Defaults to `process.env`. */
  env?: Env;
  /** Defaults to `process.argv`; `--strict` here turns strict mode on. */
  argv?: readonly string[];
  /** Receives the report table (e.g. an Astro integration logger). Nothing is printed otherwise. */
  log?: (report: string) => void;
  /** Throw `ContentIntegrityError` in strict mode when there are errors (default true). */
  failOnStrict?: boolean;
  /** For tests: talk to a loopback stand-in of Sanity's API. */
  sanity?: SanitySourceOptions;
  /** Persistent validation cache file and its hit/miss report (see CheckContentOptions). */
  validationCacheFile?: string;
  onValidationCache?: CheckContentOptions['onValidationCache'];
  /** The build's clock: documents dated after it are scheduled, not public yet. Defaults to now. */
  now?: Date;
}

export interface PreparedContent extends Omit<ContentBackend, 'source'> {
  /**
   * What pages query: the repaired published documents (groq-js, whichever backend), every excluded
   * document pruned. `kind` is the backend's.
   */
  source: ContentSource;
  /** The backend's own source: unrepaired, unpruned (published perspective still applies). For diagnostics only. */
  rawSource: ContentSource;
  problems: Problem[];
  excludedIds: ReadonlySet<string>;
  /** Valid documents dated after the build's clock, soonest first: pruned like excluded ones until then. */
  scheduled: readonly ScheduledDocument[];
  /** `formatReport(problems, excludedIds)`. */
  report: string;
  /** Fail on errors (`--strict`, also true with `--strict=repairs`). */
  strict: boolean;
  /** Fail on repairs too (`--strict=repairs`). */
  strictRepairs: boolean;
  /** How many repairs the passes made (each is also a warning in `problems`). */
  repairs: number;
}

/**
 * config → source → integrity check → public source + report. Throws only `ContentInputError`s
 * for bad input (config, dataset, strict-mode integrity) whose `message` is the whole story.
 */
export async function prepareContent(options: PrepareContentOptions = {}): Promise<PreparedContent> {
  const env = options.env ?? process.env;
  const config = readContentConfig(env, options.argv ?? process.argv);
  const { strict, strictRepairs } = config;
  const backend = await createContentBackend(config, options.sanity);
  const fetched = await backend.source.fetch(ALL_PUBLISHED_DOCUMENTS_QUERY);
  const documents = Array.isArray(fetched) ? fetched : [];
  const checked = await checkDocuments(documents, {
    validationCacheFile: options.validationCacheFile,
    onValidationCache: options.onValidationCache,
    passes: await repairPassesFor(backend, documents),
  });
  // Private participation documents are not fetched; any in the public source is reported by id.
  const privateFound = await privateDocumentIds(backend.source);
  const check = {
    ...checked,
    excludedIds: new Set([...checked.excludedIds, ...privateFound.map((d) => d._id)]),
    problems: [
      ...checked.problems,
      ...(backend.overlayProblems ?? []).map((p) => ({ documentId: `CONTENT_OVERLAY:${p.line}`, documentType: '(lớp phủ)', path: `dòng ${p.line}`, level: 'warning' as const, message: p.message, code: 'overlay' })),
      ...privateFound.map((d) => ({ documentId: d._id, documentType: d._type, path: '_type', level: 'error' as const, message: `Bị loại khỏi trang công khai: ${PRIVATE_DOCUMENT_REASON}.`, code: EXCLUSION_CODE })),
    ],
  };
  const report = formatReport(check.problems, check.excludedIds);
  options.log?.(report);
  // Logged before failing, so a strict failure shows what to fix.
  if (options.failOnStrict !== false) assertContentIntegrity(check, strictModeOf(config), report);
  const scheduled = scheduledDocuments(
    check.documents.filter((doc) => !check.excludedIds.has(doc._id as string)),
    options.now ?? new Date(),
  );
  const hidden = new Set([...check.excludedIds, ...scheduled.map((doc) => doc.id)]);
  return {
    ...backend,
    source: repairedSource(backend.source.kind, check.documents, hidden),
    rawSource: backend.source,
    problems: check.problems,
    excludedIds: check.excludedIds,
    scheduled,
    report,
    strict,
    strictRepairs,
    repairs: check.repairs,
  };
}

async function privateDocumentIds(source: ContentSource): Promise<{ _id: string; _type: string }[]> {
  const found = (await source.fetch(PRIVATE_DOCUMENT_IDS_QUERY)) as unknown;
  return Array.isArray(found) ? found.filter((d): d is { _id: string; _type: string } => isRecord(d) && typeof d._id === 'string' && typeof d._type === 'string') : [];
}

/** groq-js over the repaired documents, pruned; reports the backend's `kind` so callers still know where content came from. */
export function repairedSource(kind: ContentSource['kind'], documents: readonly Record<string, unknown>[], hiddenIds: ReadonlySet<string>): ContentSource {
  // checkContent keeps only documents with a string `_id`, which is all DatasetDocument promises.
  const local = createLocalSource({ documents: documents as unknown as DatasetDocument[] });
  return createPublicSource({ kind, fetch: local.fetch }, hiddenIds);
}

/**
 * The passes for this build: every content repair; the reference-type check, which needs every
 * document's type; the contest entries' whitelist and story links, which need every story, person and contest; and for a local export also the image pass, built from an inspection of the image
 * files the documents use (format, size, pixel limit, real path inside the dataset), so an unusable
 * image is dropped before any encoder sees it. A Sanity project's images were decoded by Sanity on
 * upload and are served by its CDN, so there is nothing local to inspect.
 */
export async function repairPassesFor(backend: ContentBackend, documents: readonly unknown[]): Promise<readonly RepairPass[]> {
  const records = documents.filter(isRecord);
  const typeOf = new Map(records.flatMap((doc) => (typeof doc._id === 'string' && typeof doc._type === 'string' ? [[doc._id, doc._type] as const] : [])));
  // After the text pass (names are NFC) and the reference-type check; the facts come from the raw
  // documents, which the check compares NFC- and spacing-tolerantly anyway.
  // Contest entries: the whitelist first (a private field never reaches a later pass or a page).
  const passes = [contestEntryWhitelistPass, ...REPAIR_PASSES, referenceTypePass(typeOf), contestEntryStoryPass(linkedStoryFacts(records), contestPeriods(records))];
  if (!backend.dataset) return passes;
  return [...passes, imageRepairPass(await findUnusableImages(records, backend.dataset))];
}
