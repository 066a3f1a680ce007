/**
 * The participation store the configuration asks for: SQLite in PARTICIPATION_DIR by default, or a
 * private Sanity dataset when SANITY_PARTICIPATION_DATASET + SANITY_WRITE_TOKEN are set (in the same
 * project as the content, SANITY_PROJECT_ID; every address through SANITY_API_HOST when set).
 */
import type { ServerConfig } from '../config.ts';
import { createSanityStore } from './sanity-store.ts';
import { createSqliteStore } from './sqlite-store.ts';
import type { ParticipationStore } from './store.ts';

export function createParticipationStore(config: Pick<ServerConfig, 'participationDir' | 'participationSanity' | 'content' | 'apiHost'>): ParticipationStore {
  if (config.participationSanity !== undefined) {
    if (config.content.kind !== 'sanity') {
      // readServerConfig refuses this combination; kept as a guard for hand-made configs.
      throw new Error('SANITY_PARTICIPATION_DATASET cần một dự án Sanity (SANITY_PROJECT_ID) cho nội dung.');
    }
    return createSanityStore({
      projectId: config.content.projectId,
      dataset: config.participationSanity.dataset,
      token: config.participationSanity.token,
      apiHost: config.apiHost,
      apiVersion: config.content.apiVersion,
    });
  }
  return createSqliteStore({ dir: config.participationDir });
}
