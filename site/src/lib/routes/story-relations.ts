// Related stories and previous/next in the column, for every story at once (route data, computed
// once per build — never a query per page). Pure: no I/O, unit-testable.
//
// Score of a candidate for story S: 3 per shared exemplar, 2 per shared theme, 1 for the same column.
// Ties go to the candidate closest in publication date, then by slug (deterministic). Posting lists
// (stories per exemplar / theme / column) are sorted by date; for a big one only the WINDOW stories
// nearest in date are looked at, so 10,000 stories with a few huge themes stay linear-ish.

export interface RelatableStory {
  _id: string;
  slug: string;
  publishedAt: string | null;
  column: { _id: string } | null;
  themes: Array<{ _id: string } | null> | null;
  exemplars: Array<{ _id: string } | null> | null;
}

export interface StoryRelations<S> {
  /** Best first, at most `limit`. */
  related: S[];
  /** The column's story published just before this one (older). */
  previous?: S;
  /** The column's story published just after this one (newer). */
  next?: S;
}

export const RELATED_LIMIT = 3;
const WINDOW = 200;
const WEIGHT = { exemplar: 3, theme: 2, column: 1 } as const;

// Parsed once per story: the sorts below call this O(n log n) times (1.6 s of a 1.000-story build).
const times = new WeakMap<RelatableStory, number>();
const time = (s: RelatableStory) => {
  let t = times.get(s);
  if (t === undefined) {
    const parsed = s.publishedAt ? Date.parse(s.publishedAt) : NaN;
    t = Number.isNaN(parsed) ? 0 : parsed;
    times.set(s, t);
  }
  return t;
};

/** Oldest first, then slug. */
const byDate = (a: RelatableStory, b: RelatableStory) => time(a) - time(b) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

function postings<S extends RelatableStory>(stories: readonly S[], keys: (s: S) => Iterable<string>): Map<string, S[]> {
  const out = new Map<string, S[]>();
  for (const story of stories) {
    for (const key of new Set(keys(story))) {
      let list = out.get(key);
      if (!list) out.set(key, (list = []));
      list.push(story);
    }
  }
  for (const list of out.values()) list.sort(byDate);
  return out;
}

/** Index of `story` in a date-sorted list (binary search on date, then a short scan). */
function indexIn<S extends RelatableStory>(list: readonly S[], story: S): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byDate(list[mid]!, story) < 0) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] === story ? lo : list.indexOf(story);
}

/** The stories of a posting list nearest in date to `story` (all of them for short lists). */
function near<S extends RelatableStory>(list: readonly S[], story: S): readonly S[] {
  if (list.length <= WINDOW) return list;
  const i = Math.max(indexIn(list, story), 0);
  const from = Math.min(Math.max(i - WINDOW / 2, 0), list.length - WINDOW);
  return list.slice(from, from + WINDOW);
}

const ids = (refs: Array<{ _id: string } | null> | null | undefined) => (refs ?? []).flatMap((r) => (r?._id ? [r._id] : []));

export function computeStoryRelations<S extends RelatableStory>(stories: readonly S[], limit = RELATED_LIMIT): Map<string, StoryRelations<S>> {
  const byExemplar = postings(stories, (s) => ids(s.exemplars));
  const byTheme = postings(stories, (s) => ids(s.themes));
  const byColumn = postings(stories, (s) => (s.column?._id ? [s.column._id] : []));
  const out = new Map<string, StoryRelations<S>>();

  for (const story of stories) {
    const scores = new Map<S, number>();
    const add = (list: readonly S[] | undefined, weight: number) => {
      for (const other of list ? near(list, story) : []) {
        if (other !== story) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    };
    for (const id of new Set(ids(story.exemplars))) add(byExemplar.get(id), WEIGHT.exemplar);
    for (const id of new Set(ids(story.themes))) add(byTheme.get(id), WEIGHT.theme);
    const column = story.column?._id ? byColumn.get(story.column._id) : undefined;
    add(column, WEIGHT.column);

    const t = time(story);
    const related = [...scores]
      .sort(([a, sa], [b, sb]) => sb - sa || Math.abs(time(a) - t) - Math.abs(time(b) - t) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
      .slice(0, limit)
      .map(([s]) => s);

    const relations: StoryRelations<S> = { related };
    if (column) {
      const i = indexIn(column, story);
      if (i > 0) relations.previous = column[i - 1];
      if (i >= 0 && i < column.length - 1) relations.next = column[i + 1];
    }
    out.set(story.slug, relations);
  }
  return out;
}
