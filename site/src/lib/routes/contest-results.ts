// Published contest results as flat rows (issue 11), for the honours register and open data: every
// public entry of a contest whose results are out at the build clock, with its prize when it won one.
// Before the results date nothing here is public (the contest page also keeps winners back until
// then). Only public fields: the entries are the whitelisted `contestEntry` records of the route data.
import { entrantRoles, entryStatuses } from '@guong-sang/schemas/participation/vocabulary.ts';
import { provinces, titleOf } from '@guong-sang/schemas';
import { buildTime } from '../build/clock.ts';
import { collator } from '../format/collator.ts';
import { contestStatus } from '../contests/status.ts';
import type { Contest, RouteData } from './types.ts';

type Entry = NonNullable<Contest['entries']>[number];
type Prize = NonNullable<Contest['prizes']>[number];

export interface ContestResult {
  contest: Omit<Contest, 'entries' | 'rules'>;
  entry: Entry;
  /** The prize the entry won (status "dat-giai" and a placing that is one of the contest's prize keys). */
  prize: Prize | null;
}

const provinceNames = new Map(provinces.map((p) => [p.value, p.title]));
export const provinceName = (slug: string | null | undefined): string | null => (slug ? (provinceNames.get(slug) ?? null) : null);
export const entrantRoleLabel = (role: string | null | undefined): string | null => titleOf(entrantRoles, role) ?? null;
export const entryStatusLabel = (status: string | null | undefined): string | null => titleOf(entryStatuses, status) ?? null;

/** Every result row: contests by the route data's order, winners by prize order, then the other entries by title. */
export function contestResults(data: Pick<RouteData, 'contests'>, now: Date = buildTime()): ContestResult[] {
  const rows: ContestResult[] = [];
  for (const { entries, rules: _rules, ...contest } of data.contests) {
    if (contestStatus({ ...contest, entries }, now) !== 'da-cong-bo') continue;
    const prizes = contest.prizes ?? [];
    const prizeOf = (e: Entry) => (e.status === 'dat-giai' ? (prizes.find((p) => p._key === e.placing) ?? null) : null);
    const rank = (e: Entry) => {
      const prize = prizeOf(e);
      return prize ? prizes.indexOf(prize) : e.status === 'chung-khao' ? prizes.length : prizes.length + 1;
    };
    const sorted = [...(entries ?? [])].sort((a, b) => rank(a) - rank(b) || collator.compare(a.title ?? '', b.title ?? ''));
    for (const entry of sorted) rows.push({ contest, entry, prize: prizeOf(entry) });
  }
  return rows;
}

/** The awarded entries whose prize is an honour (decision number, date and issuer on the prize). */
export function honourAwards(data: Pick<RouteData, 'contests'>, now: Date = buildTime()): (ContestResult & { prize: Prize })[] {
  return contestResults(data, now).filter((r): r is ContestResult & { prize: Prize } => r.prize?.isHonour === true);
}
