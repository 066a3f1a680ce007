// Theme, movement and model pages (/chu-de/<slug>/[trang/<n>/]) and the themes index, grouped by kind.
import { exemplarKinds, themeKinds, titleOf } from '@guong-sang/schemas';
import type { ImageRequest } from '../../images/requests.ts';
import { paginate, pageParam } from '../pagination.ts';
import { toStoryCard } from '../story-card.ts';
import type { RouteData, Theme } from '../types.ts';
import { THEMES_URL, urlFor } from '../urls.ts';
import { pagePath } from './path.ts';
import { siteContext } from './site.ts';
import { collectionSeo, type PageSeo } from '../seo.ts';
import { themeShareCard } from '../share-cards.ts';
import { storyListingPage, type ListingExemplars } from './story-listing.ts';

const byName = new Intl.Collator('vi');

const EXEMPLARS_HEADING: Record<string, string> = {
  'phong-trao': 'Gương điển hình trong phong trào',
  'mo-hinh': 'Gương điển hình trong mô hình',
  'chu-de': 'Gương điển hình thuộc chủ đề',
};

/** The exemplars that name this theme among their movements (`exemplar.movements`), by name. */
export function themeExemplars(theme: Theme, data: RouteData): ListingExemplars {
  const items = data.exemplars
    .filter((e) => (e.movements ?? []).some((m) => m?._id === theme._id))
    .map((e) => ({
      key: e._id,
      name: e.name ?? e.slug,
      href: urlFor('exemplar', e.slug)!,
      meta: [titleOf(exemplarKinds, e.kind), e.province?.name].filter(Boolean).join(' · ') || null,
    }))
    .sort((a, b) => byName.compare(a.name, b.name));
  return { heading: EXEMPLARS_HEADING[theme.kind ?? ''] ?? EXEMPLARS_HEADING['phong-trao']!, items };
}

const periodOf = (theme: Theme): string | null => (theme.period?.from ? `${theme.period.from}–${theme.period.to ?? 'nay'}` : null);

export function themePaths(data: RouteData) {
  const site = siteContext(data);
  return data.themes.flatMap((theme) => {
    const exemplars = themeExemplars(theme, data);
    return paginate(theme.stories.map(toStoryCard)).map((page) =>
      pagePath(
        { slug: theme.slug, page: pageParam(page.number) },
        site,
        storyListingPage({
          base: urlFor('theme', theme.slug)!,
          page,
          title: theme.title ?? theme.slug,
          kicker: [titleOf(themeKinds, theme.kind) ?? 'Chủ đề', periodOf(theme)].filter(Boolean).join(' · '),
          description: theme.description,
          cover: theme.cover,
          crumbs: [{ label: 'Chủ đề, phong trào', href: THEMES_URL }],
          feed: null,
          emptyText: 'Chưa có bài viết nào thuộc chủ đề này.',
          exemplars,
        }, data, themeShareCard(theme, data.siteName)),
      ),
    );
  });
}

/** A theme as tiles show it: title, description, cover, period and story count. */
export interface ThemeSummary {
  slug: string;
  title: string | null;
  description: string | null;
  cover: Theme['cover'];
  period: string | null;
  count: number;
}

export const themeSummary = (t: RouteData['themes'][number]): ThemeSummary => ({
  slug: t.slug,
  title: t.title,
  description: t.description,
  cover: t.cover,
  period: periodOf(t),
  count: t.stories.length,
});

export interface ThemesIndex {
  groups: { id: string; title: string; themes: ThemeSummary[] }[];
  images: ImageRequest[];
  seo: PageSeo;
}

/** Every theme, grouped by kind in the vocabulary's order; kinds outside it last, as "Khác". */
export function themesIndex(data: RouteData): ThemesIndex {
  const known = new Set<string>(themeKinds.map((k) => k.value));
  const groups = [
    ...themeKinds.map((kind) => ({ id: kind.value, title: kind.title, themes: data.themes.filter((t) => t.kind === kind.value).map(themeSummary) })),
    { id: 'khac', title: 'Khác', themes: data.themes.filter((t) => !t.kind || !known.has(t.kind)).map(themeSummary) },
  ].filter((g) => g.themes.length > 0);
  const seo = collectionSeo(data, {
    name: 'Chủ đề, phong trào',
    path: THEMES_URL,
    description: 'Các phong trào thi đua, chủ đề và mô hình của ngành Giáo dục trên Gương sáng.',
    items: groups.flatMap((g) => g.themes).map((t) => ({ name: t.title, url: urlFor('theme', t.slug) })),
  });
  return { groups, images: data.themes.map((t) => [t.cover, 'card'] as const), seo };
}
