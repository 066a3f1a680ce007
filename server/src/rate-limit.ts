/**
 * Per-IP fixed-window rate limit for the unauthenticated paths. Bounded memory: windows are dropped
 * when they end, and at most `maxClients` addresses are tracked (beyond that, new ones share a bucket).
 * The bound is sized for a national contest's last day (tens of thousands of schools and homes within
 * one hour): 200,000 addresses take about 20 MB, and only a flood from more addresses than that
 * reaches the shared bucket.
 */
export interface RateLimiter {
  /** True if this request is allowed. */
  allow(ip: string, nowMs: number): boolean;
}

export function createRateLimiter(limit: number, windowMs: number, maxClients = 200_000): RateLimiter {
  let windowStart = 0;
  const counts = new Map<string, number>();
  return {
    allow(ip, nowMs) {
      if (nowMs - windowStart >= windowMs) {
        windowStart = nowMs;
        counts.clear();
      }
      const key = counts.has(ip) || counts.size < maxClients ? ip : '*';
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      return count <= limit;
    },
  };
}
