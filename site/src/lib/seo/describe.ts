// A share description (og:description, JSON-LD description): the first candidate with text, as one
// plain line, at most ~160 characters, cut at a word boundary with "…" (what search results and
// social cards show before cutting it themselves, mid-word).
export const DESCRIPTION_MAX = 160;

export function shareDescription(...candidates: Array<string | null | undefined>): string {
  for (const candidate of candidates) {
    const text = (candidate ?? '').replace(/\s+/g, ' ').trim();
    if (text) return clip(text);
  }
  return '';
}

function clip(text: string): string {
  if (text.length <= DESCRIPTION_MAX) return text;
  const cut = text.slice(0, DESCRIPTION_MAX - 1);
  const space = cut.lastIndexOf(' ');
  // A single word longer than the limit is cut where it must be.
  const head = space > DESCRIPTION_MAX / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–—-]+$/, '')}…`;
}
