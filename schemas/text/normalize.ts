/**
 * Vietnamese text normalisation.
 *
 * Editors paste from Word, Zalo and PDFs: text arrives decomposed (NFD, "tổ hợp") and sometimes with
 * look-alike letters for Đ/đ (Icelandic eth, African D). Both look right on screen but break search,
 * sorting and equality, so everything we store is NFC with the look-alikes replaced.
 */

/** Look-alike code points that editors paste in place of Đ (U+0110) and đ (U+0111). */
const LOOK_ALIKE_D: Readonly<Record<string, string>> = {
  '\u00D0': '\u0110', // Ð Latin capital eth
  '\u0189': '\u0110', // Ɖ Latin capital African D
  '\u00F0': '\u0111', // ð Latin small eth
  '\u0256': '\u0111', // ɖ Latin small d with tail
};

const LOOK_ALIKE_PATTERN = /[\u00D0\u0189\u00F0\u0256]/g;

/** NFC + look-alike Đ/đ replaced. Idempotent. */
export function normalizeText(input: string): string {
  // Replace first: NFC never composes the look-alikes, and Đ/đ carry no combining marks to merge.
  return input.replace(LOOK_ALIKE_PATTERN, (ch) => LOOK_ALIKE_D[ch] ?? ch).normalize('NFC');
}

/** True when `normalizeText` would leave the string unchanged. */
export function isNormalizedText(input: string): boolean {
  return !LOOK_ALIKE_PATTERN.test(resetLastIndex(input)) && input === input.normalize('NFC');
}

/** Why a string is not normalised, for precise validation messages. */
export type TextProblem = 'not-nfc' | 'look-alike-d';

export function findTextProblems(input: string): TextProblem[] {
  const problems: TextProblem[] = [];
  if (input !== input.normalize('NFC')) problems.push('not-nfc');
  if (LOOK_ALIKE_PATTERN.test(resetLastIndex(input))) problems.push('look-alike-d');
  return problems;
}

// The pattern is global (for replace); a global regex keeps `lastIndex` between `test` calls.
function resetLastIndex(input: string): string {
  LOOK_ALIKE_PATTERN.lastIndex = 0;
  return input;
}
