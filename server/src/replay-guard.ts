/**
 * Remembers recently accepted webhook signatures and idempotency keys for the replay window, so the
 * same delivery (a retry or a replay) never causes a second build. Bounded: old entries expire and the
 * map never holds more than `maxEntries`.
 */
export interface ReplayGuard {
  /** True if `key` was seen within the window; otherwise records it and returns false. */
  seen(keys: readonly string[], nowMs: number): boolean;
}

export function createReplayGuard(windowMs: number, maxEntries = 10_000): ReplayGuard {
  const expiries = new Map<string, number>();
  const sweep = (nowMs: number) => {
    for (const [key, expiry] of expiries) {
      if (expiry <= nowMs || expiries.size > maxEntries) expiries.delete(key);
      else break; // insertion order is expiry order (the window is constant)
    }
  };
  return {
    seen(keys, nowMs) {
      sweep(nowMs);
      if (keys.some((key) => (expiries.get(key) ?? 0) > nowMs)) return true;
      for (const key of keys) expiries.set(key, nowMs + windowMs);
      return false;
    },
  };
}
