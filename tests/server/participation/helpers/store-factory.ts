// The one place the desk tests get their participation store from: the real SQLite store
// (`node:sqlite` in a temp data folder), as `pnpm server` uses it by default.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../../../../server/src/participation/sqlite-store.ts';
import type { ParticipationStore } from '../../../../server/src/participation/store.ts';

export async function createTestStore(dir?: string): Promise<ParticipationStore> {
  return createSqliteStore({ dir: dir || mkdtempSync(join(tmpdir(), 'desk-store-')) });
}
