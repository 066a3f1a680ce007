/**
 * "Bản nháp chưa xuất bản" vs "Đã xuất bản có thay đổi chưa xuất bản".
 *
 * In the Studio's default perspective a document with a draft is folded into one result, so a GROQ
 * list filter cannot tell whether a published version also exists. These two lists therefore look
 * the ids up once, in the raw perspective, when the editor opens the list; the list itself then
 * filters on those ids. (Re-open the list to refresh it after publishing.)
 */

const DRAFTS_PREFIX = 'drafts.';
const VERSIONS_PREFIX = 'versions.';

export interface PublicationStatusIds {
  /** Drafts whose document was never published. */
  neverPublished: string[];
  /** Published documents with a draft holding unpublished changes. */
  changedSincePublished: string[];
}

/**
 * Classifies raw document ids (as returned by `*[_type == "story"]._id` in the raw perspective) by
 * publication status. Returns published ids, sorted, without duplicates; release versions
 * (`versions.<release>.<id>`) are ignored.
 */
export function classifyPublicationStatus(rawIds: readonly string[]): PublicationStatusIds {
  const published = new Set<string>();
  const drafted = new Set<string>();
  for (const id of rawIds) {
    if (id.startsWith(VERSIONS_PREFIX)) continue;
    if (id.startsWith(DRAFTS_PREFIX)) drafted.add(id.slice(DRAFTS_PREFIX.length));
    else published.add(id);
  }
  const neverPublished = [...drafted].filter((id) => !published.has(id)).sort();
  const changedSincePublished = [...drafted].filter((id) => published.has(id)).sort();
  return { neverPublished, changedSincePublished };
}

/**
 * The `$ids` parameter for a status list: each published id and its draft id, so the filter matches
 * in every perspective (folded "drafts" results carry the published `_id`; raw results do not).
 */
export function idsParam(publishedIds: readonly string[]): string[] {
  return publishedIds.flatMap((id) => [id, `${DRAFTS_PREFIX}${id}`]);
}
