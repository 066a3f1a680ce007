import type { ValidationContext } from '@sanity/types';
import { formatDateVi, toTime } from './dates.ts';
import { getPublishedId } from './ids.ts';
import { VALIDATION_API_VERSION } from './slugs.ts';

/**
 * A contest entry may link the story that published it on the site. The link is only right when the
 * story is that entry: written by the entry's author and published during the contest (from the
 * opening to the results, plus a margin for publishing the winners afterwards) — or a republication
 * (`story.republishedFrom`), whose date on this site says nothing about when it was written.
 * Used by the Studio (below) and by the site build (site/src/lib/content/integrity/contest-entries.ts, on `contestEntry` documents),
 * which drops a mismatching link with a warning instead of failing.
 */

/** Winners are often published on the site months after the results are announced. */
export const ANNOUNCEMENT_MARGIN_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ContestPeriod {
  opensAt?: unknown;
  closesAt?: unknown;
  resultsAt?: unknown;
}

/** What the check needs to know about the linked story. */
export interface LinkedStory {
  /** Names of the people credited as author (`credits[role == "tac-gia"].person->name`). */
  authorNames: readonly unknown[];
  publishedAt: unknown;
  republished: boolean;
}

// Case-insensitive, diacritic-sensitive: "lê thị cẩm tú" is "Lê Thị Cẩm Tú", "Le Thi Cam Tu" is not.
const names = new Intl.Collator('vi', { sensitivity: 'accent', usage: 'search' });

/** NFC, spacing collapsed (double spaces, non-breaking spaces, stray spaces at the ends). */
function tidyName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The same person's name, ignoring case and spacing but not diacritics. */
export function sameName(a: string, b: string): boolean {
  const x = tidyName(a);
  const y = tidyName(b);
  return x !== '' && names.compare(x, y) === 0;
}

/** The period a linked story's `publishedAt` must fall in: opening .. (results or closing) + margin. */
export function publicationWindow(contest: ContestPeriod): { from: number | undefined; to: number | undefined } {
  const end = toTime(contest.resultsAt) ?? toTime(contest.closesAt);
  return { from: toTime(contest.opensAt), to: end === undefined ? undefined : end + ANNOUNCEMENT_MARGIN_DAYS * DAY_MS };
}

/**
 * Why the story does not belong to the entry, in Vietnamese (empty when it does). `author` is the
 * entry's author; when the entry has none there is nothing to compare (the required rule reports it).
 */
export function entryStoryMismatches(author: unknown, story: LinkedStory, contest: ContestPeriod): string[] {
  const reasons: string[] = [];
  const storyAuthors = story.authorNames.filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  if (typeof author === 'string' && author.trim() !== '' && !storyAuthors.some((n) => sameName(n, author))) {
    reasons.push(
      storyAuthors.length === 0
        ? `bài viết không ghi tác giả, còn tác phẩm là của "${tidyName(author)}"`
        : `tác giả bài viết (${storyAuthors.map(tidyName).join(', ')}) khác tác giả tác phẩm ("${tidyName(author)}")`,
    );
  }
  if (!story.republished) {
    const published = toTime(story.publishedAt);
    const { from, to } = publicationWindow(contest);
    if (published !== undefined && ((from !== undefined && published < from) || (to !== undefined && published > to))) {
      const range = [from === undefined ? undefined : `từ ${formatDateVi(new Date(from).toISOString())}`, to === undefined ? undefined : `đến ${formatDateVi(new Date(to).toISOString())}`]
        .filter(Boolean)
        .join(' ');
      reasons.push(`bài đăng ngày ${formatDateVi(story.publishedAt)}, ngoài thời gian cuộc thi (${range}) và không được đánh dấu là bài đăng lại`);
    }
  }
  return reasons;
}

/** The message for a mismatching link, naming the field. */
export function mismatchMessage(reasons: readonly string[]): string {
  return `Bài đăng trên trang không khớp với tác phẩm dự thi: ${reasons.join('; ')}.`;
}

/** The GROQ projection that turns a story into a `LinkedStory`. */
export const LINKED_STORY_PROJECTION = `{
  publishedAt,
  "republished": defined(republishedFrom.outlet) || defined(republishedFrom.url) || defined(republishedFrom.originalDate),
  "authorNames": coalesce(credits[role == "tac-gia"].person->name, [])
}`;

/**
 * Studio rule for `contestEntry.story`: the linked story (published, else its draft) must match the
 * entry (its entrant's name, its contest's period). A missing story or contest — in the private
 * participation dataset the public documents are not visible — is the reference check's business.
 */
export async function linkedStoryMatchesEntry(value: unknown, context: ValidationContext): Promise<true | string> {
  const ref = (value as { _ref?: unknown } | undefined)?._ref;
  if (typeof ref !== 'string') return true;
  const entry = (context.document ?? {}) as { entrant?: { name?: unknown }; contest?: { _ref?: unknown } };
  const client = context.getClient({ apiVersion: VALIDATION_API_VERSION }).withConfig({ perspective: 'raw' });
  const id = getPublishedId(ref);
  const contestId = typeof entry.contest?._ref === 'string' ? getPublishedId(entry.contest._ref) : '';
  const found = await client.fetch<{ story: LinkedStory | null; contest: ContestPeriod | null }>(
    `{
      "story": coalesce(*[_id == $id][0], *[_id == $draft][0])${LINKED_STORY_PROJECTION},
      "contest": coalesce(*[_id == $contest][0], *[_id == $contestDraft][0]){ opensAt, closesAt, resultsAt }
    }`,
    { id, draft: `drafts.${id}`, contest: contestId, contestDraft: `drafts.${contestId}` },
    { tag: 'validation.contest-entry-story' },
  );
  if (!found?.story) return true;
  const reasons = entryStoryMismatches(entry.entrant?.name, found.story, found.contest ?? {});
  return reasons.length === 0 ? true : mismatchMessage(reasons);
}
