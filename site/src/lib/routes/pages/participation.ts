// The participation pages (issue 11): the "Gửi bài dự thi" form on a contest page, the nomination page
// (/de-cu/), the hub (/tham-gia/) and the two confirmation pages. Everything the forms show is decided
// here: whether a contest takes entries at the build clock, its limits, the vocabularies and the exact
// consent sentences. Field names come from schemas/participation/form-fields.ts, the one list the site
// server's intake reads too.
import { provinces } from '@guong-sang/schemas/vocabularies/provinces.ts';
import { CONSENT_WORDINGS } from '@guong-sang/schemas/participation/consent-wording.ts';
import { COMMON_FIELDS, CONFIRMATION_PAGES, ENTRY_FIELDS, INTAKE_PATHS, NOMINATION_FIELDS } from '@guong-sang/schemas/participation/form-fields.ts';
import { entrantRoles, entryFileKinds, nomineeKinds, publishableFields, type EntryFileKind } from '@guong-sang/schemas/participation/vocabulary.ts';
import { DEFAULT_MAX_FILE_MEGABYTES } from '@guong-sang/schemas/types/objects/contestLimits.ts';
import { buildTime } from '../../build/clock.ts';
import { instant } from '../../dates/instant.ts';
import { formatDateInVietnam } from '../../format/date.ts';
import { contestStatus, CONTEST_STATUS_LABELS } from '../../contests/status.ts';
import type { Contest, RouteData } from '../types.ts';
import { CONTESTS_URL, DIRECTORY_URL, NOMINATION_URL, PARTICIPATION_URL, urlFor } from '../urls.ts';
import { webPageSeo } from '../seo.ts';

/**
 * The status lookup form on the hub. Static pages link there, not to the server's own routes
 * (INTAKE_PATHS), which exist only behind the site server; the confirmation page's script turns its
 * link into the status page of the code it shows.
 */
const LOOKUP_ID = 'tra-cuu';
const LOOKUP_HREF = `${PARTICIPATION_URL}#${LOOKUP_ID}`;

/** Every kind of attached file, when a contest does not restrict them. */
export const DEFAULT_FILE_KINDS: readonly EntryFileKind[] = entryFileKinds.map((k) => k.value);
/** Evidence files on a nomination: at most this many (the intake's limit), each within the default size. */
export const MAX_EVIDENCE_FILES = 5;

/** What the entry form needs (rendered by the contest page's form; the server checks the same limits). */
export interface ContestSubmission {
  contestId: string;
  /** Open at the build clock: opensAt ≤ now < closesAt. The server decides again on its own clock. */
  open: boolean;
  opensAt: string;
  closesAt: string;
  maxWords: number | null;
  fileKinds: EntryFileKind[];
  maxFileMegabytes: number;
  acceptsOnlineEntries: boolean;
}

const FILE_KINDS: readonly string[] = DEFAULT_FILE_KINDS;

export function contestSubmission(contest: Omit<Contest, 'entries'>, now: Date = buildTime()): ContestSubmission {
  const opens = instant(contest.opensAt);
  const closes = instant(contest.closesAt);
  const t = now.getTime();
  const limits = contest.limits;
  return {
    contestId: contest._id,
    open: opens !== undefined && closes !== undefined && opens <= t && t < closes,
    opensAt: contest.opensAt ?? '',
    closesAt: contest.closesAt ?? '',
    maxWords: typeof limits?.maxWords === 'number' && limits.maxWords > 0 ? limits.maxWords : null,
    // Unset: the contest did not restrict kinds, so every kind the intake can check is accepted.
    fileKinds: (limits?.fileKinds ?? FILE_KINDS).filter((k): k is EntryFileKind => FILE_KINDS.includes(k)),
    maxFileMegabytes: typeof limits?.maxFileMegabytes === 'number' && limits.maxFileMegabytes > 0 ? limits.maxFileMegabytes : DEFAULT_MAX_FILE_MEGABYTES,
    acceptsOnlineEntries: contest.acceptsOnlineEntries !== false,
  };
}

