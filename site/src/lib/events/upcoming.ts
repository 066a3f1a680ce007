// Events not over yet at the build clock, soonest first (home page, events index).
import { buildTime } from '../build/clock.ts';
import { instant } from '../dates/instant.ts';

export interface EventDates {
  startsAt?: string | null;
  endsAt?: string | null;
}

/** Events not over yet at `now` (running or to come), soonest first. */
export function upcomingEvents<T extends EventDates>(events: readonly T[], now: Date = buildTime()): T[] {
  return events
    .filter((e) => {
      const end = instant(e.endsAt) ?? instant(e.startsAt);
      return end !== undefined && end >= now.getTime();
    })
    .sort((a, b) => (instant(a.startsAt) ?? 0) - (instant(b.startsAt) ?? 0));
}
