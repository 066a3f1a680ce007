/**
 * GROQ of the "Tham gia" workspace's views and actions. Entries are read with a projection that
 * carries only what the ranking or `publicEntryRecord` needs (never contacts or receipts), in pages
 * ordered by `_id`, so a contest of 90,000 entries is read in bounded requests.
 */

export const PAGE_SIZE = 5000;

const NOT_DRAFT = '!(_id in path("drafts.**")) && !(_id in path("versions.**"))';

/** Entries of a contest for the ranking: id, title, status. */
export const RANKING_ENTRIES_PAGE = `*[_type == "contestEntry" && contest._ref == $contestId && ${NOT_DRAFT} && _id > $after] | order(_id asc)[0...${PAGE_SIZE}]{_id, title, status}`;

/** Entries of a contest with the fields `publicEntryRecord` reads (text only when it may become the excerpt). */
export const PUBLISH_ENTRIES_PAGE = `*[_type == "contestEntry" && contest._ref == $contestId && ${NOT_DRAFT} && _id > $after] | order(_id asc)[0...${PAGE_SIZE}]{
  _id, _type, contest, title, status, placing, story, excerpt,
  "text": select(!defined(excerpt) && "bai-viet" in publishFields => text),
  entrant, consents, publishFields, submittedAt
}`;

/** Score sheets of a contest (criterion scores only; the judge stays out of the ranking). */
export const CONTEST_SCORES_PAGE = `*[_type == "judgeScore" && contest._ref == $contestId && ${NOT_DRAFT} && _id > $after] | order(_id asc)[0...${PAGE_SIZE}]{_id, entry, scores}`;

/** The contest's rubric and prizes, from the public dataset. */
export const CONTEST_RUBRIC = '*[_type == "contest" && _id == $contestId][0]{title, rubric, prizes}';

/** Ids of the contest's public records in the public dataset. */
export const PUBLIC_RECORD_IDS_PAGE = `*[_type == "contestEntry" && contest._ref == $contestId && ${NOT_DRAFT} && _id > $after] | order(_id asc)[0...${PAGE_SIZE}]._id`;

/** Every page of a paged query (each page continues after the last `_id` seen). */
/** What paging needs of a Sanity client (the Studio's `useClient()`, or @sanity/client in tests). */
export interface QueryClient {
  fetch<R>(query: string, params: Record<string, unknown>, options: { perspective: 'raw' }): Promise<R>;
}

export async function fetchAllPages<T>(client: QueryClient, query: string, params: Record<string, unknown>): Promise<T[]> {
  const all: T[] = [];
  let after = '';
  for (;;) {
    const page = (await client.fetch<T[] | null>(query, { ...params, after }, { perspective: 'raw' })) ?? [];
    all.push(...page);
    if (page.length < PAGE_SIZE) return all;
    const last = page.at(-1);
    const id = typeof last === 'string' ? last : (last as { _id?: unknown } | undefined)?._id;
    if (typeof id !== 'string') return all;
    after = id;
  }
}
