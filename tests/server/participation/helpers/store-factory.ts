// The one place the participation tests get their store from. Today: the in-process test fixture
// (memory-store.ts). At merge: `createSqliteStore({ dir })` from server/src/participation/sqlite-store.ts
// (every desk test was run once against the intake branch's SQLite store, 41585fd, and passed).
import type { ParticipationStore } from '../../../../server/src/participation/store.ts';
import { createMemoryStore } from './memory-store.ts';

export async function createTestStore(_dir: string): Promise<ParticipationStore> {
  return createMemoryStore();
}
