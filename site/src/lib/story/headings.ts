// The h2/h3 outline of a story's Portable Text, with stable anchor ids, and whether the story gets a
// table of contents. Pure.
import { slugify } from '@guong-sang/schemas';
import { blockText, type Block } from './reading-time.ts';

/** A table of contents is shown from this many h2/h3 headings… */
export const TOC_MIN_HEADINGS = 4;
/** …or for a story longer than this many words (with at least two headings to list). */
export const TOC_MIN_WORDS = 1200;

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
  // Next suffix to try per base id. Ids are never released, so every suffix below it is taken and
  // the search resumes there: linear overall, with exactly the ids a search from -2 would give.
  const next = new Map<string, number>();
  const out: Heading[] = [];
  for (const block of body as Array<Block | null>) {
    if (!block || block._type !== 'block' || (block.style !== 'h2' && block.style !== 'h3') || !block._key) continue;
    const text = blockText(block).trim();
    if (!text) continue;
    const base = slugify(text) || 'muc';
    let id = base;
    if (used.has(id)) {
      let n = next.get(base) ?? 2;
      for (id = `${base}-${n}`; used.has(id); id = `${base}-${n}`) n += 1;
      next.set(base, n + 1);
    }
    used.add(id);
    out.push({ key: block._key, level: block.style === 'h2' ? 2 : 3, text, id });
  }
  return out;
}

export function wantsToc(headings: readonly Heading[], words: number): boolean {
  return headings.length >= TOC_MIN_HEADINGS || (words > TOC_MIN_WORDS && headings.length >= 2);
}
