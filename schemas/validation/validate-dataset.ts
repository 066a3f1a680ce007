import { availableParallelism } from 'node:os';
import type { SanityDocument, Schema, SchemaType } from '@sanity/types';
import { getCompiledSchema } from '../compiled.ts';
import { findReferenceIssues } from './references.ts';
import { createMarkerValidator, validateQueue } from './sanity-markers.ts';
import { findStructureIssues } from './structure.ts';
import { createKeyer, schemaSourceVersion, ValidationCache, type CachedMarker } from './cache.ts';
import { validateInWorkers } from './validate-parallel.ts';

/**
 * Below this many documents to validate, worker threads cost more than they save (each compiles the
 * schema and copies the dataset, ~1–2 s): an edit or a warm build validates in this thread.
 */
const WORKER_THRESHOLD = 400;

/** One finding, addressed so an editor or a build log can go straight to the field. */
export interface Problem {
  /** The document's `_id`; drafts keep their `drafts.` prefix so they are recognisable. */
  documentId: string;
  documentType: string;
  /** "cover.alt", "body[3].markDefs[0].href"; "" for the document itself. */
  path: string;
  level: 'error' | 'warning' | 'info';
  message: string;
  /** Machine-readable code (`value.required`, `custom.reference-missing`, …) when known. */
  code?: string;
}

export interface ValidateDatasetOptions {
  /** Compiled schema; defaults to the project schema. */
  schema?: Schema;
  /** Documents validated at once. Validation is mostly CPU-bound, so a small pool is enough. */
  concurrency?: number;
  /** Check `image-…`/`file-…` asset references; default: only when the set contains asset documents. */
  checkAssets?: boolean;
  /**
   * Persistent cache of Sanity's document validation (see cache.ts), e.g. `site/.cache/validation.json`.
   * Unchanged documents are not re-validated; reference and structure checks always run.
   * Ignored when a custom `schema` is given without a `schemaVersion`.
   */
  cacheFile?: string;
  /** Identifies the schema for the cache; defaults to a hash of this package's sources. */
  schemaVersion?: string;
  /** Told how many documents the cache answered (hits) and how many were validated (misses). */
  onCacheStats?: (stats: { hits: number; misses: number }) => void;
  /**
   * Worker threads for Sanity's validation when at least `workerThreshold` (400) documents need it:
   * default one per core (at most 4); 0 or 1 validates in this thread. Only with the project schema
   * (a custom `schema` object cannot be sent to a worker).
   */
  workers?: number;
  workerThreshold?: number;
}

/** Documents Sanity keeps for itself: assets, groups, releases. Present for references, not validated. */
export function isSystemDocument(document: { _id?: unknown; _type?: unknown }): boolean {
  const id = typeof document._id === 'string' ? document._id : '';
  const type = typeof document._type === 'string' ? document._type : '';
  return id.startsWith('_.') || /^(sanity|system|assist)\./.test(type);
}

function problemKey(problem: Problem): string {
  return `${problem.level}\u0000${problem.path}\u0000${problem.message}`;
}

/**
 * Validates a whole dataset offline: Sanity's own document validation (the same rules the Studio
 * runs, custom validators included) against the compiled schema, with a client that answers GROQ
 * from these documents; plus dangling references and unknown `_type`s, which document validation
 * does not see. Never throws for bad content: every finding is a `Problem`.
 */
