// Synthetic Vietnamese text whose syllables follow a Zipf distribution over the real syllable list
// of the `dictionary-vi` Hunspell dictionary. A realistic vocabulary matters for search benchmarks:
// with a handful of words every page matches every query and Pagefind's figures mean nothing.

import dictionary from 'dictionary-vi';
import { prng } from '../sample-dataset/images.ts';

export type Random = () => number;

/** Lower-case Vietnamese syllables from dictionary-vi, NFC, in a seeded random rank order. */
export function loadSyllables(seed = 595): string[] {
  const lines = new TextDecoder().decode(dictionary.dic).split('\n').slice(1);
  const syllables = new Set<string>();
  for (const line of lines) {
    const word = line.split('/')[0]?.trim().normalize('NFC') ?? '';
    // Keep real syllables only: lower-case letters, no abbreviations (ASCII upper case) or digits.
    if (/^\p{Ll}+$/u.test(word)) syllables.add(word);
  }
  const ranked = [...syllables];
  const random = prng(seed);
  for (let i = ranked.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ranked[i], ranked[j]] = [ranked[j]!, ranked[i]!];
  }
  return ranked;
}

/** Samples ranks 0..n-1 with probability ∝ 1/(rank+1)^exponent (inverse CDF by binary search). */
export function zipfSampler(n: number, exponent = 1.07): (random: Random) => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank++) {
    total += 1 / Math.pow(rank + 1, exponent);
    cumulative[rank] = total;
  }
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

export interface TextGenerator {
  words(count: number): string;
  sentence(): string;
  paragraph(): string;
  title(): string;
}

export function createTextGenerator(random: Random, syllables = loadSyllables()): TextGenerator {
  const sample = zipfSampler(syllables.length);
  const word = () => syllables[sample(random)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

  const words = (count: number) => Array.from({ length: count }, word).join(' ');
  const sentence = () => {
    const clauses = Array.from({ length: between(1, 3) }, () => words(between(4, 11)));
    return `${capitalise(clauses.join(', '))}${random() < 0.9 ? '.' : '?'}`;
  };
  return {
    words,
    sentence,
    paragraph: () => Array.from({ length: between(2, 5) }, sentence).join(' '),
    title: () => capitalise(words(between(4, 9))),
  };
}

/**
 * A typical two-word reader query for the dataset's vocabulary: one common syllable (Zipf rank 50,
 * in roughly half the stories) and one ordinary one (rank 500, in a few percent), so the query
 * matches a small share of pages, as real queries do. Deterministic for a given syllable order.
 */
export function typicalQuery(syllables = loadSyllables()): string {
  return `${syllables[50]} ${syllables[500]}`;
}
