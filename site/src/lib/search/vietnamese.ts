// Vietnamese-aware search on top of Pagefind, as pure functions (shared by the browser UI and the
// Node tests). Pagefind folds combining marks (ế → e) but not đ → d (đ has no decomposition), and it
// does not know that "hoà" and "hòa" are one word written in two tone-placement styles. So at query
// time each word is expanded into the spellings it may stand for, Pagefind is asked once per
// combination, and the result sets are merged:
//   - a word typed without any mark ("duong") may be d or đ: "duong" and "đuong" are both asked,
//     Pagefind's own folding then reaches dương, đường, đương…;
//   - a word with a tone on o/u of oa, oe, uy (open syllable) is also asked in the other placement
//     ("hoà" ↔ "hòa", "thuỷ" ↔ "thủy");
//   - a query with any mark means the reader typed the marks they meant: those spellings are first
//     asked with Pagefind's `exactDiacritics` (exact-tone matches, ranked first), then folded (the
//     rest, after them), d→đ variants of marked words only in the folded tier.
// Nothing is added to the index, so excerpts and highlights are Pagefind's own, on the real text.

/** Combining tone marks: huyền, sắc, hỏi, ngã, nặng. */
const TONES = '\u0300\u0301\u0309\u0303\u0323';
const TONE_RE = new RegExp(`[${TONES}]`, 'u');

/** At most this many combinations are asked per tier (2 words with d → 4). */
export const MAX_COMBINATIONS = 16;
/** Longest query taken (characters); the rest is ignored. */
export const MAX_QUERY_LENGTH = 200;

/** NFC, look-alikes of Đ/đ (eth, African D) mapped to Đ/đ, spaces collapsed, length capped. */
export function normalizeQuery(input: string): string {
  return input
    .normalize('NFC')
    .replace(/[\u00D0\u0189]/g, 'Đ')
    .replace(/[\u00F0\u0256]/g, 'đ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}

/** A word without any mark: combining marks removed, đ → d, lower case. */
export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLocaleLowerCase('vi')
    .normalize('NFC');
}

/** True when the word carries any Vietnamese mark (tone, ă â ê ô ơ ư, or đ). */
export const hasMarks = (word: string): boolean => fold(word) !== word.toLocaleLowerCase('vi').normalize('NFC');

/** The query's words, lower case NFC, as Pagefind would split them (punctuation dropped). */
export function queryWords(query: string): string[] {
  return normalizeQuery(query)
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{M}\p{N}_]+/u)
    .filter(Boolean);
}

/**
 * The other tone placement of an open syllable in oa / oe / uy: "hoà" ↔ "hòa", "khoẻ" ↔ "khỏe",
 * "thuỷ" ↔ "thủy". Undefined when the word has no such alternative (a final consonant, as in
 * "hoàng", fixes the mark on the second vowel; "quý" keeps it on y because "qu" is the initial).
 */
export function tonePlacementAlternate(word: string): string | undefined {
  const nfd = word.normalize('NFD');
  const m = new RegExp(`^(.*?)([oOuU])([${TONES}]?)([aAeEyY])([${TONES}]?)$`, 'u').exec(nfd);
  if (!m) return undefined;
  const [, head, v1, t1, v2, t2] = m as unknown as [string, string, string, string, string, string];
  if (Boolean(t1) === Boolean(t2)) return undefined; // no tone, or (impossibly) two
  const pair = (v1 + v2).toLowerCase();
  if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return undefined;
  if (pair === 'uy' && /[qQ]$/.test(head)) return undefined;
  if (TONE_RE.test(head) || /\p{M}/u.test(head.slice(-1))) return undefined;
  // The vowel before the pair must not be a vowel itself ("ngoài" is o-a-i, handled by the $ anchor).
  if (/[aeiouyAEIOUY]$/.test(head)) return undefined;
  const tone = t1 || t2;
  const moved = t1 ? `${head}${v1}${v2}${tone}` : `${head}${v1}${tone}${v2}`;
  return moved.normalize('NFC');
}

