// The store contract (the behaviour Sanity's Content Lake has, written for the private Sanity store)
// run against the SQLite store, so the two stores behave as one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../../../server/src/participation/sqlite-store.ts';
import { describeStoreContract } from './store-contract.ts';

describeStoreContract('SQLite store', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sqlite-contract-'));
  const store = createSqliteStore({ dir });
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
