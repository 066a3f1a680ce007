import { BookIcon } from '@sanity/icons';
import { defineArrayMember, defineField, defineType } from '@sanity/types';
import { countWordsInBlocks } from '../../text/words.ts';
import { chapterStoriesPublished } from '../../validation/chapters.ts';
import { documentRules } from '../../validation/document.ts';
import { maxLength } from '../../validation/lengths.ts';
import { fresh, integerBetween, minItems, required, requiredChoice } from '../../validation/rules.ts';
import { pageSizes } from '../../vocabularies/kinds.ts';
import { listOptions } from '../../vocabularies/types.ts';
import { publishedAtField, slugField } from '../fields.ts';
import { formatNumberVi, joinParts } from '../preview.ts';

/**
 * Words the Studio can count without fetching: the foreword and chapters written for the
 * publication. Story chapters live in other documents; their words are counted by the e-book build.
 */
export function countOwnWords(foreword: unknown, chapters: unknown): number {
  let words = countWordsInBlocks(foreword);
  if (Array.isArray(chapters)) {
    for (const chapter of chapters as { _type?: string; body?: unknown }[]) {
      if (chapter?._type === 'sectionChapter') words += countWordsInBlocks(chapter.body);
    }
  }
  return words;
}

/**
 * How many story chapters the preview follows to count their words. Sanity's preview `select`
 * follows references only at fixed array indexes, so the count is exact up to this many chapters
 * and shown as a lower bound ("≥") beyond it.
 */
export const PREVIEW_CHAPTER_LIMIT = 40;

/** `select` paths to each chapter's story body: `chapterBody0: 'chapters.0.story.body'`, … */
export const chapterBodySelection: Record<string, string> = Object.fromEntries(
  Array.from({ length: PREVIEW_CHAPTER_LIMIT }, (_, index) => [`chapterBody${index}`, `chapters.${index}.story.body`]),
);

/** The preview subtitle: edition, year, chapter count and total words (own text + story chapters). */
export function publicationSubtitle(selection: Record<string, unknown>): string | undefined {
  const { chapters, foreword } = selection;
  const edition = typeof selection.edition === 'string' ? selection.edition : undefined;
  const year = typeof selection.year === 'number' ? selection.year : undefined;
  const count = Array.isArray(chapters) ? chapters.length : 0;
  let words = countOwnWords(foreword, chapters);
  for (let index = 0; index < Math.min(count, PREVIEW_CHAPTER_LIMIT); index++) {
    words += countWordsInBlocks(selection[`chapterBody${index}`]);
  }
  const bound = count > PREVIEW_CHAPTER_LIMIT ? '≥ ' : '';
  return joinParts(edition, year, `${count} chương`, `${bound}${formatNumberVi(words)} từ`);
}

export const publication = defineType({
  name: 'publication',
  type: 'document',
  title: 'Ấn phẩm điện tử',
  description: 'Kỷ yếu, sách ảnh, sách điện tử tập hợp các bài viết.',
  icon: BookIcon,
  fields: [
    defineField({ name: 'title', type: 'string', title: 'Tên ấn phẩm', description: 'Ví dụ: Những bông hoa đẹp.', validation: (rule) => [rule, required(rule, 'tên ấn phẩm'), maxLength(rule, 150, 'Tên ấn phẩm')] }),
    slugField('title', 'tên ấn phẩm'),
    defineField({ name: 'edition', type: 'string', title: 'Lần xuất bản, tập', description: 'Ví dụ: Tập 2, Tái bản lần thứ nhất.' }),
    defineField({ name: 'year', type: 'number', title: 'Năm', validation: (rule) => [rule, integerBetween(rule, 1945, 2100, 'Năm')] }),
    defineField({ name: 'cover', type: 'accessibleImage', title: 'Ảnh bìa' }),
    defineField({ name: 'foreword', type: 'simplePortableText', title: 'Lời giới thiệu' }),
    defineField({
      name: 'chapters',
      type: 'array',
      title: 'Các chương',
      description: 'Kéo thả để sắp xếp. Chương từ bài viết dùng bản đã xuất bản của bài.',
      of: [defineArrayMember({ type: 'storyChapter' }), defineArrayMember({ type: 'sectionChapter' })],
      validation: (rule) => [rule, minItems(rule, 1, 'Ấn phẩm cần ít nhất một chương.'), fresh(rule).custom(chapterStoriesPublished).warning()],
    }),
    defineField({ name: 'credits', type: 'array', title: 'Người thực hiện', of: [defineArrayMember({ type: 'credit' })] }),
    publishedAtField(),
    defineField({ name: 'pageSize', type: 'string', title: 'Khổ giấy (bản PDF)', options: { list: listOptions(pageSizes), layout: 'radio', direction: 'horizontal' }, initialValue: 'A5', validation: (rule) => [rule, requiredChoice(rule, 'khổ giấy')] }),
  ],
  initialValue: { pageSize: 'A5' },
  orderings: [
    { name: 'yearDesc', title: 'Mới nhất', by: [{ field: 'year', direction: 'desc' }, { field: 'publishedAt', direction: 'desc' }] },
    { name: 'titleAsc', title: 'Theo tên', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', edition: 'edition', year: 'year', chapters: 'chapters', foreword: 'foreword', media: 'cover', ...chapterBodySelection },
    prepare: (selection: Record<string, unknown>) => ({
      title: (selection.title as string | undefined) || 'Chưa có tên',
      subtitle: publicationSubtitle(selection),
      media: selection.media as never,
    }),
  },
  validation: (rule) => documentRules(rule),
});
