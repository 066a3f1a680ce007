// Packs a dataset folder the way `sanity dataset export` does: a .tar.gz whose entries sit under one
// top-level folder.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { c as createTar } from 'tar';
import { scratchDir } from './scratch.ts';

export async function packExport(datasetDir: string, topLevel = 'production-export-2025-02-19'): Promise<string> {
  const work = scratchDir('tar');
  cpSync(datasetDir, join(work, topLevel), { recursive: true });
  const file = join(work, `${topLevel}.tar.gz`);
  await createTar({ gzip: true, file, cwd: work, portable: true }, [topLevel]);
  return file;
}
