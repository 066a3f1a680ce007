// One feed per column: its newest stories.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRouteData } from '../../../lib/routes/data.ts';
import { storyFeed } from '../../../lib/routes/feed.ts';
import type { Column } from '../../../lib/routes/types.ts';
import { columnFeedUrl, urlFor } from '../../../lib/routes/urls.ts';

export const getStaticPaths = (async () => {
  const { columns } = await loadRouteData();
  return columns.map((column) => ({ params: { slug: column.slug }, props: { column } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ column: Column }> = async ({ props: { column }, site }) => {
  const { settings, stories } = await loadRouteData();
  const published = new Set(stories.map((s) => s._id));
  const name = settings.title || 'Gương sáng';
  const title = column.title ?? column.slug;
  return storyFeed({
    title: `${name} — ${title}`,
    description: column.description || `Bài viết mới trong chuyên mục ${title}.`,
    page: urlFor('column', column.slug)!,
    self: columnFeedUrl(column.slug),
    stories: column.stories.filter((s) => published.has(s._id)),
    site: site!,
  });
};
