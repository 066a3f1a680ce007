// The desk's GROQ, defined once. The store answers them (groq-js over SQLite, or the private
// dataset's Query API); the `QueryScope` hint beside each call lets the SQLite store preselect rows.
// Judges' queries project BLIND fields only (`BLIND_ENTRY_PROJECTION`); conflicts of interest need the
// entrant's school and province, which `judgeVisibilityQuery` reads for the server alone (never sent).
import { defineQuery } from 'groq';

/** Entries per page on every desk list. */
export const DESK_PAGE_SIZE = 50;

/** The statuses a judge works on. */
export const JUDGE_STATUSES = ['hop-le', 'chung-khao'] as const;

/**
 * What a judge may know about an entry: the work itself and nothing about who made it. Kept in step
 * with `blindEntry` (blind.ts), which whitelists the same fields again after the query.
 */
export const BLIND_ENTRY_PROJECTION = `{
  _id,
  _rev,
  "contest": contest._ref,
  title,
  text,
  wordCount,
  status,
  "file": select(defined(file.asset._ref) => { "kind": file.kind, "mimeType": file.mimeType, "size": file.size, "asset": file.asset._ref })
}`;

/** Server-side only: which entries of a contest a judge works on, with the fields conflicts are judged by. */
export const judgeVisibilityQuery = defineQuery(
  `*[_type == "contestEntry" && contest._ref == $contest && status in $statuses] | order(_id asc) { _id, "school": entrant.school, "province": entrant.province }`,
);

/** Server-side only: one entry's contest, status and conflict fields (for detail, file and scoring). */
export const entryAccessQuery = defineQuery(
  `*[_type == "contestEntry" && _id == $id][0]{ _id, status, "contest": contest._ref, "school": entrant.school, "province": entrant.province }`,
);

/** BLIND: the entries a judge may see, by id (already filtered for conflicts and paged). */
export const blindEntriesQuery = defineQuery(`*[_type == "contestEntry" && _id in $ids] | order(_id asc) ${BLIND_ENTRY_PROJECTION}`);

/** Editors: one page of a contest's entries, optionally of one status, newest first. */
export const editorEntriesQuery = defineQuery(
  `*[_type == "contestEntry" && contest._ref == $contest && (!defined($status) || status == $status)] | order(submittedAt desc, _id asc) [$from...$to] {
  _id, title, status, submittedAt, "name": entrant.name, "role": entrant.role, "school": entrant.school, "province": entrant.province
}`,
);

/** Editors: every entry's status in a contest (counted per status by the server). */
export const contestStatusesQuery = defineQuery(`*[_type == "contestEntry" && contest._ref == $contest].status`);

/** Editors: one whole entry. */
export const entryQuery = defineQuery(`*[_type == "contestEntry" && _id == $id][0]`);

/** The statuses of the entries that can be ranked (the scope hint of `rankableEntriesQuery`). */
export const RANKABLE_STATUSES = ['hop-le', 'chung-khao', 'dat-giai'] as const;

/** Ranking: the entries that can be ranked, and every score of the contest. */
export const rankableEntriesQuery = defineQuery(
  `*[_type == "contestEntry" && contest._ref == $contest && status in ["hop-le", "chung-khao", "dat-giai"]] { _id, title, status, placing }`,
);
export const contestScoresQuery = defineQuery(`*[_type == "judgeScore" && contest._ref == $contest] { _id, "judge": judge, "entry": entry, scores }`);

/** Publishing results: the contest's finalists and winners, whole (`resultRecord` decides what leaves). */
export const resultEntriesQuery = defineQuery(`*[_type == "contestEntry" && contest._ref == $contest && status in $statuses] | order(_id asc)`);

/** Publishing results: the ids of every other entry of the contest (their public records, if any, go). */
export const otherEntryIdsQuery = defineQuery(`*[_type == "contestEntry" && contest._ref == $contest && !(status in $statuses)] | order(_id asc)._id`);

/** A judge's own scores among some entries (the list shows which they have scored). */
export const judgeOwnScoresQuery = defineQuery(`*[_type == "judgeScore" && judge._ref == $judge && entry._ref in $ids]{ entry }`);

export const judgesQuery = defineQuery(`*[_type == "judge"] | order(name asc) { _id, name, contests, conflictSchools, conflictProvinces, active }`);
export const judgeByKeyQuery = defineQuery(`*[_type == "judge" && accessKeyHash == $hash][0]`);

/** Editors: one page of nominations, optionally of one status, newest first. */
export const nominationsQuery = defineQuery(
  `*[_type == "nomination" && (!defined($status) || status == $status)] | order(submittedAt desc, _id asc) [$from...$to] {
  _id, status, submittedAt, "name": nominee.name, "kind": nominee.kind, "unit": nominee.unit, "province": nominee.province
}`,
);
export const nominationStatusesQuery = defineQuery(`*[_type == "nomination"].status`);
