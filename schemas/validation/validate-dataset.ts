import type { SanityDocument, Schema, SchemaType, ValidationContext } from '@sanity/types';
import { validateDocumentWithWorkspace } from '@sanity/validation';
import { getCompiledSchema } from '../compiled.ts';
import { vietnameseValidationLocale } from './locale.ts';
import { createMemoryClient } from './memoryClient.ts';
import { formatPath } from './paths.ts';
import { findReferenceIssues } from './references.ts';
import { findStructureIssues } from './structure.ts';
import { createKeyer, schemaSourceVersion, ValidationCache, type CachedMarker } from './cache.ts';

type SanityClient = ReturnType<ValidationContext['getClient']>;

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

  const client = createMemoryClient(documents as unknown as Record<string, unknown>[]);
  const workspace = {
    schema,
    getClient: (config: { apiVersion: string }) => client.withConfig(config) as unknown as SanityClient,
    i18n: vietnameseValidationLocale as never,
  };
  // Reference existence is reported by our own pass below, with the path and missing-vs-draft
  // distinction; answering "exists" here keeps Sanity's check from reporting the same thing twice.
  const getDocumentExists = async () => true;

  const queue: SanityDocument[] = [];
  for (const doc of documents) {
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
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < queue.length) {
      const doc = queue[next++] as SanityDocument;
      const key = keyOf?.(doc as never);
      const cached = key === undefined ? undefined : cache!.get(doc._id, key);
      if (cached) {
        addMarkers(doc, cached);
        continue;
      }
      const markers = await validateDocumentWithWorkspace({
        document: doc,
        workspace: workspace as never,
        getDocumentExists,
        // 'studio', not 'cli': in the CLI environment @sanity/validation appends its unknown-field
        // check to every object rule with `.warning()`, which turns e.g. "ảnh bìa bắt buộc" and
        // "slug đã dùng" into warnings and drops their messages. Unknown fields are found by
        // `findStructureIssues` instead.
        environment: 'studio',
        maxCustomValidationConcurrency: 1000,
      });
      const addressed: CachedMarker[] = markers.map((marker) => ({
        path: formatPath(marker.path, doc),
        level: marker.level,
        message: marker.message,
        ...(marker.code === undefined ? {} : { code: marker.code }),
      }));
      if (key !== undefined) cache!.set(doc._id, key, addressed);
      addMarkers(doc, addressed);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
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
