/**
 * Rebuilds at the next instant the site's text changes by the clock alone (a scheduled story's
 * publishedAt, a contest opening or closing, an event starting): the build report's `nextBoundary`.
 * The clock is injectable so tests move time instead of sleeping.
 */
export interface Clock {
  now(): Date;
  /** Calls `fn` at `at` (at once if `at` is past); returns a function that cancels it. */
  setTimer(at: Date, fn: () => void): () => void;
}

/** setTimeout holds at most 2^31-1 ms (~24.8 days); longer delays re-arm in steps. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export const systemClock: Clock = {
  now: () => new Date(),
  setTimer(at, fn) {
    let handle: NodeJS.Timeout | undefined;
    const arm = () => {
      const delay = at.getTime() - Date.now();
      if (delay <= 0) {
        handle = undefined;
        fn();
        return;
      }
      handle = setTimeout(arm, Math.min(delay, MAX_TIMEOUT_MS));
      // A pending schedule alone must not keep a finished CLI command alive.
      handle.unref();
    };
    arm();
    return () => {
      if (handle) clearTimeout(handle);
    };
  },
};

export interface Scheduler {
  /** Replaces the armed boundary (null disarms). */
  arm(at: Date | null): void;
  next(): Date | null;
  stop(): void;
}

export function createScheduler(clock: Clock, onDue: (at: Date) => void): Scheduler {
  let armed: { at: Date; cancel: () => void } | null = null;
  const disarm = () => {
    armed?.cancel();
    armed = null;
  };
  return {
    arm(at) {
      disarm();
      if (at === null) return;
      const entry = {
        at,
        cancel: () => {},
      };
      armed = entry;
      entry.cancel = clock.setTimer(at, () => {
        if (armed !== entry) return;
        armed = null;
        onDue(at);
      });
    },
    next: () => armed?.at ?? null,
    stop: disarm,
  };
}
