// Reading aids computed from a story's Portable Text: word count and reading time (Vietnamese is
// written syllable by syllable, each separated by a space; ~200 of those a minute), and the h2/h3
// outline with stable anchor ids for the table of contents. Pure.
import { slugify } from '@guong-sang/schemas';
export { countWordsInText as countWords } from '@guong-sang/schemas';

export const WORDS_PER_MINUTE = 200;
/** A table of contents is shown from this many h2/h3 headings… */
export const TOC_MIN_HEADINGS = 4;
/** …or for a story longer than this many words (with at least two headings to list). */
export const TOC_MIN_WORDS = 1200;

interface Span {
  _type?: string;
  text?: unknown;
}
interface Block {
  _type?: string;
  _key?: string;
  style?: string;
  children?: Span[] | null;
  [field: string]: unknown;
}

const blockText = (block: Block): string =>
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

/** Whole minutes, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export interface Heading {
  key: string;
  level: 2 | 3;
  text: string;
  id: string;
}

/** h2/h3 headings with unique ids (Vietnamese-aware slug of the text; -2, -3… on repeats). */
export function headingsOf(body: unknown, reserved: Iterable<string> = []): Heading[] {
  if (!Array.isArray(body)) return [];
  const used = new Set(reserved);
  const out: Heading[] = [];
  for (const block of body as Array<Block | null>) {
    if (!block || block._type !== 'block' || (block.style !== 'h2' && block.style !== 'h3') || !block._key) continue;
    const text = blockText(block).trim();
    if (!text) continue;
    const base = slugify(text) || 'muc';
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    out.push({ key: block._key, level: block.style === 'h2' ? 2 : 3, text, id });
  }
  return out;
}

export function wantsToc(headings: readonly Heading[], words: number): boolean {
  return headings.length >= TOC_MIN_HEADINGS || (words > TOC_MIN_WORDS && headings.length >= 2);
}
