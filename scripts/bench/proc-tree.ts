// Resident memory of a whole process tree (a process and all its descendants), read from /proc:
// what the machine actually spends on a build, including Pagefind's binary, sharp's threads and
// Chromium. Linux only, like the machines it measures.
import { readdirSync, readFileSync } from 'node:fs';

/** Sum of RSS over `rootPid` and its descendants, in bytes (0 when it has ended). */
export function processTreeRss(rootPid: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // The process ended between readdir and read.
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parents.get(p)) {
      if (p === rootPid) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}