/** What the contest page says when it shows no form: when entries open, or that they are closed. */
export function submissionNotice(s: ContestSubmission, now: Date = buildTime()): string {
  const opens = formatDateInVietnam(s.opensAt);
  const closes = formatDateInVietnam(s.closesAt);
  if (!s.acceptsOnlineEntries) return 'Cuộc thi này không nhận bài trực tuyến; xin xem cách gửi bài trong thể lệ.';
  const opensAt = instant(s.opensAt);
  if (opensAt !== undefined && now.getTime() < opensAt) return `Cuộc thi bắt đầu nhận bài từ ngày ${opens}${closes ? `, hạn cuối ngày ${closes}` : ''}.`;
  if (s.open) return `Cuộc thi đang nhận bài đến hết ngày ${closes}.`;
  if (instant(s.closesAt) !== undefined) return `Cuộc thi đã hết hạn nhận bài từ ngày ${closes}.`;
  return 'Ban tổ chức chưa công bố thời gian nhận bài.';
}

// --- Form props ----------------------------------------------------------------------------------

export interface Choice {
  value: string;
  title: string;
}

/** What the file input accepts per kind: extensions and media types (the server checks the bytes). */
const ACCEPT: Record<EntryFileKind, string[]> = {
  docx: ['.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  pdf: ['.pdf', 'application/pdf'],
  audio: ['.mp3', '.m4a', '.wav', '.ogg', 'audio/mpeg', 'audio/mp4', 'audio/wav', 'audio/ogg'],
  video: ['.mp4', '.webm', 'video/mp4', 'video/webm'],
};

export interface FileRules {
  kinds: EntryFileKind[];
  accept: string;
  /** "Văn bản Word (.docx), PDF, …" */
  kindsLabel: string;
  maxBytes: number;
  /** "Tối đa 20 MB." */
  sizeLabel: string;
}

function fileRules(kinds: readonly EntryFileKind[], megabytes: number): FileRules {
  const titles = new Map<string, string>(entryFileKinds.map((k) => [k.value, k.title]));
  return {
    kinds: [...kinds],
    accept: kinds.flatMap((k) => ACCEPT[k]).join(','),
    kindsLabel: kinds.map((k) => titles.get(k) ?? k).join(', '),
    maxBytes: megabytes * 1024 * 1024,
    sizeLabel: `Tối đa ${new Intl.NumberFormat('vi-VN').format(megabytes)} MB`,
  };
}

/** The birth-year input's range at the build clock: people up to 100, children from 4. */
function birthYearRange(now: Date): { min: number; max: number } {
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(now));
  return { min: year - 100, max: year - 4 };
}

const choices = (vocabulary: readonly Choice[]): Choice[] => vocabulary.map(({ value, title }) => ({ value, title }));

export interface EntryFormProps {
  action: string;
  fields: typeof ENTRY_FIELDS;
  common: typeof COMMON_FIELDS;
  contestId: string;
  contestTitle: string;
  /** Where the intake sends a reader back on error without JavaScript. */
  returnTo: string;
  maxWords: number | null;
  maxWordsLabel: string | null;
  file: FileRules;
  birthYear: { min: number; max: number };
  roles: Choice[];
  provinces: Choice[];
  publishable: Choice[];
  consent: { processing: string; publish: string; child: string };
  closesLabel: string;
  /** The status lookup form (on the hub) the privacy notice points to. */
  lookupHref: string;
}

export function entryForm(contest: Pick<Contest, '_id' | 'title' | 'slug'>, s: ContestSubmission, now: Date = buildTime()): EntryFormProps {
  const number = new Intl.NumberFormat('vi-VN');
  return {
    action: INTAKE_PATHS.entry,
    fields: ENTRY_FIELDS,
    common: COMMON_FIELDS,
    contestId: s.contestId,
    contestTitle: contest.title ?? contest.slug,
    returnTo: urlFor('contest', contest.slug) ?? CONTESTS_URL,
    maxWords: s.maxWords,
    maxWordsLabel: s.maxWords ? `Tối đa ${number.format(s.maxWords)} chữ` : null,
    file: fileRules(s.fileKinds, s.maxFileMegabytes),
    birthYear: birthYearRange(now),
    roles: choices(entrantRoles),
    provinces: choices(provinces),
    publishable: choices(publishableFields),
    consent: {
      processing: CONSENT_WORDINGS['entry-processing'].text,
      publish: CONSENT_WORDINGS['entry-publish'].text,
      child: CONSENT_WORDINGS['entry-child-publish'].text,
    },
    closesLabel: formatDateInVietnam(s.closesAt),
    lookupHref: LOOKUP_HREF,
  };
}

