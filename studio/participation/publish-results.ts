/**
 * "Công bố kết quả": for every finalist and prize-winner of one contest in the private dataset, its
 * public record (`resultRecord` → `publicEntryRecord`, the whitelist — the ONLY road to the public
 * site) is written to the public dataset under the same id; an entry that no longer qualifies (invalid, consent withdrawn, back to
 * "đã nhận") has its public record deleted. Public records with no entry in the private store (the
 * sample's migrated entries, or records already erased through the withdrawal route) are left alone:
 * erasure removes its own records.
 *
 * Drafts in the private dataset are ignored: what counts is the stored entry, not an edit in progress.
 */
import { resultRecord } from '../../schemas/participation/public-record.ts';
import type { ContestEntryRecord } from '../../schemas/participation/types.ts';
import { DRAFTS_PREFIX, type PlanRefusal, type SanityMutation } from './mutations.ts';

export interface PublishResultsInput {
  contestId: string;
  /** The contest's entries read from the private dataset (raw perspective). */
  entries: readonly ContestEntryRecord[];
  /** Ids of the contest's `contestEntry` records now in the public dataset (published ids). */
  publicIds: readonly string[];
  at: Date;
}

export interface PublishResultsPlan {
  ok: true;
  mutations: SanityMutation[];
  /** Ids written (created or replaced). */
  published: string[];
  /** Ids deleted from the public dataset. */
  removed: string[];
}

export function planPublishResults(input: PublishResultsInput): PublishResultsPlan | PlanRefusal {
  if (!input.contestId) return { ok: false, error: 'Công bố kết quả: chưa chọn cuộc thi (trường "contest").' };
  const publicIds = new Set(input.publicIds);
  const mutations: SanityMutation[] = [];
  const published: string[] = [];
  const removed: string[] = [];
  for (const entry of input.entries) {
    if (entry._id.startsWith(DRAFTS_PREFIX) || entry._id.startsWith('versions.')) continue;
    if (entry.contest?._ref !== input.contestId) continue;
    const record = resultRecord(entry, input.at);
    if (record) {
      mutations.push({ createOrReplace: { ...record } });
      published.push(record._id);
    } else if (publicIds.has(entry._id)) {
      mutations.push({ delete: { id: entry._id } });
      removed.push(entry._id);
    }
  }
  return { ok: true, mutations, published, removed };
}