export async function validateDataset(
  documents: readonly SanityDocument[],
  options: ValidateDatasetOptions = {},
): Promise<Problem[]> {
  const schema = options.schema ?? getCompiledSchema();
  const problems: Problem[] = [];
  const ids = new Set<string>();
  const duplicates = new Set<string>();
  for (const doc of documents) {
    if (typeof doc?._id !== 'string') continue;
    if (ids.has(doc._id)) duplicates.add(doc._id);
    ids.add(doc._id);
  }
  const checkAssets = options.checkAssets ?? documents.some((doc) => /^sanity\.(image|file)Asset$/.test(String(doc?._type)));

  const queue: SanityDocument[] = [];
  /** Where each queued document sits in `documents` (what a worker's copy of the dataset is indexed by). */
  const queueAt: number[] = [];
  for (const [at, doc] of documents.entries()) {
    const documentId = typeof doc?._id === 'string' ? doc._id : '(không có _id)';
    const documentType = typeof doc?._type === 'string' ? doc._type : '(không có _type)';
    if (typeof doc?._id !== 'string' || typeof doc?._type !== 'string') {
      problems.push({ documentId, documentType, path: '', level: 'error', code: 'custom.document-shape', message: 'Tài liệu thiếu _id hoặc _type.' });
      continue;
    }
    if (isSystemDocument(doc)) continue;
    if (duplicates.has(doc._id)) {
      problems.push({ documentId, documentType, path: '_id', level: 'error', code: 'custom.duplicate-id', message: `Có nhiều tài liệu cùng _id "${doc._id}".` });
    }
    const documentSchemaType = schema.get(doc._type) as SchemaType | undefined;
    if (!documentSchemaType || !isDocumentType(documentSchemaType)) {
      problems.push({ documentId, documentType, path: '', level: 'error', code: 'custom.unknown-document-type', message: `Loại tài liệu "${doc._type}" không có trong mô hình nội dung.` });
      continue;
    }
    for (const issue of [...findReferenceIssues(doc, ids, { checkAssets }), ...findStructureIssues(doc, documentSchemaType)]) {
      problems.push({ documentId, documentType, ...issue });
    }
    queue.push(doc);
    queueAt.push(at);
  }

  const useCache = options.cacheFile !== undefined && (options.schema === undefined || options.schemaVersion !== undefined);
  const cache = useCache ? new ValidationCache(options.cacheFile!, options.schemaVersion ?? schemaSourceVersion()) : undefined;
  const keyOf = cache ? createKeyer(documents as never, cache.version) : undefined;
  const addMarkers = (doc: SanityDocument, markers: readonly CachedMarker[]): void => {
    for (const marker of markers) {
      problems.push({ documentId: doc._id, documentType: doc._type, path: marker.path, level: marker.level, message: marker.message, code: marker.code });
    }
  };

  const concurrency = Math.max(1, options.concurrency ?? 16);
  // Cached documents are answered at once; the others are validated (in workers when there are many),
  // and every document's markers are added in queue order, as a single thread would.
  const keys = queue.map((doc) => keyOf?.(doc as never));
  const markersOf: Array<readonly CachedMarker[] | undefined> = queue.map((doc, i) => (keys[i] === undefined ? undefined : cache!.get(doc._id, keys[i]!)));
  const missing = queue.flatMap((_, i) => (markersOf[i] ? [] : [i]));
  if (missing.length > 0) {
    const workers = options.schema ? 1 : Math.max(1, options.workers ?? Math.min(availableParallelism(), 4));
    const useWorkers = workers > 1 && missing.length >= (options.workerThreshold ?? WORKER_THRESHOLD);
    const inThisThread = () => validateQueue(createMarkerValidator(documents, schema), documents, missing.map((i) => queueAt[i]!), concurrency);
    // A worker that cannot start or dies (memory, a missing module) costs time, not the result.
    const validated = useWorkers
      ? await validateInWorkers(documents, missing.map((i) => queueAt[i]!), { workers, concurrency }).catch(inThisThread)
      : await inThisThread();
    for (const [j, i] of missing.entries()) {
      markersOf[i] = validated[j]!;
      if (keys[i] !== undefined) cache!.set(queue[i]!._id, keys[i]!, validated[j]!);
    }
  }
  for (const [i, doc] of queue.entries()) addMarkers(doc, markersOf[i]!);
  if (cache) {
    cache.save();
    options.onCacheStats?.({ hits: cache.hits, misses: cache.misses });
  }

  // Derived constraints can fire once per rule on malformed values; keep each finding once.
  const seen = new Set<string>();
  const unique = problems.filter((problem) => {
    const key = `${problem.documentId}\u0000${problemKey(problem)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Stable order for reports and snapshots: input order of documents, then path.
  const order = new Map(documents.map((doc, index) => [doc?._id, index]));
  return unique.sort((a, b) => (order.get(a.documentId) ?? 0) - (order.get(b.documentId) ?? 0) || a.path.localeCompare(b.path));
}

function isDocumentType(schemaType: SchemaType): boolean {
  let type: SchemaType | undefined = schemaType;
  while (type) {
    if (type.name === 'document') return true;
    type = type.type;
  }
  return false;
}
