// Where a contest stands, from its dates and the build clock: status, timeline, whether the home page
// shows it, and its winners by prize. Pure apart from the default clock.
import { buildTime } from '../build/clock.ts';
import { instant } from '../dates/instant.ts';

/** A contest whose results came out less than this many days ago still counts as "current" on the home page. */
export const RECENT_RESULTS_DAYS = 60;

const DAY_MS = 24 * 60 * 60 * 1000;

export type ContestStatus = 'sap-mo' | 'dang-nhan-bai' | 'dang-cham' | 'da-cong-bo' | 'da-ket-thuc';

export const CONTEST_STATUS_LABELS: Record<ContestStatus, string> = {
  'sap-mo': 'Sắp mở',
  'dang-nhan-bai': 'Đang nhận bài',
  'dang-cham': 'Đang chấm giải',
  'da-cong-bo': 'Đã công bố kết quả',
  'da-ket-thuc': 'Đã kết thúc nhận bài',
};

export interface ContestDates {
  opensAt?: string | null;
  closesAt?: string | null;
  resultsAt?: string | null;
  /** The contest's public entry records; an awarded one means the organisers announced results. */
  entries?: readonly { status?: string | null }[] | null;
}

/**
 * Where a contest stands at `now`: from its dates, except that results are out as soon as the
 * organisers publish awards from the judging desk (an awarded public record) — `resultsAt` is the date
 * they plan to, not a gate on the announcement itself (some contests award prizes while entries are
 * still open, e.g. monthly prizes; the entry form follows the dates alone).
 */
export function contestStatus(contest: ContestDates, now: Date = buildTime()): ContestStatus {
  const t = now.getTime();
  const opens = instant(contest.opensAt);
  const closes = instant(contest.closesAt);
  const results = instant(contest.resultsAt);
  if (opens !== undefined && t < opens) return 'sap-mo';
  if (contest.entries?.some((entry) => entry.status === 'dat-giai')) return 'da-cong-bo';
  if (closes === undefined || t < closes) return 'dang-nhan-bai';
  if (results === undefined) return 'da-ket-thuc';
  return t < results ? 'dang-cham' : 'da-cong-bo';
}

export type StepState = 'past' | 'current' | 'future';

export interface TimelineStep {
  key: 'opensAt' | 'closesAt' | 'resultsAt';
  label: string;
  at: string;
  state: StepState;
}

/** The contest's dated milestones, each marked past / current (the latest one reached) / future. */
export function contestTimeline(contest: ContestDates, now: Date = buildTime()): TimelineStep[] {
  const steps = (
    [
      ['opensAt', 'Mở nhận bài'],
      ['closesAt', 'Hạn cuối nhận bài'],
      ['resultsAt', 'Công bố kết quả'],
    ] as const
  )
    .filter(([key]) => instant(contest[key]) !== undefined)
    .map(([key, label]) => ({ key, label, at: contest[key]!, state: 'future' as StepState }));
  let current = -1;
  steps.forEach((step, i) => {
    if (instant(step.at)! <= now.getTime()) {
      step.state = 'past';
      current = i;
    }
  });
  if (current >= 0) steps[current]!.state = 'current';
  return steps;
}

/** On the home page: open for entries, announced but not yet open, being judged, or results out recently. */
export function isCurrentContest(contest: ContestDates, now: Date = buildTime()): boolean {
  const status = contestStatus(contest, now);
  if (status === 'da-ket-thuc') return false;
  if (status !== 'da-cong-bo') return true;
  // Announced from the desk before the planned date: recent until that date's window ends.
  const announced = instant(contest.resultsAt);
  return announced === undefined || now.getTime() - announced <= RECENT_RESULTS_DAYS * DAY_MS;
}

const byTitle = new Intl.Collator('vi');
const titleOrder = (a: { title?: string | null }, b: { title?: string | null }) => byTitle.compare(a.title ?? '', b.title ?? '');

/** The heading of the finalists' group on a contest page. */
export const FINALISTS_TITLE = 'Vào vòng chung khảo';

interface RankedEntry {
  status?: string | null;
  placing?: string | null;
  title?: string | null;
}

/**
 * Winning entries (status "dat-giai") grouped by prize, in the contest's prize order (the order the
 * organisers listed them: best first), by title (Vietnamese collation) within a prize. An entry whose
 * placing is not one of the contest's prize keys is not a winner here.
 */
export function winnersByPrize<T extends RankedEntry>(
  prizes: readonly { _key: string; title?: string | null }[] | null | undefined,
  entries: readonly T[] | null | undefined,
): { placing: string; title: string; entries: T[] }[] {
  return (prizes ?? [])
    .map((prize) => ({
      placing: prize._key,
      title: prize.title ?? 'Giải thưởng',
      entries: (entries ?? []).filter((e) => e.status === 'dat-giai' && e.placing === prize._key).sort(titleOrder),
    }))
    .filter((group) => group.entries.length > 0);
}

/** Entries that reached the final round ("chung-khao"), by title. */
export function finalists<T extends RankedEntry>(entries: readonly T[] | null | undefined): T[] {
  return (entries ?? []).filter((e) => e.status === 'chung-khao').sort(titleOrder);
}

/** Entries that are neither winners (of one of these prizes) nor finalists, by title. */
export function otherEntries<T extends RankedEntry>(prizes: readonly { _key: string }[] | null | undefined, entries: readonly T[] | null | undefined): T[] {
  const keys = new Set((prizes ?? []).map((p) => p._key));
  return (entries ?? []).filter((e) => e.status !== 'chung-khao' && !(e.status === 'dat-giai' && keys.has(e.placing ?? ''))).sort(titleOrder);
}

/** Every entry by title: the order before results are out, when no entry may stand out. */
export function entriesByTitle<T extends { title?: string | null }>(entries: readonly T[] | null | undefined): T[] {
  return [...(entries ?? [])].sort(titleOrder);
}
