import type { ValidationContext, ValidationError } from '@sanity/types';
import { getDraftId, getPublishedId } from './ids.ts';
import { VALIDATION_API_VERSION } from './slugs.ts';

interface ChapterLike {
  _key?: string;
  _type?: string;
  story?: { _ref?: string };
}

/**
 * A publication is assembled from published stories. Warn (not error: editors build the table of
 * contents while stories are still being written) when a chapter points to a story that exists only
 * as a draft or not at all. One query for the whole array instead of one per chapter.
 */
export async function chapterStoriesPublished(
  chapters: unknown,
  context: ValidationContext,
): Promise<true | ValidationError[]> {
  if (!Array.isArray(chapters)) return true;
  const refs = (chapters as ChapterLike[])
    .map((chapter, index) => ({ chapter, index, ref: chapter?.story?._ref }))
    .filter((entry): entry is { chapter: ChapterLike; index: number; ref: string } => typeof entry.ref === 'string');
  if (refs.length === 0) return true;

  const ids = refs.flatMap(({ ref }) => [getPublishedId(ref), getDraftId(ref)]);
  const client = context.getClient({ apiVersion: VALIDATION_API_VERSION }).withConfig({ perspective: 'raw' });
  const found = await client.fetch<string[]>('*[_id in $ids]._id', { ids }, { tag: 'validation.publication-chapters' });
  const existing = new Set(found);

  const errors: ValidationError[] = [];
  for (const { chapter, index, ref } of refs) {
    const published = getPublishedId(ref);
    if (existing.has(published)) continue;
    const path = [chapter._key ? { _key: chapter._key } : index, 'story'];
    errors.push(
      existing.has(getDraftId(ref))
        ? { message: `Chương ${index + 1} trỏ tới bài viết chưa xuất bản (chỉ có bản nháp "${published}").`, path, code: 'custom.chapter-draft-only' }
        : { message: `Chương ${index + 1} trỏ tới bài viết không tồn tại ("${published}").`, path, code: 'custom.chapter-missing' },
    );
  }
  return errors.length > 0 ? errors : true;
}
