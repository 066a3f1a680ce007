// A lock directory per cached build, so test processes that need the same build wait for one
// builder instead of starting two (the 2-core machines cannot afford a second site build). A lock
// whose owner died is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Whether a process with this id is still running. */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Takes the lock (true), or returns false while another live process holds it — the caller waits a
 * moment and checks its cache again. A lock left by a dead process is removed on the way.
 */
export function tryBuildLock(lockDir: string): boolean {
  try {
    mkdirSync(lockDir);
    writeFileSync(join(lockDir, 'pid'), String(process.pid));
    return true;
  } catch {
    let owner = NaN;
    try {
      owner = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
    } catch {
      /* lock being created */
    }
    if (Number.isFinite(owner) && owner > 0 && !pidAlive(owner)) rmSync(lockDir, { recursive: true, force: true });
    return false;
  }
}
