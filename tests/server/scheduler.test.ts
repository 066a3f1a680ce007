import { describe, expect, it } from 'vitest';
import { type Clock, createScheduler, systemClock } from '../../server/src/scheduler.ts';

/** A clock the test moves by hand; timers fire when it passes their time. */
function fakeClock(start: string) {
  let now = Date.parse(start);
  let timers: Array<{ at: number; fn: () => void; cancelled: boolean }> = [];
  const clock: Clock = {
    now: () => new Date(now),
    setTimer(at, fn) {
      const timer = { at: at.getTime(), fn, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
  };
  const advance = (ms: number) => {
    now += ms;
    const due = timers.filter((t) => !t.cancelled && t.at <= now);
    timers = timers.filter((t) => !due.includes(t));
    for (const t of due) t.fn();
  };
  return { clock, advance, pending: () => timers.filter((t) => !t.cancelled).length };
}

describe('scheduler', () => {
  it('fires once at the armed boundary, not before', () => {
    const fake = fakeClock('2026-12-02T00:00:00Z');
    const fired: string[] = [];
    const scheduler = createScheduler(fake.clock, (at) => fired.push(at.toISOString()));
    scheduler.arm(new Date('2026-12-05T01:00:00Z'));
    expect(scheduler.next()?.toISOString()).toBe('2026-12-05T01:00:00.000Z');
    fake.advance(3 * 86_400_000 + 3_599_000);
    expect(fired).toEqual([]);
    fake.advance(1000);
    expect(fired).toEqual(['2026-12-05T01:00:00.000Z']);
    expect(scheduler.next()).toBeNull();
    fake.advance(86_400_000);
    expect(fired).toHaveLength(1);
  });

  it('re-arming replaces the boundary; null and stop disarm', () => {
    const fake = fakeClock('2026-12-02T00:00:00Z');
    const fired: Date[] = [];
    const scheduler = createScheduler(fake.clock, (at) => fired.push(at));
    scheduler.arm(new Date('2026-12-02T10:00:00Z'));
    scheduler.arm(new Date('2026-12-02T05:00:00Z'));
    fake.advance(11 * 3_600_000);
    expect(fired.map((d) => d.toISOString())).toEqual(['2026-12-02T05:00:00.000Z']);
    scheduler.arm(new Date('2026-12-03T00:00:00Z'));
    scheduler.arm(null);
    scheduler.arm(new Date('2026-12-04T00:00:00Z'));
    scheduler.stop();
    fake.advance(5 * 86_400_000);
    expect(fired).toHaveLength(1);
    expect(fake.pending()).toBe(0);
  });

  it('the system clock fires a past boundary at once and can cancel a far one (beyond setTimeout range)', async () => {
    let fired = 0;
    systemClock.setTimer(new Date(Date.now() - 1000), () => (fired += 1));
    expect(fired).toBe(1);
    let farFired = false;
    const cancel = systemClock.setTimer(new Date(Date.now() + 40 * 86_400_000), () => (farFired = true));
    // A delay above 2^31-1 ms must not overflow into an immediate timeout.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(farFired).toBe(false);
    cancel();
  });
});
