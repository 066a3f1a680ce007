/**
 * The contests as the public site sees them, for the intake (deadlines, limits) and the judging desk
 * (titles, rubric, prizes): read from the same content source as the build (the local export with
 * its overlay, or the public Sanity dataset with the read token) and cached — refreshed when a
 * webhook was accepted (`invalidate`) and at most every 60 s otherwise; a failed read is not kept.
 */
import { DEFAULT_MAX_FILE_MEGABYTES } from '../../../schemas/types/objects/contestLimits.ts';
import type { RubricCriterion } from '../../../schemas/participation/types.ts';
import { entryFileKinds, type EntryFileKind } from '../../../schemas/participation/vocabulary.ts';
import { createContentBackend } from '../../../site/src/lib/content/backend.ts';
import type { ContentConfig } from '../../../site/src/lib/content/config.ts';

export interface ParticipationContest {
  _id: string;
  title: string;
  opensAt: string | null;
  closesAt: string | null;
  acceptsOnlineEntries: boolean;
  maxWords: number | null;
  maxMinutes: number | null;
  fileKinds: EntryFileKind[];
  maxFileMegabytes: number;
  /** Criteria the ranking can use (a key, a positive weight and maximum). */
  rubric: RubricCriterion[];
  prizes: { _key: string; title: string }[];
}

export interface ContestSource {
  /** Every contest, by title. */
  list(): Promise<ParticipationContest[]>;
  get(id: string): Promise<ParticipationContest | null>;
  invalidate(): void;
}

const REFRESH_MS = 60_000;
const ALL_KINDS: readonly EntryFileKind[] = entryFileKinds.map((kind) => kind.value);
const CONTESTS_QUERY = `*[_type == "contest"] | order(title asc) { _id, title, opensAt, closesAt, acceptsOnlineEntries, limits, rubric, prizes[]{ _key, title } }`;

type Raw = Record<string, unknown>;
const positive = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null);
const records = (value: unknown): Raw[] => (Array.isArray(value) ? value.filter((item): item is Raw => typeof item === 'object' && item !== null) : []);
const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

/** A contest as read, made safe to use: content is untrusted, so every field is checked. */
export function toParticipationContest(raw: Raw): ParticipationContest {
  const id = String(raw['_id']);
  const limits = (typeof raw['limits'] === 'object' && raw['limits'] !== null ? raw['limits'] : {}) as Raw;
  const kinds = Array.isArray(limits['fileKinds']) ? limits['fileKinds'].filter((kind): kind is EntryFileKind => ALL_KINDS.includes(kind as EntryFileKind)) : [];
  return {
    _id: id,
    title: text(raw['title'], id),
    opensAt: typeof raw['opensAt'] === 'string' ? raw['opensAt'] : null,
    closesAt: typeof raw['closesAt'] === 'string' ? raw['closesAt'] : null,
    acceptsOnlineEntries: raw['acceptsOnlineEntries'] !== false,
    maxWords: positive(limits['maxWords']),
    maxMinutes: positive(limits['maxMinutes']),
    fileKinds: kinds.length > 0 ? kinds : [...ALL_KINDS],
    maxFileMegabytes: positive(limits['maxFileMegabytes']) ?? DEFAULT_MAX_FILE_MEGABYTES,
    rubric: records(raw['rubric'])
      .filter((c) => typeof c['_key'] === 'string' && Number(c['weight']) > 0 && Number(c['maxScore']) > 0)
      .map((c) => ({ _type: 'rubricCriterion', _key: String(c['_key']), title: text(c['title'], String(c['_key'])), weight: Number(c['weight']), maxScore: Number(c['maxScore']) })),
    prizes: records(raw['prizes'])
      .filter((p) => typeof p['_key'] === 'string')
      .map((p) => ({ _key: String(p['_key']), title: text(p['title'], String(p['_key'])) })),
  };
}

export function createContestSource(content: ContentConfig, now: () => Date): ContestSource {
  let cached: { at: number; contests: Promise<ParticipationContest[]> } | null = null;
  const list = (): Promise<ParticipationContest[]> => {
    const at = now().getTime();
    if (cached && at - cached.at < REFRESH_MS) return cached.contests;
    const contests = (async () => {
      const backend = await createContentBackend(content);
      return records(await backend.source.fetch(CONTESTS_QUERY)).map(toParticipationContest);
    })();
    const entry = { at, contests };
    cached = entry;
    contests.catch(() => {
      if (cached === entry) cached = null;
    });
    return contests;
  };
  return {
    list,
    async get(id) {
      return (await list()).find((contest) => contest._id === id) ?? null;
    },
    invalidate() {
      cached = null;
    },
  };
}
