// The archive: one page per year that has stories (/luu-tru/<year>/[trang/<n>/]), grouped by month
// in Vietnam's time zone, and the index of years.
import { groupByYear, yearMonthInVietnam } from '../../dates/vietnam.ts';
import { ARCHIVE_PAGE_SIZE, paginate, pageParam, type Page } from '../pagination.ts';
import { toStoryCard } from '../story-card.ts';
import type { Crumb, RouteData, StoryCard } from '../types.ts';
import { listingTrail } from '../breadcrumbs.ts';
import { ARCHIVE_URL, archiveYearUrl, pageUrl, urlFor } from '../urls.ts';
import { collectionSeo, type PageSeo } from '../seo.ts';
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
  seo: PageSeo;
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
        seo: collectionSeo(data, {
          name: page.number === 1 ? `Lưu trữ năm ${year}` : `Lưu trữ năm ${year} — Trang ${page.number}`,
          path: pageUrl(archiveYearUrl(year), page.number),
          description: `Các bài viết của Gương sáng xuất bản năm ${year}.`,
          items: items.map((s) => ({ name: s.title, url: urlFor('story', s.slug) })),
        }),
      } satisfies ArchiveYearPage),
    ),
  );
}

export interface ArchiveIndex {
  total: number;
  years: { year: number; count: number }[];
  seo: PageSeo;
}

export function archiveIndex(data: RouteData): ArchiveIndex {
  const years = [...groupByYear(data.stories, (s) => s.publishedAt)].map(([year, list]) => ({ year, count: list.length }));
  const items = years.map((y) => ({ name: `Năm ${y.year}`, url: archiveYearUrl(y.year) }));
  return { total: data.stories.length, years, seo: collectionSeo(data, { name: 'Lưu trữ', path: ARCHIVE_URL, description: 'Tất cả bài viết của Gương sáng theo năm xuất bản.', items }) };
}
