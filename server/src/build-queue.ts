/**
 * Coalescing build queue: at most one build runs and at most one more waits, whatever arrives
 * meanwhile. Requests that arrive while one is already waiting join it (their reasons are merged), so
 * a burst of any size costs at most two builds, and the last one always starts after the last request.
 */
export type BuildRunner = (reasons: string[]) => Promise<void>;

export interface BuildQueue {
  /** 'started': runs now; 'queued': will run after the current one; 'coalesced': joined the waiting one. */
  request(reason: string): 'started' | 'queued' | 'coalesced';
  readonly running: boolean;
  readonly queued: boolean;
  /** Reasons of the running build (empty when idle). */
  readonly runningReasons: readonly string[];
  /** Resolves when nothing runs and nothing waits. */
  idle(): Promise<void>;
}

const MAX_REASONS = 20;

export function createBuildQueue(run: BuildRunner): BuildQueue {
  let running: string[] | null = null;
  let waiting: string[] | null = null;
  let idleWaiters: Array<() => void> = [];

  const start = (reasons: string[]) => {
    running = reasons;
    // The runner reports its own failures; a rejection here must not stop the queue.
    void run(reasons)
      .catch(() => {})
      .finally(() => {
        running = null;
        if (waiting) {
          const next = waiting;
          waiting = null;
          start(next);
        } else {
          const waiters = idleWaiters;
          idleWaiters = [];
          for (const resolve of waiters) resolve();
        }
      });
  };

  return {
    request(reason) {
      if (!running) {
        start([reason]);
        return 'started';
      }
      if (!waiting) {
        waiting = [reason];
        return 'queued';
      }
      if (waiting.length < MAX_REASONS && !waiting.includes(reason)) waiting.push(reason);
      return 'coalesced';
    },
    get running() {
      return running !== null;
    },
    get queued() {
      return waiting !== null;
    },
    get runningReasons() {
      return running ?? [];
    },
    idle() {
      if (!running && !waiting) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
