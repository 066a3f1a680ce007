/**
 * The participation store the configuration asks for: SQLite in PARTICIPATION_DIR by default, or a
 * private Sanity dataset when SANITY_PARTICIPATION_DATASET + SANITY_WRITE_TOKEN are set.
 */
import type { ServerConfig } from '../config.ts';
import { createSqliteStore } from './sqlite-store.ts';
import type { ParticipationStore } from './store.ts';

export function createParticipationStore(config: Pick<ServerConfig, 'participationDir' | 'participationSanity' | 'content' | 'apiHost'>): ParticipationStore {
  if (config.participationSanity !== undefined) {
    // Sanity mode plugs in here (sanity-store.ts, written in another slice):
    //   return createSanityStore({ projectId, dataset: config.participationSanity.dataset,
    //     token: config.participationSanity.token, apiHost: config.apiHost, apiVersion });
    // with projectId/apiVersion from config.content (kind 'sanity'). Until it is merged, refuse
    // rather than silently writing personal data to the local disk the operator did not choose.
    throw new Error('Kho dữ liệu tham gia trên Sanity (SANITY_PARTICIPATION_DATASET) chưa có trong bản máy chủ này; hãy bỏ biến đó để dùng SQLite.');
  }
  return createSqliteStore({ dir: config.participationDir });
}