export interface NominationFormProps {
  action: string;
  fields: typeof NOMINATION_FIELDS;
  common: typeof COMMON_FIELDS;
  returnTo: string;
  kinds: Choice[];
  provinces: Choice[];
  birthYear: { min: number; max: number };
  file: FileRules;
  maxFiles: number;
  consent: { processing: string; nominee: string };
  lookupHref: string;
}

export function nominationForm(now: Date = buildTime()): NominationFormProps {
  return {
    action: INTAKE_PATHS.nomination,
    fields: NOMINATION_FIELDS,
    common: COMMON_FIELDS,
    returnTo: NOMINATION_URL,
    kinds: choices(nomineeKinds),
    provinces: choices(provinces),
    birthYear: birthYearRange(now),
    file: fileRules(DEFAULT_FILE_KINDS, DEFAULT_MAX_FILE_MEGABYTES),
    maxFiles: MAX_EVIDENCE_FILES,
    consent: { processing: CONSENT_WORDINGS['nomination-processing'].text, nominee: CONSENT_WORDINGS['nomination-nominee'].text },
    lookupHref: LOOKUP_HREF,
  };
}

// --- Pages ---------------------------------------------------------------------------------------

export const NOMINATION_DESCRIPTION = 'Giới thiệu một thầy cô, em học sinh, nhân viên hay tập thể nhà trường có việc làm đáng được biết đến: Ban biên tập xác minh và viết về những gương điển hình mới.';
export const PARTICIPATION_DESCRIPTION = 'Gửi bài dự thi, đề cử gương điển hình và tra cứu tình trạng bài đã gửi bằng mã biên nhận.';

export function nominationPage(data: RouteData, now: Date = buildTime()) {
  return {
    title: 'Đề cử gương điển hình',
    description: NOMINATION_DESCRIPTION,
    form: nominationForm(now),
    directoryUrl: DIRECTORY_URL,
    participationUrl: PARTICIPATION_URL,
    seo: webPageSeo(data, { name: 'Đề cử gương điển hình', path: NOMINATION_URL, description: NOMINATION_DESCRIPTION }),
  };
}

export interface HubContest {
  title: string;
  href: string;
  statusLabel: string;
  notice: string;
}

/** /tham-gia/: contests taking entries now, then those announced, the nomination page and the lookup form. */
export function participationHub(data: RouteData, now: Date = buildTime()) {
  const open: HubContest[] = [];
  const upcoming: HubContest[] = [];
  for (const contest of data.contests) {
    const s = contestSubmission(contest, now);
    const href = urlFor('contest', contest.slug);
    if (!href) continue;
    const status = contestStatus(contest, now);
    const item = { title: contest.title ?? contest.slug, href, statusLabel: CONTEST_STATUS_LABELS[status], notice: submissionNotice(s, now) };
    if (s.open && s.acceptsOnlineEntries) open.push(item);
    else if (status === 'sap-mo') upcoming.push(item);
  }
  return {
    title: 'Tham gia',
    description: PARTICIPATION_DESCRIPTION,
    seo: webPageSeo(data, { name: 'Tham gia', path: PARTICIPATION_URL, description: PARTICIPATION_DESCRIPTION }),
    open,
    upcoming,
    contestsUrl: CONTESTS_URL,
    nominationUrl: NOMINATION_URL,
    statusPath: INTAKE_PATHS.status,
    lookupId: LOOKUP_ID,
    receiptCodeField: 'ma',
  };
}

/** The two static confirmation pages the intake redirects to (303, `?ma=<code>`). */
export function confirmationPage(kind: 'entry' | 'nomination') {
  return {
    path: CONFIRMATION_PAGES[kind],
    title: kind === 'entry' ? 'Đã nhận bài dự thi' : 'Đã nhận đề cử',
    what: kind === 'entry' ? 'bài dự thi' : 'đề cử',
    receiptPath: INTAKE_PATHS.receipt,
    statusPath: INTAKE_PATHS.status,
    lookupHref: LOOKUP_HREF,
    backHref: kind === 'entry' ? CONTESTS_URL : DIRECTORY_URL,
    backLabel: kind === 'entry' ? 'Về trang các cuộc thi' : 'Về danh bạ gương điển hình',
  };
}
