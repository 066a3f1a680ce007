// Media durations as the reader, <time datetime> and podcast apps read them (site/src/lib/format/duration.ts).
import { describe, expect, it } from 'vitest';
import { clockDuration, formatDuration, isoDuration, validSeconds } from '../../site/src/lib/format/duration.ts';

describe('durations', () => {
  it('reads in Vietnamese, zero parts left out', () => {
    expect(formatDuration(750)).toBe('12 phút 30 giây');
    expect(formatDuration(360)).toBe('6 phút');
    expect(formatDuration(45)).toBe('45 giây');
    expect(formatDuration(3725)).toBe('1 giờ 2 phút 5 giây');
    expect(formatDuration(7200)).toBe('2 giờ');
  });

  it('writes ISO 8601 durations and podcast clock times', () => {
    expect(isoDuration(750)).toBe('PT12M30S');
    expect(isoDuration(3600)).toBe('PT1H');
    expect(clockDuration(750)).toBe('12:30');
    expect(clockDuration(65)).toBe('1:05');
    expect(clockDuration(3725)).toBe('1:02:05');
  });

  it('accepts only positive numbers of seconds', () => {
    expect(validSeconds(400)).toBe(400);
    expect(validSeconds(12.6)).toBe(13);
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, '400', null, undefined]) expect(validSeconds(bad)).toBeUndefined();
  });
});
