// Resident memory and CPU time of a whole process tree (a process and all its descendants), read
// from /proc: what the machine actually spends on a build, including Pagefind's binary, sharp's
// threads and Chromium. Linux only, like the machines it measures.
import { readdirSync, readFileSync } from 'node:fs';

/** Whether a pid's command line matched an `exclude` pattern (see processTree). */
const commandMatches = new Map<string, boolean>();

/** Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * RSS (bytes) and CPU time (seconds, all threads, reaped children included) summed over the root's
 * live tree; `exclude` leaves out the processes whose command line matches it, with their descendants
 * (e.g. the site server's preview renderer, to see what its builds alone cost), and sums their RSS
 * apart (`excludedRss`).
 */
export function processTree(rootPid: number, exclude?: RegExp): { rss: number; cpu: number; excludedRss: number } {
  // Parent links of every process, then the RSS and CPU of the root's descendants.
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), Number(fields[21]) * 4096);
      // utime + stime + cutime + cstime: a child's time moves to its parent's when it is reaped.
      cpu.set(Number(entry), (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND);
    } catch {
      // The process ended between readdir and read.
    }
  }
  const excluded = (pid: number): boolean => {
    if (!exclude) return false;
    // A process's command line does not change: read once per pid (the sampler runs every 100 ms,
    // on the same cores as what it measures).
    const key = `${pid}:${exclude.source}`;
    let hit = commandMatches.get(key);
    if (hit === undefined) {
      try {
        hit = exclude.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '));
      } catch {
        hit = false;
      }
      commandMatches.set(key, hit);
    }
    return hit;
  };
  let total = 0;
  let seconds = 0;
  let left = 0;
  for (const [pid, bytes] of rss) {
    let out = false;
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parents.get(p)) {
      if (p !== rootPid && excluded(p)) out = true;
      if (p === rootPid) {
        if (out) left += bytes;
        else {
          total += bytes;
          seconds += cpu.get(pid) ?? 0;
        }
        break;
      }
    }
  }
  return { rss: total, cpu: seconds, excludedRss: left };
}
