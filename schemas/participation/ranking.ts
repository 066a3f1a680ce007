/**
 * The ranking of a contest's entries from the judges' scores, shared by the site server's judging desk
 * and the Studio. Each judge's score for an entry is the weighted mean of their criterion scores, each
 * normalised to its criterion's maximum (0–100); an entry's score is the mean over the judges who
 * scored it. Equal scores (to 2 decimals, as shown) share a rank ("đồng hạng", competition ranking
 * 1, 2, 2, 4); entries nobody scored come last, unranked.
 */
import type { JudgeScoreRecord, RubricCriterion } from './types.ts';

export interface RankedEntry {
  entryId: string;
  /** 0–100, rounded to 2 decimals; null when no judge scored it. */
  score: number | null;
  judges: number;
  /** 1-based competition rank; null when unscored. */
  rank: number | null;
  /** True when another entry has the same rank. */
  tied: boolean;
}

/** One judge's score for one entry, 0–100; null when it covers no rubric criterion. */
export function judgeTotal(score: Pick<JudgeScoreRecord, 'scores'>, rubric: readonly RubricCriterion[]): number | null {
  let weighted = 0;
  let weights = 0;
  for (const criterion of rubric) {
    if (!(criterion.weight > 0) || !(criterion.maxScore > 0)) continue;
    const given = score.scores.find((s) => s.criterion === criterion._key);
    if (!given || !Number.isFinite(given.score)) continue;
    const clamped = Math.min(Math.max(given.score, 0), criterion.maxScore);
    weighted += (clamped / criterion.maxScore) * 100 * criterion.weight;
    weights += criterion.weight;
  }
  return weights === 0 ? null : weighted / weights;
}

export function rankEntries(
  entryIds: readonly string[],
  scores: readonly Pick<JudgeScoreRecord, 'scores' | 'entry'>[],
  rubric: readonly RubricCriterion[],
): RankedEntry[] {
  const totals = new Map<string, number[]>();
  for (const score of scores) {
    const total = judgeTotal(score, rubric);
    if (total === null) continue;
    const list = totals.get(score.entry._ref) ?? [];
    list.push(total);
    totals.set(score.entry._ref, list);
  }
  const rows = entryIds.map((entryId) => {
    const list = totals.get(entryId) ?? [];
    const score = list.length === 0 ? null : Math.round((list.reduce((a, b) => a + b, 0) / list.length) * 100) / 100;
    return { entryId, score, judges: list.length, rank: null as number | null, tied: false };
  });
  rows.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0));
  rows.forEach((row, index) => {
    if (row.score === null) return;
    const previous = rows[index - 1];
    row.rank = previous && previous.score === row.score ? (previous.rank as number) : index + 1;
  });
  for (const row of rows) {
    if (row.rank !== null) row.tied = rows.some((other) => other !== row && other.rank === row.rank);
  }
  return rows;
}
