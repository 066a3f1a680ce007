/**
 * What `GET /status` and `pnpm server status` show: the live release, the last build, what is running
 * or waiting, the next scheduled build and the last error. Everything passes through `redactValue`
 * before it leaves, so no token or secret can appear even if a message quoted one.
 */
import type { BuildRecord } from './build-job.ts';
import { redactValue } from './redact.ts';

export interface ServerStatus {
  live: { id: string; createdAt: string } | null;
  lastBuild: {
    id: string;
    result: BuildRecord['result'];
    reason: string;
    startedAt: string;
    finishedAt: string;
    durationMs: number;
    pages: { total: number; rendered: number; reused: number } | null;
    search: BuildRecord['search'];
  } | null;
  building: boolean;
  buildingReason: string | null;
  queued: boolean;
  nextScheduledBuild: string | null;
  lastError: { message: string; at: string } | null;
  builds: { succeeded: number; failed: number };
}

export interface StatusInputs {
  live: { id: string; createdAt: Date } | null;
  lastBuild: BuildRecord | null;
  building: boolean;
  buildingReasons: readonly string[];
  queued: boolean;
  nextScheduledBuild: Date | null;
  lastError: { message: string; at: Date } | null;
  counts: { succeeded: number; failed: number };
}

export function renderStatus(inputs: StatusInputs, secrets: readonly string[]): ServerStatus {
  const last = inputs.lastBuild;
  const status: ServerStatus = {
    live: inputs.live ? { id: inputs.live.id, createdAt: inputs.live.createdAt.toISOString() } : null,
    lastBuild: last
      ? {
          id: last.id,
          result: last.result,
          reason: last.reasons.join('; '),
          startedAt: last.startedAt,
          finishedAt: last.finishedAt,
          durationMs: last.durationMs,
          pages: last.report ? { ...last.report.pages } : null,
          search: last.search,
        }
      : null,
    building: inputs.building,
    buildingReason: inputs.building ? inputs.buildingReasons.join('; ') : null,
    queued: inputs.queued,
    nextScheduledBuild: inputs.nextScheduledBuild?.toISOString() ?? null,
    lastError: inputs.lastError ? { message: inputs.lastError.message, at: inputs.lastError.at.toISOString() } : null,
    builds: { ...inputs.counts },
  };
  return redactValue(status, secrets);
}
