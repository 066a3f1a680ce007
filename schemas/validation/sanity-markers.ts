// Sanity's own document validation for one document, addressed: the same rules the Studio runs
// (custom validators included), against the compiled schema, with a client that answers GROQ from
// the whole dataset in memory. Used in this thread by validate-dataset.ts and in worker threads by
// validate-worker.ts, so both give exactly the same markers.
import type { SanityDocument, Schema, ValidationContext } from '@sanity/types';
import { validateDocumentWithWorkspace } from '@sanity/validation';
import type { CachedMarker } from './cache.ts';
import { vietnameseValidationLocale } from './locale.ts';
import { createMemoryClient } from './memoryClient.ts';
import { formatPath } from './paths.ts';

type SanityClient = ReturnType<ValidationContext['getClient']>;

/** A validator bound to one dataset: `documents` is what cross-document rules (slug uniqueness, chapters) query. */
export function createMarkerValidator(documents: readonly SanityDocument[], schema: Schema): (doc: SanityDocument) => Promise<CachedMarker[]> {
  const client = createMemoryClient(documents as unknown as Record<string, unknown>[]);
  const workspace = {
    schema,
    getClient: (config: { apiVersion: string }) => client.withConfig(config) as unknown as SanityClient,
    i18n: vietnameseValidationLocale as never,
  };
  // Reference existence is reported by validate-dataset's own pass, with the path and missing-vs-draft
  // distinction; answering "exists" here keeps Sanity's check from reporting the same thing twice.
  const getDocumentExists = async () => true;
  return async (doc) => {
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
    return markers.map((marker) => ({
      path: formatPath(marker.path, doc),
      level: marker.level,
      message: marker.message,
      ...(marker.code === undefined ? {} : { code: marker.code }),
    }));
  };
}

/** Validates `queue` (indexes into the dataset), `concurrency` documents at a time; markers in queue order. */
export async function validateQueue(
  validate: (doc: SanityDocument) => Promise<CachedMarker[]>,
  documents: readonly SanityDocument[],
  queue: readonly number[],
  concurrency: number,
): Promise<CachedMarker[][]> {
  const out: CachedMarker[][] = new Array(queue.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < queue.length) {
      const at = next++;
      out[at] = await validate(documents[queue[at]!]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, queue.length)) }, worker));
  return out;
}
