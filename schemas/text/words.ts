/**
 * Word counting, the one implementation: Portable Text for publication previews and contest word
 * limits, plain text for the site's reading times (`countWords` in site/src/components/story/reading.ts).
 * Vietnamese is written with spaces between syllables; like the contests' rules ("≤ 2.000 chữ") we
 * count whitespace-separated tokens that contain a letter or digit.
 */
import { isRecord } from '../util/is-record.ts';

export function countWordsInText(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) {
    if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  }
  return count;
}

/** Counts words in the spans of every text block; block objects (images, embeds) count as zero. */
export function countWordsInBlocks(blocks: unknown): number {
  if (!Array.isArray(blocks)) return 0;
  let total = 0;
  for (const block of blocks) {
    if (!isRecord(block) || block['_type'] !== 'block' || !Array.isArray(block['children'])) continue;
    // Join spans first: a word can be split across spans by a decorator ("<b>Đ</b>ổi").
    const text = block['children']
      .map((child) => (isRecord(child) && typeof child['text'] === 'string' ? child['text'] : ''))
      .join('');
    total += countWordsInText(text);
  }
  return total;
}
