/**
 * The local content overlay (issue 11): `CONTENT_OVERLAY=<file.ndjson>` names an NDJSON file whose
 * documents are merged over the local dataset by `_id` (added, or replacing the dataset's document).
 * The site server writes the public records of contest results there
 * (`<PARTICIPATION_DIR>/public/overlay.ndjson`) when it runs without Sanity, then requests a build.
 * A missing file is no overlay (nothing was published yet). A line that is not a JSON object with a
 * string `_id` and `_type` is skipped and reported by its line number, in Vietnamese: one bad line
 * never takes the build down. Overlay documents go through the same integrity seam as the dataset's
 * (whitelist of public entry fields, exclusions), so the overlay is not trusted either.
 */
import { existsSync, readFileSync } from 'node:fs';
import { ndjsonLines } from '@guong-sang/schemas/util/ndjson.ts';
import type { DatasetDocument } from './dataset.ts';

export interface OverlayProblem {
  /** 1-based line number in the overlay file. */
  line: number;
  message: string;
}

export interface Overlay {
  documents: DatasetDocument[];
  problems: OverlayProblem[];
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Parses overlay NDJSON text. Pure. */
export function parseOverlay(text: string): Overlay {
  const documents: DatasetDocument[] = [];
  const problems: OverlayProblem[] = [];
  for (const { lineNumber, text: line } of ndjsonLines(text)) {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push({ line: lineNumber, message: `Dòng ${lineNumber} của tệp lớp phủ (CONTENT_OVERLAY) không phải JSON hợp lệ; đã bỏ qua.` });
      continue;
    }
    if (!isObject(value) || typeof value._id !== 'string' || value._id === '' || typeof value._type !== 'string' || value._type === '') {
      problems.push({ line: lineNumber, message: `Dòng ${lineNumber} của tệp lớp phủ (CONTENT_OVERLAY) không phải tài liệu có _id và _type; đã bỏ qua.` });
      continue;
    }
    documents.push(value as DatasetDocument);
  }
  return { documents, problems };
}

/** Reads the overlay file; a missing file is an empty overlay. */
export function readOverlay(path: string): Overlay {
  if (!existsSync(path)) return { documents: [], problems: [] };
  return parseOverlay(readFileSync(path, 'utf8'));
}

/** `documents` with the overlay's merged in by `_id`: replaced in place, new ones appended. Pure. */
export function mergeOverlay(documents: readonly DatasetDocument[], overlay: readonly DatasetDocument[]): DatasetDocument[] {
  const byId = new Map(overlay.map((doc) => [doc._id, doc]));
  const merged = documents.map((doc) => {
    const replacement = byId.get(doc._id);
    if (replacement === undefined) return doc;
    byId.delete(doc._id);
    return replacement;
  });
  return [...merged, ...byId.values()];
}
