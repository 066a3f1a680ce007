/**
 * The contests as the public site sees them (the same content source as the build: the local export
 * with its overlay, or the public Sanity dataset with the read token), cached: refreshed when a
 * webhook was accepted (`invalidate`) and at most every 60 s otherwise.
 */
import type { ContentConfig } from '../../../../site/src/lib/content/config.ts';
import { createContentBackend } from '../../../../site/src/lib/content/backend.ts';
import type { EntryFileKind } from '../../../../schemas/participation/vocabulary.ts';

export interface IntakeContest {
  _id: string;
  title: string;
  opensAt: string | null;
  closesAt: string | null;
  acceptsOnlineEntries: boolean;
  maxWords: number | null;
  maxMinutes: number | null;
  fileKinds: EntryFileKind[];
  maxFileMegabytes: number;
}

export interface ContestDirectory {
  get(id: string): Promise<IntakeContest | null>;
  invalidate(): void;
}

const REFRESH_MS = 60_000;
const ALL_KINDS: EntryFileKind[] = ['docx', 'pdf', 'audio', 'video'];
/** The schema's default when a contest sets no limit (schemas/types: contestLimits.maxFileMegabytes). */
export const DEFAULT_MAX_FILE_MEGABYTES = 20;

const CONTESTS_QUERY = `*[_type == "contest"]{ _id, title, opensAt, closesAt, acceptsOnlineEntries, limits }`;

interface RawContest {
  _id: string;
  title?: unknown;
  opensAt?: unknown;
  closesAt?: unknown;
  acceptsOnlineEntries?: unknown;
  limits?: { maxWords?: unknown; maxMinutes?: unknown; fileKinds?: unknown; maxFileMegabytes?: unknown } | null;
}

const positive = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null);

export function toIntakeContest(raw: RawContest): IntakeContest {
  const kinds = Array.isArray(raw.limits?.fileKinds) ? raw.limits.fileKinds.filter((kind): kind is EntryFileKind => ALL_KINDS.includes(kind as EntryFileKind)) : [];
  return {
    _id: raw._id,
    title: typeof raw.title === 'string' ? raw.title : raw._id,
    opensAt: typeof raw.opensAt === 'string' ? raw.opensAt : null,
    closesAt: typeof raw.closesAt === 'string' ? raw.closesAt : null,
    acceptsOnlineEntries: raw.acceptsOnlineEntries !== false,
    maxWords: positive(raw.limits?.maxWords),
    maxMinutes: positive(raw.limits?.maxMinutes),
    fileKinds: kinds.length > 0 ? kinds : ALL_KINDS,
    maxFileMegabytes: positive(raw.limits?.maxFileMegabytes) ?? DEFAULT_MAX_FILE_MEGABYTES,
  };
}

export function createContestDirectory(content: ContentConfig, now: () => Date): ContestDirectory {
  let loaded: { at: number; contests: Map<string, IntakeContest> } | null = null;
  let loading: Promise<Map<string, IntakeContest>> | null = null;
  const load = async () => {
    const backend = await createContentBackend(content);
    const raw = (await backend.source.fetch(CONTESTS_QUERY)) as RawContest[];
    return new Map(raw.map((contest) => [contest._id, toIntakeContest(contest)]));
  };
  return {
    async get(id) {
      const at = now().getTime();
      if (!loaded || at - loaded.at >= REFRESH_MS) {
        loading ??= load().finally(() => {
          loading = null;
        });
        loaded = { at, contests: await loading };
      }
      return loaded.contests.get(id) ?? null;
    },
    invalidate() {
      loaded = null;
    },
  };
}

export function vietnamDateTime(iso: string): string {
  return new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** Null when the contest takes entries at `at`; otherwise the one-sentence reason. */
export function contestClosedReason(contest: IntakeContest, at: Date): string | null {
  if (!contest.acceptsOnlineEntries) return `Cuộc thi "${contest.title}" không nhận bài dự thi trực tuyến.`;
  if (contest.opensAt && at.getTime() < Date.parse(contest.opensAt)) {
    return `Cuộc thi "${contest.title}" bắt đầu nhận bài từ ${vietnamDateTime(contest.opensAt)} (giờ Việt Nam).`;
  }
  if (contest.closesAt && at.getTime() > Date.parse(contest.closesAt)) {
    return `Cuộc thi "${contest.title}" đã hết hạn nhận bài lúc ${vietnamDateTime(contest.closesAt)} (giờ Việt Nam).`;
  }
  if (!contest.opensAt || !contest.closesAt) return `Cuộc thi "${contest.title}" chưa công bố thời hạn nhận bài.`;
  return null;
}
