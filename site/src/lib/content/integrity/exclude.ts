/**
 * What leaves a document out of the public site: only having nothing to render. A document is
 * excluded when it has no `_id`/`_type`, an unknown `_type`, no title (the field each type shows as
 * its heading), or no slug in a type that has pages; and of two published documents of one type with
 * the same slug, the newer (`_createdAt`, then `_id`) is excluded so the older keeps its URL. Every
 * other problem is reported but the document stays: renderers drop what they cannot show safely.
 * Pure; runs on the repaired documents.
 */
import { isSystemDocument } from '@guong-sang/schemas/validation/validate-dataset.ts';
import { PRIVATE_DOCUMENT_TYPES } from '@guong-sang/schemas/participation/vocabulary.ts';
import type { Problem } from './check.ts';
import { isPublicEntryStatus } from './contest-entries.ts';

/** Why a private participation document is never on the public site (it is not even fetched: check.ts). */
export const PRIVATE_DOCUMENT_REASON = 'tài liệu riêng tư (đề cử, giám khảo, phiếu chấm) không bao giờ được đưa lên trang công khai';

/** The field each document type renders as its heading. `siteSettings` has none required: the site falls back to its own name. */
export const TITLE_FIELD: Readonly<Record<string, string | null>> = {
  story: 'title',
  column: 'title',
  contest: 'title',
  event: 'title',
  honour: 'title',
  contestEntry: 'title',
  publication: 'title',
  theme: 'title',
  exemplar: 'name',
  organisation: 'name',
  person: 'name',
  province: 'name',
  siteSettings: null,
};

/** Types with their own pages (site/src/pages): without a slug they have no URL. */
export const ROUTED_TYPES: ReadonlySet<string> = new Set(['story', 'exemplar', 'column', 'theme', 'person', 'contest', 'event', 'publication']);

export const EXCLUSION_CODE = 'excluded';

const slugOf = (doc: Record<string, unknown>): string | undefined => {
  const slug = doc.slug;
  const current = slug !== null && typeof slug === 'object' ? (slug as { current?: unknown }).current : undefined;
  return typeof current === 'string' && current.trim() !== '' ? current : undefined;
};

const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

/** Why `doc` cannot be rendered, or undefined when it can. */
function unrenderable(doc: Record<string, unknown>): { path: string; reason: string } | undefined {
  if (typeof doc._type !== 'string' || doc._type === '') return { path: '_type', reason: 'không có loại tài liệu (_type)' };
  if (isSystemDocument(doc)) return undefined;
  if (PRIVATE_DOCUMENT_TYPES.includes(doc._type)) return { path: '_type', reason: PRIVATE_DOCUMENT_REASON };
  if (doc._type === 'contestEntry' && !isPublicEntryStatus(doc.status)) return { path: 'status', reason: `bài dự thi chưa được công nhận hợp lệ (trạng thái "${String(doc.status ?? '')}")` };
  if (!(doc._type in TITLE_FIELD)) return { path: '_type', reason: `loại tài liệu "${doc._type}" không có trong mô hình nội dung` };
  const titleField = TITLE_FIELD[doc._type];
  if (titleField && !hasText(doc[titleField])) return { path: titleField, reason: titleField === 'name' ? 'không có tên' : 'không có tiêu đề' };
  if (ROUTED_TYPES.has(doc._type) && slugOf(doc) === undefined) return { path: 'slug', reason: 'không có đường dẫn (slug)' };
  return undefined;
}

// Missing `_createdAt` sorts last: such a document cannot prove it was first.
const createdAt = (doc: Record<string, unknown>): string => (typeof doc._createdAt === 'string' ? doc._createdAt : '\uffff');
const compareAge = (a: Record<string, unknown>, b: Record<string, unknown>): number =>
  createdAt(a) < createdAt(b) ? -1 : createdAt(a) > createdAt(b) ? 1 : String(a._id) < String(b._id) ? -1 : String(a._id) > String(b._id) ? 1 : 0;

export interface Exclusions {
  excludedIds: Set<string>;
  /** One error per excluded document, naming why ("bị loại: không có tiêu đề"). */
  problems: Problem[];
  /** Ids that keep a slug another document also had: the validator's "slug already used" on them is moot. */
  slugKeepers: Set<string>;
}

/** Decides the exclusions for published documents (every one must have a string `_id`). */
export function decideExclusions(documents: readonly Record<string, unknown>[]): Exclusions {
  const excludedIds = new Set<string>();
  const problems: Problem[] = [];
  const slugKeepers = new Set<string>();
  const exclude = (doc: Record<string, unknown>, path: string, message: string) => {
    const id = doc._id as string;
    excludedIds.add(id);
    const documentType = typeof doc._type === 'string' ? doc._type : '(không có _type)';
    problems.push({ documentId: id, documentType, path, level: 'error', message, code: EXCLUSION_CODE });
  };
  const bySlug = new Map<string, Record<string, unknown>[]>();
  for (const doc of documents) {
    const why = unrenderable(doc);
    if (why) {
      exclude(doc, why.path, `Bị loại khỏi trang công khai: ${why.reason}.`);
      continue;
    }
    const slug = slugOf(doc);
    if (slug === undefined || !ROUTED_TYPES.has(doc._type as string)) continue;
    const key = `${doc._type as string}\u0000${slug}`;
    const group = bySlug.get(key);
    if (group) group.push(doc);
    else bySlug.set(key, [doc]);
  }
  for (const group of bySlug.values()) {
    if (group.length < 2) continue;
    const [keeper, ...newer] = [...group].sort(compareAge);
    slugKeepers.add(keeper!._id as string);
    for (const doc of newer) {
      exclude(
        doc,
        'slug',
        `Bị loại khỏi trang công khai: đường dẫn (slug) "${slugOf(doc)}" trùng với ${keeper!._id as string}, tài liệu tạo trước nên giữ đường dẫn này; hãy đổi slug của ${doc._id as string}.`,
      );
    }
  }
  return { excludedIds, problems, slugKeepers };
}
