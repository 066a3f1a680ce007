// The contests the desk knows: title, rubric and prizes, read from the public content (the same
// source as the build: the local export or the Sanity project). Cached for a minute, so an editor's
// rubric change reaches the desk soon without a query per page.
import { createContentBackend } from '@guong-sang/site/src/lib/content/backend.ts';
import type { ContentConfig } from '@guong-sang/site/src/lib/content/config.ts';
import type { RubricCriterion } from '../../../../schemas/participation/types.ts';

export interface DeskContest {
  _id: string;
  title: string;
  rubric: RubricCriterion[];
  prizes: { _key: string; title: string }[];
}

export interface ContestCatalog {
  list(): Promise<DeskContest[]>;
  get(id: string): Promise<DeskContest | undefined>;
}

const CONTESTS_QUERY = `*[_type == "contest"] | order(title asc) { _id, title, rubric, prizes[]{ _key, title } }`;
const CACHE_MS = 60_000;

function cleanContest(raw: Record<string, unknown>): DeskContest {
  const rubric = Array.isArray(raw['rubric']) ? (raw['rubric'] as Record<string, unknown>[]) : [];
  const prizes = Array.isArray(raw['prizes']) ? (raw['prizes'] as Record<string, unknown>[]) : [];
  return {
    _id: String(raw['_id']),
    title: typeof raw['title'] === 'string' ? raw['title'] : String(raw['_id']),
    // Criteria the ranking could not use (no key, no positive weight or maximum) are left out here too.
    rubric: rubric
      .filter((c) => typeof c?.['_key'] === 'string' && Number(c['weight']) > 0 && Number(c['maxScore']) > 0)
      .map((c) => ({ _type: 'rubricCriterion', _key: String(c['_key']), title: typeof c['title'] === 'string' ? c['title'] : String(c['_key']), weight: Number(c['weight']), maxScore: Number(c['maxScore']) })),
    prizes: prizes.filter((p) => typeof p?.['_key'] === 'string').map((p) => ({ _key: String(p['_key']), title: typeof p['title'] === 'string' ? p['title'] : String(p['_key']) })),
  };
}

export function createContestCatalog(content: ContentConfig, options: { apiHost?: string; now?: () => number } = {}): ContestCatalog {
  const now = options.now ?? Date.now;
  let cached: { at: number; contests: Promise<DeskContest[]> } | undefined;
  const list = (): Promise<DeskContest[]> => {
    if (cached && now() - cached.at < CACHE_MS) return cached.contests;
    const contests = (async () => {
      const backend = await createContentBackend(content, options.apiHost ? { apiHost: options.apiHost } : {});
      const rows = (await backend.source.fetch(CONTESTS_QUERY)) as Record<string, unknown>[] | null;
      return (rows ?? []).map(cleanContest);
    })();
    cached = { at: now(), contests };
    // A failed read is not cached: the next page tries again.
    contests.catch(() => {
      if (cached?.contests === contests) cached = undefined;
    });
    return contests;
  };
  return {
    list,
    async get(id) {
      return (await list()).find((contest) => contest._id === id);
    },
  };
}
