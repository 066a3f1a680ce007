// Contest pages (/cuoc-thi/<slug>/) and the contests index: status and timeline at the build clock,
// winners by placing once results are out, then the other entries (each entry once), entries linked
// to their story when it has a page (integrity/contest-entries.ts drops links to a story that does not match).
import { buildTime } from '../../build/clock.ts';
import { CONTEST_STATUS_LABELS, contestStatus, contestTimeline, entriesByTitle, entriesWithoutPlacing, winnersByPlacing, type ContestStatus, type TimelineStep } from '../../contests/status.ts';
import { formatDateInVietnam } from '../../format/date.ts';
import { bodyImageRequests, type ImageRequest } from '../../images/requests.ts';
import type { Contest, Crumb, RouteData } from '../types.ts';
import { CONTESTS_URL, urlFor } from '../urls.ts';
import { collectionSeo, contestSeo, type PageSeo } from '../seo.ts';
import { contestSubmission, entryForm, submissionNotice, type ContestSubmission, type EntryFormProps } from './participation.ts';
import { pagePath } from './path.ts';
import { siteContext } from './site.ts';

type Entry = NonNullable<Contest['entries']>[number];

export interface ContestEntry {
  key: string;
  title: string | null;
  /** The entry's story, when it has a page. */
  href: string | null;
  /** Author · organisation · province (· placing, once results are out). */
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
  /** Once results are out: the winners by placing (best first, then by title). Empty before. */
  winners: { placing: string; title: string; entries: ContestEntry[] }[];
  /**
   * Every entry that is not among `winners`, by title: once results are out the entries without a
   * placing, before that all of them. Each entry appears once on the page, in `winners` or here.
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
  const status = contestStatus(contest, now);
  const resultsOut = status === 'da-cong-bo';
  const submission = contestSubmission(contest, now);
  const entry = (e: Entry): ContestEntry => ({
    key: e._key,
    title: e.title,
    href: e.story && storyIds.has(e.story._id) ? urlFor('story', e.story.slug) : null,
    meta: [e.author, e.organisation, e.province?.name].filter(Boolean).join(' · '),
    excerpt: e.excerpt,
  });
  return {
    contest,
    title: contest.title ?? contest.slug,
    crumbs: [{ label: 'Cuộc thi', href: CONTESTS_URL }, { label: contest.title ?? contest.slug }],
    status,
    statusLabel: CONTEST_STATUS_LABELS[status],
    timeline: contestTimeline(contest, now),
    today: formatDateInVietnam(now.toISOString()),
    resultsOut,
    winners: resultsOut ? winnersByPlacing(raw).map((g) => ({ ...g, entries: g.entries.map(entry) })) : [],
    entries: (resultsOut ? entriesWithoutPlacing(raw) : entriesByTitle(raw)).map(entry),
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
    contests: data.contests.map(({ entries: _entries, rules: _rules, ...c }) => {
      const status = contestStatus(c, now);
      return { ...c, status, statusLabel: CONTEST_STATUS_LABELS[status] };
    }),
    images: data.contests.map((c) => [c.cover, 'card'] as const),
    seo: collectionSeo(data, { name: 'Cuộc thi', path: CONTESTS_URL, description: 'Các cuộc thi viết, làm phim, chụp ảnh về ngành Giáo dục do Gương sáng tổ chức.', items: data.contests.map((c) => ({ name: c.title, url: urlFor('contest', c.slug) })) }),
  };
}
