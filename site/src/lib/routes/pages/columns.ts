// Column pages (/chuyen-muc/<slug>/[trang/<n>/]), their RSS feeds and the columns index.
import { columnKinds, titleOf } from '@guong-sang/schemas';
import type { ImageRequest } from '../../images/requests.ts';
import { paginate, pageParam } from '../pagination.ts';
import type { Column, RouteData, StoryCard } from '../types.ts';
import { COLUMNS_URL, columnFeedUrl, urlFor } from '../urls.ts';
import { pagePath } from './path.ts';
import { siteContext } from './site.ts';
import { collectionSeo, type PageSeo } from '../seo.ts';
import { storyListingPage } from './story-listing.ts';
import { columnShareCard } from '../share-cards.ts';

const titleOfColumn = (column: Column): string => column.title ?? column.slug;
const feedTitle = (data: RouteData, column: Column): string => `${data.siteName} — ${titleOfColumn(column)}`;

export function columnPaths(data: RouteData) {
  const site = siteContext(data);
  return data.columns.flatMap((column) =>
    paginate(column.stories).map((page) =>
      pagePath(
        { slug: column.slug, page: pageParam(page.number) },
        site,
        storyListingPage({
          base: urlFor('column', column.slug)!,
          page,
          title: titleOfColumn(column),
          kicker: titleOf(columnKinds, column.kind) ?? 'Chuyên mục',
          description: column.description,
          cover: column.cover,
          crumbs: [{ label: 'Chuyên mục', href: COLUMNS_URL }],
          feed: { href: columnFeedUrl(column.slug), title: feedTitle(data, column) },
          emptyText: 'Chuyên mục chưa có bài viết.',
        }, data, columnShareCard(column, data.siteName)),
      ),
    ),
  );
}

export interface ColumnFeed {
  title: string;
  description: string;
  page: string;
  self: string;
  stories: StoryCard[];
}

export function columnFeedPaths(data: RouteData) {
  const site = siteContext(data);
  return data.columns.map((column) =>
    pagePath({ slug: column.slug }, site, {
      title: feedTitle(data, column),
      description: column.description || `Bài viết mới trong chuyên mục ${titleOfColumn(column)}.`,
      page: urlFor('column', column.slug)!,
      self: columnFeedUrl(column.slug),
      stories: column.stories,
    } satisfies ColumnFeed),
  );
}

export interface ColumnsIndex {
  columns: { slug: string; title: string | null; description: string | null; cover: Column['cover']; count: number }[];
  images: ImageRequest[];
  seo: PageSeo;
}

export function columnsIndex(data: RouteData): ColumnsIndex {
  return {
    columns: data.columns.map((c) => ({ slug: c.slug, title: c.title, description: c.description, cover: c.cover, count: c.stories.length })),
    images: data.columns.map((c) => [c.cover, 'card'] as const),
    seo: collectionSeo(data, { name: 'Chuyên mục', path: COLUMNS_URL, description: 'Tất cả chuyên mục và chuyên trang của Gương sáng.', items: data.columns.map((c) => ({ name: c.title, url: urlFor('column', c.slug) })) }),
  };
}
