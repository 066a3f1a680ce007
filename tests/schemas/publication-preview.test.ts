import { describe, expect, it } from 'vitest';
import { readNdjsonFile } from '../../schemas/util/ndjson.ts';
import { chapterBodySelection, PREVIEW_CHAPTER_LIMIT, publicationSubtitle } from '../../schemas/types/documents/publication.ts';

type Doc = { _id: string; _type: string; [key: string]: unknown };
const docs = readNdjsonFile<Doc>(new URL('../../site/dataset/data.ndjson', import.meta.url));
const byId = new Map(docs.map((doc) => [doc._id, doc]));

/** Words counted independently of the schema helpers: whitespace-separated tokens of text blocks. */
function naiveWords(blocks: unknown): number {
  const spans = ((blocks ?? []) as { _type: string; children?: { text?: string }[] }[])
    .filter((block) => block._type === 'block')
    .flatMap((block) => block.children ?? []);
  return spans.map((span) => span.text ?? '').join(' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** What Sanity's preview store hands `prepare` for our `select`: chapter story bodies resolved. */
function selectionFor(publication: Doc): Record<string, unknown> {
  const chapters = publication.chapters as { _type: string; story?: { _ref: string } }[];
  const selection: Record<string, unknown> = { edition: publication.edition, year: publication.year, chapters, foreword: publication.foreword };
  chapters.forEach((chapter, index) => {
    if (chapter.story) selection[`chapterBody${index}`] = byId.get(chapter.story._ref)?.body;
  });
  return selection;
}

describe('publication preview in the Studio', () => {
  it('selects every chapter story body by index, up to the limit', () => {
    expect(Object.keys(chapterBodySelection)).toHaveLength(PREVIEW_CHAPTER_LIMIT);
    expect(chapterBodySelection.chapterBody3).toBe('chapters.3.story.body');
  });

  it('shows the chapter count and the total words of the sample publications', () => {
    const publications = docs.filter((doc) => doc._type === 'publication' && !doc._id.startsWith('drafts.'));
    expect(publications.length).toBeGreaterThanOrEqual(2);
    for (const publication of publications) {
      const chapters = publication.chapters as { _type: string; story?: { _ref: string }; body?: unknown }[];
      const expected =
        naiveWords(publication.foreword) +
        chapters.reduce((sum, chapter) => sum + naiveWords(chapter.story ? byId.get(chapter.story._ref)?.body : chapter.body), 0);
      const subtitle = publicationSubtitle(selectionFor(publication)) ?? '';
      expect(subtitle).toContain(`${chapters.length} chương`);
      const shown = Number(/([\d.]+) từ/.exec(subtitle)?.[1]?.replace(/\./g, ''));
      // Span boundaries inside a word ("**đúng** người") may split differently; the total must
      // include the story chapters, which are most of the text.
      expect(Math.abs(shown - expected) / expected).toBeLessThan(0.02);
      expect(shown).toBeGreaterThan(naiveWords(publication.foreword) * 5);
    }
  });

  it('marks the total as a lower bound past the chapter limit', () => {
    const chapters = Array.from({ length: PREVIEW_CHAPTER_LIMIT + 2 }, () => ({ _type: 'storyChapter' }));
    expect(publicationSubtitle({ chapters })).toContain('≥ 0 từ');
  });
});
