/**
 * Writes the private store in Sanity's import format, so a project can move from SQLite to a private
 * Sanity dataset with `sanity dataset import <out> <dataset>`: `data.ndjson` (one document a line,
 * sorted by `_id`) and `files/`. Each stored file field loses its `asset` reference and gains
 * `_sanityAsset: "file@file://./files/<sha1>.<ext>"`, the form Sanity's own exports use and its import
 * uploads. `_rev` is dropped (the target dataset assigns its own).
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isRecord } from '@guong-sang/schemas/util/is-record.ts';
import { storedFilePath } from './sqlite-store.ts';
import type { ParticipationStore, StoredDocument } from './store.ts';

export interface ExportResult {
  documents: number;
  files: number;
  /** Refs whose bytes were missing from the data folder (their fields are exported without a file). */
  missingFiles: string[];
}

function withImportAssets(value: unknown, found: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => withImportAssets(item, found));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = withImportAssets(item, found);
  const asset = value.asset;
  if (value._type === 'file' && isRecord(asset) && typeof asset._ref === 'string' && asset._ref.startsWith('file-')) {
    const match = /^file-([a-f0-9]{40})-([a-z0-9]{1,8})$/.exec(asset._ref);
    if (match) {
      found.add(asset._ref);
      delete out.asset;
      out._sanityAsset = `file@file://./files/${match[1]}.${match[2]}`;
    }
  }
  return out;
}

export async function exportParticipation(store: ParticipationStore, dataDir: string, outDir: string): Promise<ExportResult> {
  const documents = await store.query<StoredDocument[]>('*|order(_id asc)');
  const refs = new Set<string>();
  const lines = documents.map((doc) => {
    const { _rev: _dropped, ...rest } = doc;
    return JSON.stringify(withImportAssets(rest, refs));
  });
  await mkdir(join(outDir, 'files'), { recursive: true });
  const missingFiles: string[] = [];
  let files = 0;
  for (const ref of [...refs].sort()) {
    const source = storedFilePath(dataDir, ref);
    if (!source) continue;
    try {
      await copyFile(source, join(outDir, 'files', basename(source)));
      files += 1;
    } catch {
      missingFiles.push(ref);
    }
  }
  await writeFile(join(outDir, 'data.ndjson'), lines.length > 0 ? `${lines.join('\n')}\n` : '');
  return { documents: documents.length, files, missingFiles };
}
