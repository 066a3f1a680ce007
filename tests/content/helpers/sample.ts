// The dataset the content tests run against: the bundled sample (`site/dataset/`), drafts included.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readNdjsonFile, writeNdjsonFile } from '../../../schemas/util/ndjson.ts';
import { scratchDir } from './scratch.ts';

const SAMPLE_DIR = fileURLToPath(new URL('../../../site/dataset', import.meta.url));

/** Folder of the dataset under test (never modify it; use `copyDataset`). */
export function sampleDatasetPath(): string {
  return SAMPLE_DIR;
}

/** A private copy in a temp dir, e.g. to break on purpose. Returns the copy's folder. */
export function copyDataset(name = 'copy'): string {
  const dir = join(scratchDir('ds'), name);
  cpSync(sampleDatasetPath(), dir, { recursive: true });
  return dir;
}

export type Doc = { _id: string; _type: string; [key: string]: unknown };

export function readDocs(dir: string): Doc[] {
  return readNdjsonFile<Doc>(join(dir, 'data.ndjson'));
}

export function writeDocs(dir: string, docs: Doc[]): void {
  writeNdjsonFile(join(dir, 'data.ndjson'), docs);
}

/** Titles/names that exist only in drafts (a published title is allowed to equal its draft's). */
export function draftOnlyTexts(): string[] {
  const docs = readDocs(sampleDatasetPath());
  const published = new Set(docs.filter((d) => !d._id.startsWith('drafts.')).flatMap((d) => [d.title, d.name]));
  return docs
    .filter((d) => d._id.startsWith('drafts.'))
    .flatMap((d) => [d.title, d.name])
    .filter((t): t is string => typeof t === 'string' && !published.has(t));
}
