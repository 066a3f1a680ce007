// Listing logic shared by the home, column, theme, archive, contest and event pages. Pure functions
// (no Astro imports), so the arithmetic is tested directly as well as through the built pages.
import { contestPlacings } from '@guong-sang/schemas';

/** Stories per page of a column, theme or archive listing. */
export const PAGE_SIZE = 12;
/** Stories per page of an author page (text list). */
export const AUTHOR_PAGE_SIZE = 24;
/** Stories per page of an archive year (text list). */
export const ARCHIVE_PAGE_SIZE = 50;
/** Stories in the site feed and in each column feed. */
export const FEED_SIZE = 30;
/** A contest whose results came out less than this many days ago still counts as "current" on the home page. */
export const RECENT_RESULTS_DAYS = 60;

const DAY_MS = 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------------------------------
// Build time: one instant for the whole build (every page computes statuses against the same clock,
// even though Vite bundles this module into several chunks).

const CLOCK_KEY = Symbol.for('guong-sang.build-time');
export function buildTime(): Date {
  const g = globalThis as Record<symbol, Date | undefined>;
  return (g[CLOCK_KEY] ??= new Date());
}

// ---------------------------------------------------------------------------------------------------
// Pagination

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Total number of pages (≥ 1). */
  total: number;
  items: T[];
  /** Index (0-based) of the first item on this page within the whole list. */
  start: number;
}

/** Split a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Kích thước trang không hợp lệ: ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
    start: i * size,
  }));
}

/**
 * The page numbers a pager shows: the first, the last, and the current one with `radius` neighbours;
 * `null` marks a gap ("…"). E.g. current 6 of 20 → 1 … 5 6 7 … 20.
 */
export function pagerNumbers(current: number, total: number, radius = 1): (number | null)[] {
  const keep = new Set<number>([1, total]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= total) keep.add(n);
  const sorted = [...keep].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const prev = out.at(-1);
    if (typeof prev === 'number' && n - prev === 2) out.push(prev + 1);
    else if (typeof prev === 'number' && n - prev > 2) out.push(null);
    out.push(n);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Dates in Vietnam

const yearMonthFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit' });

/** Year and month (1–12) of a datetime in Asia/Ho_Chi_Minh, or undefined if it is not a date. */
export function yearMonthInVietnam(value: string | null | undefined): { year: number; month: number } | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return undefined;
  const parts = yearMonthFormat.formatToParts(d);
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  return { year, month };
}

/** Items grouped by the year (Vietnam time) of `date(item)`, newest year first, order kept within a year. */
export function groupByYear<T>(items: readonly T[], date: (item: T) => string | null | undefined): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const ym = yearMonthInVietnam(date(item));
    if (!ym) continue;
    const list = groups.get(ym.year) ?? [];
    list.push(item);
    groups.set(ym.year, list);
  }
  return new Map([...groups].sort(([a], [b]) => b - a));
}

const time = (value: string | null | undefined): number | undefined => {
  if (!value) return undefined;
  const t = new Date(value).getTime();
  return Number.isNaN(t) ? undefined : t;
};

// ---------------------------------------------------------------------------------------------------
// Contests

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
}

/** Where a contest stands at `now`, from its dates alone. */
export function contestStatus(contest: ContestDates, now: Date = buildTime()): ContestStatus {
  const t = now.getTime();
  const opens = time(contest.opensAt);
  const closes = time(contest.closesAt);
  const results = time(contest.resultsAt);
  if (opens !== undefined && t < opens) return 'sap-mo';
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
    .filter(([key]) => time(contest[key]) !== undefined)
    .map(([key, label]) => ({ key, label, at: contest[key]!, state: 'future' as StepState }));
  let current = -1;
  steps.forEach((step, i) => {
    if (time(step.at)! <= now.getTime()) {
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
  return now.getTime() - time(contest.resultsAt)! <= RECENT_RESULTS_DAYS * DAY_MS;
}

const PLACING_ORDER: readonly string[] = contestPlacings.map((p) => p.value).filter((v) => v !== '');

/** Winning entries grouped by placing, best placing first (entries without a placing are left out). */
export function winnersByPlacing<T extends { placing?: string | null }>(entries: readonly T[] | null | undefined): { placing: string; title: string; entries: T[] }[] {
  return PLACING_ORDER.map((placing) => ({
    placing,
    title: contestPlacings.find((p) => p.value === placing)!.title,
    entries: (entries ?? []).filter((e) => e.placing === placing),
  })).filter((group) => group.entries.length > 0);
}

// ---------------------------------------------------------------------------------------------------
// Events

export interface EventDates {
  startsAt?: string | null;
  endsAt?: string | null;
}

/** Events not over yet at `now` (running or to come), soonest first. */
export function upcomingEvents<T extends EventDates>(events: readonly T[], now: Date = buildTime()): T[] {
  return events
    .filter((e) => {
      const end = time(e.endsAt) ?? time(e.startsAt);
      return end !== undefined && end >= now.getTime();
    })
    .sort((a, b) => (time(a.startsAt) ?? 0) - (time(b.startsAt) ?? 0));
}

/** The `[...page]` route parameter of page `n`: none for the first page, `trang/<n>` after (see urls.ts pageUrl). */
export const pageParam = (n: number): string | undefined => (n <= 1 ? undefined : `trang/${n}`);
