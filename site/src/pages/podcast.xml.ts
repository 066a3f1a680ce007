// The podcast feed: episodes with an audio file, for podcast apps (lib/routes/podcast-feed.ts).
import type { APIRoute } from 'astro';
import { loadRouteData } from '../lib/routes/data.ts';
import { podcastEpisodes, podcastFeed } from '../lib/routes/podcast-feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const { settings, stories } = await loadRouteData();
  const siteName = settings.title || 'Gương sáng';
  return podcastFeed({
    siteName,
    description: `Các số podcast của ${siteName}: trò chuyện với thầy cô, học trò và những người làm giáo dục.`,
    episodes: podcastEpisodes(stories),
    site: site!,
  });
};
