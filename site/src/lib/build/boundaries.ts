// The next instant at which the site's text changes by the clock alone, with no edit in the Studio:
// a scheduled story or booklet comes due, a contest opens, closes, announces its results or drops
// off the home page, an event starts or ends, or the date in Vietnam turns (labels are at day
// resolution). The site server arms a timer for it and rebuilds then. Pure.
import { RECENT_RESULTS_DAYS } from '../contests/status.ts';
import { instant } from '../dates/instant.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving time). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export interface ClockInputs {
  scheduled: readonly { publishedAt: string }[];
  contests: readonly { opensAt?: string | null; closesAt?: string | null; resultsAt?: string | null }[];
  events: readonly { startsAt?: string | null; endsAt?: string | null }[];
}

/** The first midnight in Vietnam strictly after `now`. */
export function nextVietnamMidnight(now: Date): Date {
  const local = now.getTime() + VIETNAM_OFFSET_MS;
  return new Date((Math.floor(local / DAY_MS) + 1) * DAY_MS - VIETNAM_OFFSET_MS);
}

/** The earliest clock boundary strictly after `now`; at most the next midnight in Vietnam. */
export function nextClockBoundary({ scheduled, contests, events }: ClockInputs, now: Date): Date {
  const candidates: (number | undefined)[] = [
    ...scheduled.map((doc) => instant(doc.publishedAt)),
    ...contests.flatMap((c) => {
      const results = instant(c.resultsAt);
      return [instant(c.opensAt), instant(c.closesAt), results, results === undefined ? undefined : results + RECENT_RESULTS_DAYS * DAY_MS];
    }),
    ...events.flatMap((e) => [instant(e.startsAt), instant(e.endsAt)]),
  ];
  let next = nextVietnamMidnight(now).getTime();
  for (const at of candidates) if (at !== undefined && at > now.getTime() && at < next) next = at;
  return new Date(next);
}
