/**
 * The rows of the "Xếp hạng" view: `rankEntries` (the same ranking the judging desk shows) joined
 * with the entries' titles, with ranks labelled for editors ("2 (đồng hạng)", "Chưa chấm").
 */
import { rankEntries } from '../../schemas/participation/ranking.ts';
import type { JudgeScoreRecord, RubricCriterion } from '../../schemas/participation/types.ts';

export interface RankingEntry {
  _id: string;
  title?: string;
  status?: string;
}

export interface RankingRow {
  entryId: string;
  title: string;
  rankLabel: string;
  /** Score as shown (vi-VN, 2 decimals), or "—". */
  scoreLabel: string;
  judges: number;
  tied: boolean;
}

/** Entries a ranking covers: valid ones (an invalid or unchecked entry is not ranked). */
export const RANKED_STATUSES: readonly string[] = ['hop-le', 'chung-khao', 'dat-giai'];

const scoreFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function rankingRows(
  entries: readonly RankingEntry[],
  scores: readonly Pick<JudgeScoreRecord, 'scores' | 'entry'>[],
  rubric: readonly RubricCriterion[],
): RankingRow[] {
  const ranked = entries.filter((entry) => entry.status === undefined || RANKED_STATUSES.includes(entry.status));
  const titles = new Map(ranked.map((entry) => [entry._id, entry.title?.trim() || 'Tác phẩm chưa đặt tên']));
  return rankEntries([...titles.keys()], scores, rubric).map((row) => ({
    entryId: row.entryId,
    title: titles.get(row.entryId) ?? row.entryId,
    rankLabel: row.rank === null ? 'Chưa chấm' : row.tied ? `${row.rank} (đồng hạng)` : String(row.rank),
    scoreLabel: row.score === null ? '—' : scoreFormat.format(row.score),
    judges: row.judges,
    tied: row.tied,
  }));
}
