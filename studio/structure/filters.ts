/**
 * GROQ filters behind the desk lists. Kept as plain data so tests can evaluate them against
 * fixture documents.
 *
 * The Studio runs list queries in the editor's current perspective (normally "drafts"): a document
 * with a draft appears once, with the published `_id` and `_originalId` = `drafts.<id>`.
 */

export const STORY_TYPE = 'story';
export const EXEMPLAR_TYPE = 'exemplar';

/** Stories in one column; `$columnId` is the column's published id. */
export const STORIES_IN_COLUMN = '_type == "story" && column._ref == $columnId';

/** Stories by publication status; `$ids` lists published and `drafts.` ids (see `publicationStatus.ts`). */
export const STORIES_BY_IDS = '_type == "story" && _id in $ids';

/** Published stories without pending changes (live: no look-up needed). */
export const STORIES_PUBLISHED_UNCHANGED = '_type == "story" && !(_originalId in path("drafts.**"))';

/** Stories marked as featured. */
export const STORIES_FEATURED = '_type == "story" && featured == true';

/** Exemplars at one lifecycle stage; `$stage` is a value from `lifecycleStages`. */
export const EXEMPLARS_AT_STAGE = '_type == "exemplar" && lifecycle.stage == $stage';

/** Exemplars in one province; `$provinceId` is the province's published id. */
export const EXEMPLARS_IN_PROVINCE = '_type == "exemplar" && province._ref == $provinceId';

/** Exemplars of one kind; `$kind` is `ca-nhan` or `tap-the`. */
export const EXEMPLARS_OF_KIND = '_type == "exemplar" && kind == $kind';

/**
 * Raw-perspective query for the ids of every story document (published, drafts and release
 * versions), used to tell never-published drafts from published documents with pending changes.
 */
export const ALL_STORY_IDS_RAW = '*[_type == "story"]._id';
