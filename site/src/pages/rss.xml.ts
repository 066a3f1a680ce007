// The site feed: the newest stories of every column.
import type { APIRoute } from 'astro';
import { loadRouteData } from '../lib/routes/data.ts';
import { storyFeed } from '../lib/routes/feed.ts';
import { SITE_FEED_URL } from '../lib/routes/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { settings, stories } = await loadRouteData();
  const name = settings.title || 'Gương sáng';
  return storyFeed({
    title: `${name} — Bài mới`,
    description: settings.description || settings.tagline || `Bài viết mới nhất của ${name}.`,
    page: '/',
    self: SITE_FEED_URL,
    stories,
    site: site!,
  });
};
