// Reading time of a story from its Portable Text: the reader-visible text, its word count
// (Vietnamese is written syllable by syllable, each separated by a space; ~200 of those a minute)
// and the minutes it takes. Pure.
import { countWordsInText } from '@guong-sang/schemas';

export const WORDS_PER_MINUTE = 200;
export interface Span {
  _type?: string;
  text?: unknown;
}
export interface Block {
  _type?: string;
  _key?: string;
  style?: string;
  children?: Span[] | null;
  [field: string]: unknown;
}

export const blockText = (block: Block): string =>
  (block.children ?? []).map((span) => (span && typeof span.text === 'string' ? span.text : '')).join('');

/** All reader-visible text of a body: paragraphs, headings, lists, pull quotes, fact boxes, captions, transcripts. */
export function bodyText(body: unknown): string {
  if (!Array.isArray(body)) return '';
  const parts: string[] = [];
  for (const block of body as Array<Block | null>) {
    if (!block || typeof block !== 'object') continue;
    switch (block._type) {
      case 'block':
        parts.push(blockText(block));
        break;
      case 'pullQuote':
        parts.push(String(block.text ?? ''), String(block.attribution ?? ''));
        break;
      case 'factBox':
        parts.push(String(block.title ?? ''), bodyText(block.body));
        break;
      case 'accessibleImage':
      case 'gallery':
      case 'videoEmbed':
        parts.push(String(block.caption ?? ''));
        break;
      case 'audioEmbed':
        parts.push(String(block.transcript ?? ''));
        break;
      case 'exemplarCard':
        parts.push(String(block.note ?? ''));
        break;
    }
  }
  return parts.filter(Boolean).join('\n');
}

/** Words of a text: the schemas' one word counter (space-separated syllables with a letter or digit). */
export const countWords = countWordsInText;

/** Whole minutes, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
