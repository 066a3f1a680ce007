// Assembles the desk for the running server: the public record writer the mode calls for (the
// public Sanity dataset, or the local overlay file the build merges via CONTENT_OVERLAY) and the
// contest catalog over the same content source as the build.
import type { ContentConfig } from '@guong-sang/site/src/lib/content/config.ts';
import { join } from 'node:path';
import { createOverlayWriter } from '../public-records/overlay-writer.ts';
import { createSanityPublicWriter } from '../public-records/sanity-writer.ts';
import type { ParticipationStore, PublicRecordWriter } from '../store.ts';
import type { ContestSource } from '../contests.ts';
import { createDeskHandler, type DeskHandler } from './handler.ts';
import { deriveDeskSecret } from './session.ts';

/** Where local mode keeps the public records: `<PARTICIPATION_DIR>/public/overlay.ndjson`. */
export function overlayPath(participationDir: string): string {
  return join(participationDir, 'public', 'overlay.ndjson');
}

export interface DeskSetup {
  content: ContentConfig;
  apiHost?: string;
  participationDir: string;
  /** The server-side write token (SANITY_WRITE_TOKEN), set in Sanity mode. */
  writeToken?: string;
  webhookSecret: string;
  siteUrl?: string;
  store: ParticipationStore;
  /** The contests (shared with the intake; see participation/contests.ts). */
  contests: ContestSource;
  requestBuild: (reason: string) => unknown;
  log?: (message: string) => void;
  now?: () => Date;
  loginsPerMinute?: number;
}

export function createPublicRecordWriter(setup: Pick<DeskSetup, 'content' | 'apiHost' | 'participationDir' | 'writeToken'>): PublicRecordWriter {
  if (setup.content.kind === 'sanity') {
    if (!setup.writeToken) throw new Error('Chế độ Sanity cần SANITY_WRITE_TOKEN để công bố kết quả vào dataset công khai.');
    return createSanityPublicWriter({
      projectId: setup.content.projectId,
      dataset: setup.content.dataset,
      token: setup.writeToken,
      apiVersion: setup.content.apiVersion,
      ...(setup.apiHost ? { apiHost: setup.apiHost } : {}),
    });
  }
  return createOverlayWriter(overlayPath(setup.participationDir));
}

export function createDeskFromSetup(setup: DeskSetup): DeskHandler {
  const local = setup.content.kind === 'local';
  return createDeskHandler({
    store: setup.store,
    writer: createPublicRecordWriter(setup),
    contests: setup.contests,
    secret: deriveDeskSecret(setup.webhookSecret),
    secureCookies: setup.siteUrl?.startsWith('https:') ?? false,
    // Sanity mode: the write into the public dataset fires Sanity's webhook, which builds.
    ...(local ? { requestBuild: setup.requestBuild } : {}),
    ...(setup.log ? { log: setup.log } : {}),
    ...(setup.now ? { now: setup.now } : {}),
    ...(setup.loginsPerMinute ? { loginsPerMinute: setup.loginsPerMinute } : {}),
  });
}
