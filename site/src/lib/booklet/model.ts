// Publication → chapter model, read through the content seam's PUBLIC source (drafts never,
// documents excluded by the content check never). A story chapter whose story did not come back
// (missing, unpublished, excluded) is left out with a warning naming the publication and the story;
// strict mode turns that into a `BookletError`.
import { createHash } from 'node:crypto';
import { creditRoles, titleOf } from '@guong-sang/schemas';
import { bookletListQuery, bookletQuery } from '../content/queries.ts';
import type { BookletQueryResult } from '../content/sanity.types.ts';
import type { ContentSource } from '../content/source.ts';
import { validInstant, validPlainDate } from '../dates/valid.ts';
import { BookletError, type BookletWarning } from './errors.ts';
import type { PtBlocks } from './portable-text.ts';
import { oneLine } from './xml.ts';

export type BookletData = NonNullable<BookletQueryResult>;
export type BookletImage = NonNullable<BookletData['cover']>;
export type PageSize = 'A5' | 'A4';

export interface BookletCredit {
  name: string;
  /** Vocabulary value (`bien-tap`, …) or null. */
  role: string | null;
  /** Vietnamese label of the role (`Biên tập`). */
  roleTitle: string | null;
}

export interface BookletChapter {
  /** 1-based position among the chapters that made it in. */
  index: number;
  /** File stem and anchor id: `chuong-01`. */
  id: string;
  kind: 'story' | 'section';
  title: string;
  dek: string | null;
  /** "Bài: Lê Hoài An", "Ảnh: …" */
  byline: string[];
  cover: BookletImage | null;
  body: PtBlocks;
  /** The story's document id (story chapters). */
  storyId: string | null;
  /** The document the text comes from, for warnings (story id or publication id). */
  documentId: string;
}

export interface BookletModel {
  id: string;
  slug: string;
  title: string;
  edition: string | null;
  year: number | null;
  /** `YYYY-MM-DD` (dc:date). */
  date: string;
  /** `YYYY-MM-DDThh:mm:ssZ`: the newest change among the publication and its stories. */
  modified: string;
  /** `urn:uuid:…`, derived from the publication id only (stable across rebuilds and edits). */
  identifier: string;
  pageSize: PageSize;
  publisher: string;
  cover: BookletImage | null;
  foreword: PtBlocks;
  credits: BookletCredit[];
  chapters: BookletChapter[];
  /** Stories by id → chapter id, so links between chapters stay inside the book. */
  chapterByStoryId: Map<string, string>;
}

export interface LoadBookletOptions {
  strict?: boolean;
  warn?: (warning: BookletWarning) => void;
}

const DEFAULT_PUBLISHER = 'Gương sáng';

/** Every published publication (slug + title), sorted by slug. */
export async function listBooklets(source: ContentSource): Promise<Array<{ id: string; slug: string; title: string }>> {
  const rows = (await source.fetch(bookletListQuery, {})) ?? [];
  return rows.flatMap((row) => (row && row.slug ? [{ id: row._id, slug: row.slug, title: oneLine(row.title) || row.slug }] : []));
}

