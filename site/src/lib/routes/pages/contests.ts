// Contest pages (/cuoc-thi/<slug>/) and the contests index: status and timeline at the build clock,
// winners by prize once results are out, then the finalists, then the other entries (each entry once),
// entries linked to their story when it has a page (integrity/contest-entries.ts drops links to a
// story that does not match). Entries are the public `contestEntry` records (issue 11): only their
// whitelisted fields reach here, and an entrant who did not agree to publish their name is shown as
// such. `submission` tells the entry form whether and what the contest accepts at the build clock.
import { provinces } from '@guong-sang/schemas';
import { buildTime } from '../../build/clock.ts';
import { CONTEST_STATUS_LABELS, FINALISTS_TITLE, contestStatus, contestTimeline, entriesByTitle, finalists, otherEntries, winnersByPrize, type ContestStatus, type TimelineStep } from '../../contests/status.ts';
import { formatDateInVietnam } from '../../format/date.ts';
import { bodyImageRequests, type ImageRequest } from '../../images/requests.ts';
import type { Contest, Crumb, RouteData } from '../types.ts';
import { CONTESTS_URL, urlFor } from '../urls.ts';
import { collectionSeo, contestSeo, type PageSeo } from '../seo.ts';
import { contestSubmission, entryForm, submissionNotice, type ContestSubmission, type EntryFormProps } from './participation.ts';
import { pagePath } from './path.ts';
import { siteContext } from './site.ts';

type Entry = NonNullable<Contest['entries']>[number];

/** Shown instead of the name when the entrant did not agree to publish it. */
export const UNNAMED_ENTRANT = 'Tác giả đề nghị không công bố tên';

const provinceNames = new Map(provinces.map((p) => [p.value, p.title]));

/** The published entrant's name, or the sentence saying it is not published. */
export function entrantName(entrant: { name?: string | null } | null | undefined): string {
  const name = entrant?.name?.trim();
  return name ? name : UNNAMED_ENTRANT;
}

export interface ContestEntry {
  key: string;
  title: string | null;
  /** The entry's story, when it has a page. */
  href: string | null;
  /** Entrant (or "not published") · school · province: only what the entrant agreed to publish. */
  meta: string;
  excerpt: string | null;
}

export interface ContestPage {
  contest: Omit<Contest, 'entries'>;
  title: string;
  crumbs: Crumb[];
  status: ContestStatus;
  statusLabel: string;
  timeline: TimelineStep[];
  /** The build clock's day in Vietnam, as shown ("updated on"): the key changes once a day, not every build. */
  today: string;
  resultsOut: boolean;
  /** Once results are out: the winners by prize (the contest's prize order, then by title). Empty before. */
  winners: { placing: string; title: string; entries: ContestEntry[] }[];
  /** Once results are out: the finalists, by title, under `finalistsTitle`. Empty before. */
  finalists: ContestEntry[];
  /** What the results section shows, in order: `winners`, then the finalists as one group (placing "chung-khao"). */
  resultGroups: { placing: string; title: string; entries: ContestEntry[] }[];
  /**
   * Every entry that is not among `winners` or `finalists`, by title: once results are out the other
   * valid entries, before that all of them. Each entry appears once on the page.
   */
  entries: ContestEntry[];
  /** How many entries the contest has in all. */
  entryCount: number;
  /** Whether and how the contest takes entries at the build clock (participation.ts). */
  submission: ContestSubmission;
  /** The "Gửi bài dự thi" form, when the contest takes online entries now; else null. */
  entryForm: EntryFormProps | null;
  /** Without a form: when entries open, or that they are closed. */
  submissionNotice: string;
  images: ImageRequest[];
  seo: PageSeo;
}

export function contestPage({ entries: raw, ...contest }: Contest, data: RouteData, now = buildTime()): ContestPage {
  const storyIds = new Set(data.stories.map((s) => s._id));
  const status = contestStatus({ ...contest, entries: raw }, now);
  const resultsOut = status === 'da-cong-bo';
  const submission = contestSubmission(contest, now);
  const entry = (e: Entry): ContestEntry => ({
    key: e._id,
    title: e.title,
    href: e.story && storyIds.has(e.story._id) ? urlFor('story', e.story.slug) : null,
    meta: [entrantName(e.entrant), e.entrant?.school, e.entrant?.province ? provinceNames.get(e.entrant.province) : undefined].filter(Boolean).join(' · '),
    excerpt: e.excerpt,
  });
  const winners = resultsOut ? winnersByPrize(contest.prizes, raw).map((g) => ({ ...g, entries: g.entries.map(entry) })) : [];
  const finalistEntries = resultsOut ? finalists(raw).map(entry) : [];
  return {
    contest,
    title: contest.title ?? contest.slug,
    crumbs: [{ label: 'Cuộc thi', href: CONTESTS_URL }, { label: contest.title ?? contest.slug }],
    status,
    statusLabel: CONTEST_STATUS_LABELS[status],
    timeline: contestTimeline(contest, now),
    today: formatDateInVietnam(now.toISOString()),
    resultsOut,
    winners,
    finalists: finalistEntries,
    resultGroups: [...winners, ...(finalistEntries.length > 0 ? [{ placing: 'chung-khao', title: FINALISTS_TITLE, entries: finalistEntries }] : [])],
    entries: (resultsOut ? otherEntries(contest.prizes, raw) : entriesByTitle(raw)).map(entry),
    entryCount: raw?.length ?? 0,
    submission,
    entryForm: submission.open && submission.acceptsOnlineEntries ? entryForm(contest, submission, now) : null,
    submissionNotice: submissionNotice(submission, now),
    images: [[contest.cover, 'cover'], ...bodyImageRequests(contest.rules)],
    seo: contestSeo(contest, data),
  };
}

export function contestPaths(data: RouteData) {
  const site = siteContext(data);
  return data.contests.map((contest) => pagePath({ slug: contest.slug }, site, contestPage(contest, data)));
}

export interface ContestsIndex {
  contests: (Omit<Contest, 'entries' | 'rules'> & { status: ContestStatus; statusLabel: string })[];
  images: ImageRequest[];
  seo: PageSeo;
}

export function contestsIndex(data: RouteData, now = buildTime()): ContestsIndex {
  return {
    contests: data.contests.map(({ entries, rules: _rules, ...c }) => {
      const status = contestStatus({ ...c, entries }, now);
      return { ...c, status, statusLabel: CONTEST_STATUS_LABELS[status] };
    }),
    images: data.contests.map((c) => [c.cover, 'card'] as const),
    seo: collectionSeo(data, { name: 'Cuộc thi', path: CONTESTS_URL, description: 'Các cuộc thi viết, làm phim, chụp ảnh về ngành Giáo dục do Gương sáng tổ chức.', items: data.contests.map((c) => ({ name: c.title, url: urlFor('contest', c.slug) })) }),
  };
}
