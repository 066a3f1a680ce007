// site/src/lib/build-stats.ts: what `pnpm bench` reads back from a build.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addCount, readBuildStats, startPhase, timePhase, writeBuildStats } from '../../site/src/lib/build-stats.ts';

const dir = mkdtempSync(join(tmpdir(), 'build-stats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('build stats', () => {
  it('records phases and counters and writes them as JSON', async () => {
    const done = startPhase('test.phase');
    await new Promise((resolve) => setTimeout(resolve, 20));
    done();
    done(); // ending twice counts once
    await timePhase('test.phase', () => new Promise((resolve) => setTimeout(resolve, 5)));
    addCount('test.counter');
    addCount('test.counter', 4);

    const file = join(dir, 'nested', 'stats.json');
    writeBuildStats(file);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written.counters['test.counter']).toBe(5);
    expect(written.phases['test.phase'].ms).toBeGreaterThanOrEqual(20);
    expect(written.phases['test.phase'].spanMs).toBeGreaterThanOrEqual(written.phases['test.phase'].ms - 1);
    expect(written.phases['test.phase'].peakRss).toBeGreaterThan(0);
    expect(written.peakRss).toBeGreaterThan(0);
    expect(readBuildStats().counters['test.counter']).toBe(5);
  });

  it('writes nothing when no file is configured', () => {
    const before = process.env.BUILD_STATS_FILE;
    delete process.env.BUILD_STATS_FILE;
    try {
      writeBuildStats();
      expect(existsSync(join(dir, 'stats.json'))).toBe(false);
    } finally {
      if (before !== undefined) process.env.BUILD_STATS_FILE = before;
    }
  });
});
