// Share descriptions (lib/seo/describe.ts) and Vietnam-offset dates (lib/routes/seo.ts): the rules
// the sample build cannot reach (long texts, odd whitespace, empty candidates, invalid instants).
import { describe, expect, it } from 'vitest';
import { DESCRIPTION_MAX, shareDescription } from '../../site/src/lib/seo/describe.ts';
import { vietnamDateTime } from '../../site/src/lib/routes/seo.ts';

describe('shareDescription', () => {
  it('takes the first candidate with text, as one trimmed line', () => {
    expect(shareDescription(null, '   ', '  Cô giáo\n\tvùng cao  ', 'sau')).toBe('Cô giáo vùng cao');
    expect(shareDescription(undefined, '')).toBe('');
  });

  it('cuts a long text at a word boundary within the limit and marks the cut', () => {
    const words = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' ');
    const out = shareDescription(words);
    expect(out.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(out.endsWith('…')).toBe(true);
    const kept = out.slice(0, -1);
    expect(words.startsWith(kept)).toBe(true);
    expect(words[kept.length]).toBe(' '); // the next character in the source is the space it was cut at
    expect(shareDescription('a'.repeat(DESCRIPTION_MAX))).toBe('a'.repeat(DESCRIPTION_MAX)); // at the limit: kept whole
  });

  it('cuts a single overlong word where it must, without a dangling comma', () => {
    expect(shareDescription('x'.repeat(400))).toHaveLength(DESCRIPTION_MAX);
    const out = shareDescription(`${'một hai, '.repeat(30)}`);
    expect(out).not.toMatch(/[,\s]…$/);
  });
});

describe('vietnamDateTime', () => {
  it('writes the instant in Vietnam wall-clock time with +07:00', () => {
    expect(vietnamDateTime('2024-11-20T01:30:00Z')).toBe('2024-11-20T08:30:00+07:00');
    expect(vietnamDateTime('2024-12-31T20:00:00.000Z')).toBe('2025-01-01T03:00:00+07:00');
    expect(Date.parse(vietnamDateTime('2025-03-08T02:00:00Z')!)).toBe(Date.parse('2025-03-08T02:00:00Z'));
  });

  it('leaves out what is not a real instant', () => {
    expect(vietnamDateTime(null)).toBeNull();
    expect(vietnamDateTime('2024-02-30T00:00:00Z')).toBeNull();
    expect(vietnamDateTime('không phải ngày')).toBeNull();
  });
});
