/**
 * Scheduled documents: published in Sanity but dated later (`publishedAt` in the future). Until that
 * instant they are as invisible as drafts — no page, list, feed, sitemap entry, search record, open
 * data row or booklet chapter — so they are pruned with the excluded documents at the seam, the one
 * place every output reads from. Pure.
 */
import { instant } from '../../dates/instant.ts';

export interface ScheduledDocument {
  id: string;
  type: string;
  /** When it becomes public (the document's `publishedAt`, as written). */
  publishedAt: string;
}

/** Documents whose valid `publishedAt` is after `now`, soonest first. An unreadable date schedules nothing. */
export function scheduledDocuments(documents: readonly Record<string, unknown>[], now: Date): ScheduledDocument[] {
  const scheduled: ScheduledDocument[] = [];
  for (const doc of documents) {
    const at = typeof doc.publishedAt === 'string' ? instant(doc.publishedAt) : undefined;
    if (at === undefined || at <= now.getTime() || typeof doc._id !== 'string') continue;
    scheduled.push({ id: doc._id, type: typeof doc._type === 'string' ? doc._type : '', publishedAt: doc.publishedAt as string });
  }
  return scheduled.sort((a, b) => instant(a.publishedAt)! - instant(b.publishedAt)!);
}