/** Every way of replacing some of the word's d by đ (a Vietnamese syllable has at most one d). */
function dVariants(word: string): string[] {
  const positions = [...word].flatMap((ch, i) => (ch === 'd' ? [i] : [])).slice(0, 3);
  const out: string[] = [];
  for (let mask = 1; mask < 1 << positions.length; mask++) {
    const chars = [...word];
    positions.forEach((p, bit) => {
      if (mask & (1 << bit)) chars[p] = 'đ';
    });
    out.push(chars.join(''));
  }
  return out;
}

export interface WordVariants {
  word: string;
  /** Spellings the reader meant exactly (the word itself, its other tone placement). */
  exact: string[];
  /** Further spellings asked with folding (d → đ of a marked word). */
  loose: string[];
}

export function wordVariants(word: string): WordVariants {
  const alternate = tonePlacementAlternate(word);
  const exact = alternate ? [word, alternate] : [word];
  if (!hasMarks(word)) {
    // No mark typed: d and đ are equally likely meant.
    return { word, exact: unique([...exact, ...exact.flatMap(dVariants)]), loose: [] };
  }
  return { word, exact, loose: unique(exact.flatMap(dVariants)).filter((v) => !exact.includes(v)) };
}

export interface SearchPlan {
  /** The normalised query as the reader typed it (for the URL and the heading). */
  query: string;
  words: string[];
  /** The query carries marks: `exact` is asked with exactDiacritics and ranked first. */
  accented: boolean;
  /** Pagefind queries asked with exactDiacritics = true (empty for an unaccented query). */
  exact: string[];
  /** Pagefind queries asked with folding (the default). */
  folded: string[];
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Cartesian product of per-word choices, capped at `limit` (earlier choices first). */
function combinations(choices: string[][], limit: number): string[] {
  let out: string[][] = [[]];
  for (const options of choices) {
    const next: string[][] = [];
    for (const prefix of out) for (const option of options) next.push([...prefix, option]);
    out = next.slice(0, limit);
  }
  return out.map((words) => words.join(' ')).filter(Boolean);
}

/** Which Pagefind searches answer this query. */
export function planSearch(input: string): SearchPlan {
  const query = normalizeQuery(input);
  const words = queryWords(query);
  const variants = words.map(wordVariants);
  const accented = words.some(hasMarks);
  if (!words.length) return { query, words, accented, exact: [], folded: [] };
  if (!accented) return { query, words, accented, exact: [], folded: combinations(variants.map((v) => v.exact), MAX_COMBINATIONS) };
  const exact = combinations(variants.map((v) => v.exact), MAX_COMBINATIONS);
  const folded = unique([...exact, ...combinations(variants.map((v) => [...v.exact, ...v.loose]), MAX_COMBINATIONS)]);
  return { query, words, accented, exact, folded };
}

/** One Pagefind result, as much of it as the merge needs. */
export interface RankedHit<R> {
  id: string;
  score: number;
  result: R;
}

export interface MergedHit<R> extends RankedHit<R> {
  /** 0: matched with the exact marks typed; 1: only folded / d→đ matches. */
  tier: 0 | 1;
}

/**
 * Merge the answers of the plan's searches: every page once, exact-tier pages first, then by the
 * best Pagefind score any of its searches gave it (the hit kept is that best one, so its excerpt
 * highlights the words that matched).
 */
export function mergeHits<R>(exactRuns: RankedHit<R>[][], foldedRuns: RankedHit<R>[][]): MergedHit<R>[] {
  const best = new Map<string, MergedHit<R>>();
  const add = (hit: RankedHit<R>, tier: 0 | 1) => {
    const seen = best.get(hit.id);
    if (!seen || tier < seen.tier || (tier === seen.tier && hit.score > seen.score)) best.set(hit.id, { ...hit, tier });
  };
  for (const run of exactRuns) for (const hit of run) add(hit, 0);
  for (const run of foldedRuns) for (const hit of run) add(hit, 1);
  return [...best.values()].sort((a, b) => a.tier - b.tier || b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
