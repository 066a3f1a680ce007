// The archive: one page per year that has stories (/luu-tru/<year>/[trang/<n>/]), grouped by month
// in Vietnam's time zone, and the index of years.
import { groupByYear, yearMonthInVietnam } from '../../dates/vietnam.ts';
import { ARCHIVE_PAGE_SIZE, paginate, pageParam, type Page } from '../pagination.ts';
import { toStoryCard } from '../story-card.ts';
import type { Crumb, RouteData, StoryCard } from '../types.ts';
import { listingTrail } from '../breadcrumbs.ts';
import { ARCHIVE_URL, archiveYearUrl } from '../urls.ts';
import { pagePath } from './path.ts';
import { siteContext } from './site.ts';

export interface ArchiveYearPage {
  year: number;
  crumbs: Crumb[];
  page: Omit<Page<StoryCard>, 'items'>;
  /** This page's stories by month (1–12), newest month first. */
  months: { month: number; stories: StoryCard[] }[];
  newer: number | undefined;
  older: number | undefined;
}

function byMonth(stories: readonly StoryCard[]): ArchiveYearPage['months'] {
  const months = new Map<number, StoryCard[]>();
  for (const story of stories) {
    const month = yearMonthInVietnam(story.publishedAt)!.month;
    const list = months.get(month) ?? [];
    list.push(story);
    months.set(month, list);
  }
  return [...months].map(([month, list]) => ({ month, stories: list }));
}

export function archivePaths(data: RouteData) {
  const site = siteContext(data);
  const years = [...groupByYear(data.stories, (s) => s.publishedAt)];
  return years.flatMap(([year, list], i) =>
    paginate(list.map(toStoryCard), ARCHIVE_PAGE_SIZE).map(({ items, ...page }) =>
      pagePath({ year: String(year), page: pageParam(page.number) }, site, {
        year,
        crumbs: listingTrail([{ label: 'Lưu trữ', href: ARCHIVE_URL }], `Năm ${year}`, archiveYearUrl(year), page.number),
        page,
        months: byMonth(items),
        newer: years[i - 1]?.[0],
        older: years[i + 1]?.[0],
      } satisfies ArchiveYearPage),
    ),
  );
}

export interface ArchiveIndex {
  total: number;
  years: { year: number; count: number }[];
}

export function archiveIndex(data: RouteData): ArchiveIndex {
  return { total: data.stories.length, years: [...groupByYear(data.stories, (s) => s.publishedAt)].map(([year, list]) => ({ year, count: list.length })) };
}
