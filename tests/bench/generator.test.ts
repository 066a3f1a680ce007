// The benchmark's synthetic dataset: deterministic, and with text realistic enough for search
// numbers to mean something (Zipf-shaped syllable frequencies over a large real vocabulary, so a
// two-word query matches a minority of pages). No timings are asserted anywhere.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readNdjsonFile } from '../../schemas/util/ndjson.ts';
import { prng } from '../../scripts/sample-dataset/images.ts';
import { writeSyntheticDataset } from '../../scripts/bench/synthetic-dataset.ts';
import { createTextGenerator, loadSyllables, typicalQuery, zipfSampler } from '../../scripts/bench/zipf-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-generator-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function digest(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[path.slice(root.length)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(root);
  return out;
}

describe('synthetic dataset', () => {
  it('is byte-for-byte the same for the same parameters, and different for another seed', async () => {
    const a = await writeSyntheticDataset({ stories: 40, images: 1, portraits: 1, outDir: join(dir, 'a') });
    const b = await writeSyntheticDataset({ stories: 40, images: 1, portraits: 1, outDir: join(dir, 'b') });
    const c = await writeSyntheticDataset({ stories: 40, images: 1, portraits: 1, outDir: join(dir, 'c'), seed: 7 });
    expect(a.documents).toBe(b.documents);
    expect(digest(a.outDir)).toEqual(digest(b.outDir));
    expect(digest(c.outDir)['/data.ndjson']).not.toBe(digest(a.outDir)['/data.ndjson']);
    const stories = readNdjsonFile<{ _type: string }>(join(a.outDir, 'data.ndjson'))
      .filter((doc) => doc._type === 'story');
    expect(stories).toHaveLength(40);
  }, 120_000);
});

describe('Zipf text', () => {
  const syllables = loadSyllables();

  it('draws from a large real Vietnamese vocabulary', () => {
    expect(syllables.length).toBeGreaterThan(5000);
    expect(new Set(syllables).size).toBe(syllables.length);
    expect(syllables.every((s) => s === s.normalize('NFC') && /^\p{Ll}+$/u.test(s))).toBe(true);
    // Tone marks and đ are present: the vocabulary is Vietnamese, not ASCII placeholders.
    expect(syllables.some((s) => s.includes('đ'))).toBe(true);
    expect(syllables.filter((s) => /[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/.test(s)).length).toBeGreaterThan(1000);
  });

  it('has syllable frequencies that decay like a power law of the rank', () => {
    const sample = zipfSampler(syllables.length);
    const random = prng(42);
    const counts = new Array<number>(syllables.length).fill(0);
    const draws = 300_000;
    for (let i = 0; i < draws; i++) counts[sample(random)]!++;
    // Rank 1 is about twice rank 2, ten times rank 10 (exponent 1.07), a hundred times rank 100.
    expect(counts[0]! / counts[1]!).toBeGreaterThan(1.7);
    expect(counts[0]! / counts[1]!).toBeLessThan(2.5);
    expect(counts[0]! / counts[9]!).toBeGreaterThan(8);
    expect(counts[0]! / counts[99]!).toBeGreaterThan(70);
    // Decay throughout the head, in buckets of ten ranks.
    const bucket = (k: number) => counts.slice(k * 10, k * 10 + 10).reduce((a, b) => a + b, 0);
    for (let k = 0; k < 9; k++) expect(bucket(k)).toBeGreaterThan(bucket(k + 1));
    // A long tail: thousands of distinct syllables are used.
    expect(counts.filter((n) => n > 0).length).toBeGreaterThan(3000);
  });

  it('makes text in which a two-word query matches only a minority of pages', () => {
    const text = createTextGenerator(prng(9), syllables);
    const pages = Array.from({ length: 400 }, () => new Set(Array.from({ length: 10 }, () => text.paragraph()).join(' ').toLowerCase().split(/[\s,.?]+/)));
    const share = (query: string) => {
      const words = query.split(' ');
      return pages.filter((page) => words.every((w) => page.has(w))).length / pages.length;
    };
    const typical = share(typicalQuery(syllables));
    expect(typical).toBeGreaterThan(0); // the benchmark's query finds something …
    expect(typical).toBeLessThan(0.5); // … but not most pages
    // Two-word queries drawn from the text itself: the median one matches a minority of pages.
    const queryText = createTextGenerator(prng(10), syllables);
    const shares = Array.from({ length: 40 }, () => share(queryText.words(2))).sort((a, b) => a - b);
    expect(shares[20]!).toBeLessThan(0.5);
  });
});
