import { describe, expect, it } from 'vitest';
import { createBuildQueue } from '../../server/src/build-queue.ts';

/** A runner whose builds finish only when the test says so. */
function controlledRunner() {
  const runs: Array<{ reasons: string[]; finish: (ok: boolean) => void }> = [];
  let active = 0;
  let maxActive = 0;
  const run = (reasons: string[]) =>
    new Promise<void>((resolve, reject) => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      runs.push({
        reasons,
        finish: (ok) => {
          active -= 1;
          if (ok) resolve();
          else reject(new Error('build failed'));
        },
      });
    });
  return { run, runs, maxActive: () => maxActive };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('build queue', () => {
  it('turns a burst of 50 requests into at most 2 builds, one at a time', async () => {
    const runner = controlledRunner();
    const queue = createBuildQueue(runner.run);
    const outcomes = Array.from({ length: 50 }, (_, i) => queue.request(`webhook: story s${i}`));
    expect(outcomes[0]).toBe('started');
    expect(outcomes[1]).toBe('queued');
    expect(outcomes.slice(2).every((o) => o === 'coalesced')).toBe(true);
    expect(queue.running && queue.queued).toBe(true);
    expect(runner.runs).toHaveLength(1);

    runner.runs[0]?.finish(true);
    await tick();
    expect(runner.runs).toHaveLength(2);
    // The waiting build carries the reasons of everything that joined it (capped), the first one first.
    expect(runner.runs[1]?.reasons[0]).toBe('webhook: story s1');
    expect(runner.runs[1]?.reasons.length).toBeGreaterThan(1);
    expect(queue.queued).toBe(false);

    runner.runs[1]?.finish(true);
    await queue.idle();
    expect(runner.runs).toHaveLength(2);
    expect(runner.maxActive()).toBe(1);
    expect(queue.running).toBe(false);
  });

  it('a request during the second build queues a third; a failed build does not stop the queue', async () => {
    const runner = controlledRunner();
    const queue = createBuildQueue(runner.run);
    queue.request('a');
    queue.request('b');
    runner.runs[0]?.finish(false);
    await tick();
    expect(runner.runs.map((r) => r.reasons)).toEqual([['a'], ['b']]);
    expect(queue.request('c')).toBe('queued');
    runner.runs[1]?.finish(true);
    await tick();
    runner.runs[2]?.finish(true);
    await queue.idle();
    expect(runner.runs.map((r) => r.reasons)).toEqual([['a'], ['b'], ['c']]);
    expect(queue.request('d')).toBe('started');
  });
});