/** RFC 4122 version-5-style UUID (SHA-1, fixed namespace) of the publication id. */
export function publicationUuid(publicationId: string): string {
  const hash = createHash('sha1').update('guong-sang:publication:').update(publicationId).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** ISO date-time without milliseconds, or null for anything that is not a real date (dates/valid.ts). */
function isoSeconds(value: unknown): string | null {
  const valid = validInstant(value);
  if (!valid) return null;
  return new Date(valid).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function byline(credits: ReadonlyArray<{ role: string | null; person: { name: string | null } | null } | null> | null): string[] {
  const byRole = new Map<string, string[]>();
  for (const credit of credits ?? []) {
    const name = oneLine(credit?.person?.name);
    if (!name) continue;
    const label = credit?.role === 'tac-gia' ? 'Bài' : (titleOf(creditRoles, credit?.role) ?? 'Thực hiện');
    byRole.set(label, [...(byRole.get(label) ?? []), name]);
  }
  return [...byRole].map(([label, names]) => `${label}: ${names.join(', ')}`);
}

const hasContent = (body: PtBlocks): boolean => Array.isArray(body) && body.length > 0;

/**
 * Loads one publication by slug and resolves its chapters. Throws `BookletError` when the slug is
 * unknown, or (strict) when a chapter had to be left out. A publication whose chapters all fell out
 * comes back with `chapters: []`; `buildBooklet` decides not to publish it.
 */
export async function loadBooklet(source: ContentSource, slug: string, options: LoadBookletOptions = {}): Promise<BookletModel> {
  const data = await source.fetch(bookletQuery, { slug });
  if (!data) {
    throw new BookletError(`Không tìm thấy ấn phẩm điện tử nào đã xuất bản có đường dẫn "${slug}".`);
  }
  const warn = options.warn ?? (() => {});
  const left: string[] = [];
  const chapters: BookletChapter[] = [];
  const chapterByStoryId = new Map<string, string>();
  let modified = isoSeconds(data._updatedAt) ?? isoSeconds(data.publishedAt);

  for (const [position, raw] of (data.chapters ?? []).entries()) {
    if (!raw) continue;
    const index = chapters.length + 1;
    const id = `chuong-${String(index).padStart(2, '0')}`;
    if (raw._type === 'storyChapter') {
      const story = raw.story;
      const storyId = raw.storyId ?? '(không có)';
      if (!story) {
        left.push(storyId);
        warn({
          code: 'chapter-missing',
          publicationId: data._id,
          documentId: storyId,
          message:
            `Ấn phẩm ${data._id}: chương ${position + 1} trỏ tới bài viết ${storyId} không tồn tại, ` +
            'chưa xuất bản hoặc bị loại vì lỗi nội dung, nên bị bỏ qua.',
        });
        continue;
      }
      const title = oneLine(raw.title) || oneLine(story.title) || `Chương ${index}`;
      chapters.push({
        index,
        id,
        kind: 'story',
        title,
        dek: oneLine(story.dek) || null,
        byline: byline(story.credits),
        cover: story.cover ?? null,
        body: (story.body ?? []) as PtBlocks,
        storyId: story._id,
        documentId: story._id,
      });
      chapterByStoryId.set(story._id, id);
      for (const stamp of [story._updatedAt, story.updatedAt, story.publishedAt]) {
        const iso = isoSeconds(stamp);
        if (iso && (!modified || iso > modified)) modified = iso;
      }
    } else if (raw._type === 'sectionChapter') {
      const body = (raw.body ?? []) as PtBlocks;
      const title = oneLine(raw.title);
      if (!title && !hasContent(body)) {
        warn({
          code: 'chapter-empty',
          publicationId: data._id,
          message: `Ấn phẩm ${data._id}: chương ${position + 1} là phần viết riêng nhưng không có tiêu đề lẫn nội dung, nên bị bỏ qua.`,
        });
        continue;
      }
      chapters.push({
        index,
        id,
        kind: 'section',
        title: title || `Chương ${index}`,
        dek: null,
        byline: [],
        cover: null,
        body,
        storyId: null,
        documentId: data._id,
      });
    }
  }

  if (options.strict && left.length > 0) {
    throw new BookletError(
      `Chế độ nghiêm ngặt: ấn phẩm ${data._id} có ${left.length} chương trỏ tới bài viết không dùng được ` +
        `(${left.join(', ')}), nên không được phát hành.`,
    );
  }

  // dc:date: the publication date, else 1 January of its year (when that year is in range), else a fixed date.
  const date = isoSeconds(data.publishedAt)?.slice(0, 10) ?? validPlainDate(`${data.year ?? ''}-01-01`) ?? '2000-01-01';
  return {
    id: data._id,
    slug: data.slug ?? slug,
    title: oneLine(data.title) || slug,
    edition: oneLine(data.edition) || null,
    year: data.year ?? null,
    date,
    modified: modified ?? `${date}T00:00:00Z`,
    identifier: `urn:uuid:${publicationUuid(data._id)}`,
    pageSize: data.pageSize === 'A4' ? 'A4' : 'A5',
    publisher: oneLine(data.publisher?.title) || DEFAULT_PUBLISHER,
    cover: data.cover ?? null,
    foreword: (data.foreword ?? []) as PtBlocks,
    credits: (data.credits ?? []).flatMap((credit) => {
      const name = oneLine(credit?.person?.name);
      return name ? [{ name, role: credit?.role ?? null, roleTitle: titleOf(creditRoles, credit?.role) ?? null }] : [];
    }),
    chapters,
    chapterByStoryId,
  };
}
