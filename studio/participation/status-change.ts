/**
 * An editor moves a contest entry along its statuses (`entryTransitions`): "không hợp lệ" needs a
 * reason (the receipt holder reads it), "đạt giải" needs one of the contest's prizes. Leaving those
 * statuses clears the reason or the prize, so a stale one never reaches the public record.
 */
import { normalizeText } from '@guong-sang/schemas';
import type { ContestEntryRecord } from '../../schemas/participation/types.ts';
import { entryStatuses, entryTransitions, type EntryStatus } from '../../schemas/participation/vocabulary.ts';
import { DRAFTS_PREFIX, publishedId, type PlanRefusal, type SanityMutation } from './mutations.ts';

export interface PrizeOption {
  _key: string;
  title?: string;
}

export interface StatusChangeInput {
  entry: Pick<ContestEntryRecord, '_id' | 'status'> & { _rev?: string };
  /** Whether the entry also has a draft (edited in the Studio, not yet published): it is patched too. */
  hasDraft?: boolean;
  to: EntryStatus;
  /** For khong-hop-le. */
  reason?: string;
  /** For dat-giai: the prize `_key`. */
  placing?: string;
  /** The contest's prizes (from the public dataset). */
  prizes?: readonly PrizeOption[];
}

export interface StatusChangePlan {
  ok: true;
  mutations: SanityMutation[];
}

const statusTitle = (status: string) => entryStatuses.find((entry) => entry.value === status)?.title ?? status;

/** The statuses an editor may move `from` to, with their titles (the action's menu). */
export function nextStatuses(from: string): { value: EntryStatus; title: string }[] {
  const next = (entryTransitions as Record<string, readonly EntryStatus[] | undefined>)[from] ?? [];
  return next.map((value) => ({ value, title: statusTitle(value) }));
}

export function planStatusChange(input: StatusChangeInput): StatusChangePlan | PlanRefusal {
  const id = publishedId(input.entry._id);
  const from = input.entry.status;
  if (!nextStatuses(from).some((option) => option.value === input.to)) {
    return {
      ok: false,
      error: `Bài dự thi ${id}, trường "status": không chuyển được từ "${statusTitle(from)}" sang "${statusTitle(input.to)}".`,
    };
  }
  const set: Record<string, unknown> = { status: input.to };
  const unset: string[] = [];
  if (input.to === 'khong-hop-le') {
    const reason = normalizeText(input.reason ?? '').trim();
    if (reason === '') return { ok: false, error: `Bài dự thi ${id}, trường "invalidReason": cần ghi lý do không hợp lệ.` };
    set.invalidReason = reason;
  } else {
    unset.push('invalidReason');
  }
  if (input.to === 'dat-giai') {
    const prize = input.prizes?.find((option) => option._key === input.placing);
    if (!prize) return { ok: false, error: `Bài dự thi ${id}, trường "placing": cần chọn một giải trong cơ cấu giải của cuộc thi.` };
    set.placing = prize._key;
  } else {
    unset.push('placing');
  }
  const patch = (target: string, rev?: string): SanityMutation => ({
    patch: { id: target, ...(rev ? { ifRevisionID: rev } : {}), set, unset },
  });
  return {
    ok: true,
    mutations: [patch(id, input.entry._id === id ? input.entry._rev : undefined), ...(input.hasDraft ? [patch(`${DRAFTS_PREFIX}${id}`)] : [])],
  };
}
