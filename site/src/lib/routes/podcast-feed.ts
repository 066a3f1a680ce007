// The podcast feed (/podcast.xml): every published story of format "podcast" whose body carries an
// audio file, as an RSS 2.0 episode with the <enclosure url length type> podcast apps download and
// the iTunes tags Apple Podcasts, Pocket Casts and others read (itunes:duration,
// itunes:explicit; itunes:category and a square itunes:image on the channel). An episode hosted elsewhere (a SoundCloud or
// Spotify link) has no file to enclose and stays on the site only. @astrojs/rss writes the XML;
// every text goes through xmlSafe (see feed.ts) and our own markup through escapeXml.
import { PODCAST_ARTWORK } from '../icons/paths.ts';
import rss from '@astrojs/rss';
import { validInstant } from '../dates/valid.ts';
import { clockDuration, validSeconds } from '../format/duration.ts';
import { xmlSafe } from '../format/xml-text.ts';
import { localFileHref } from './files.ts';
import type { Story } from './types.ts';
import { PODCAST_FEED_URL, safeHref, urlFor } from './urls.ts';

/** Apple's category list has no Vietnamese names; "Education" is the category apps expect. */
export const PODCAST_CATEGORY = 'Education';

const ITUNES = 'http://www.itunes.com/dtds/podcast-1.0.dtd';
const ATOM = 'http://www.w3.org/2005/Atom';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface PodcastEpisode {
  slug: string;
  title: string;
  description: string | undefined;
  publishedAt: string | undefined;
  /** Site-relative or absolute URL of the audio file. */
  fileHref: string;
  bytes: number;
  mimeType: string;
  seconds: number | undefined;
}

interface AudioBlock {
  _type: 'audioEmbed';
  fileUrl?: string | null;
  fileRef?: string | null;
  fileSize?: number | null;
  fileMimeType?: string | null;
  duration?: number | null;
}

/** Podcast stories with an audio file (their first one), in the order given (newest first). */
export function podcastEpisodes(stories: readonly Story[]): PodcastEpisode[] {
  return stories.flatMap((story) => {
    if (story.format !== 'podcast' || !story.slug) return [];
    const audio = (story.body ?? []).find((b): b is typeof b & AudioBlock => b?._type === 'audioEmbed' && Boolean(safeHref((b as AudioBlock).fileUrl) ?? localFileHref((b as AudioBlock).fileRef)));
    if (!audio) return [];
    const fileHref = safeHref(audio.fileUrl) ?? localFileHref(audio.fileRef)!;
    const bytes = typeof audio.fileSize === 'number' && audio.fileSize > 0 ? audio.fileSize : undefined;
    const mimeType = typeof audio.fileMimeType === 'string' && /^audio\/[\w.+-]+$/.test(audio.fileMimeType) ? audio.fileMimeType : undefined;
    if (bytes === undefined || mimeType === undefined) {
      console.warn(`[podcast] ${story._id}: tệp âm thanh thiếu kích thước hoặc kiểu tệp (file.asset) — không đưa vào nguồn podcast.`);
      return [];
    }
    return [{ slug: story.slug, title: story.title ?? story.slug, description: story.dek ?? undefined, publishedAt: validInstant(story.publishedAt), fileHref, bytes, mimeType, seconds: validSeconds(audio.duration) }];
  });
}

export interface PodcastFeedOptions {
  siteName: string;
  description: string;
  episodes: readonly PodcastEpisode[];
  site: URL;
}

export function podcastFeed({ siteName, description, episodes, site }: PodcastFeedOptions): Promise<Response> {
  const abs = (path: string) => new URL(path, site).href;
  // The channel artwork is square, as podcast apps require (an episode's share image is 1200×630).
  const artwork = abs(PODCAST_ARTWORK.href);
  const name = xmlSafe(siteName);
  return rss({
    title: `${name} — Podcast`,
    description: xmlSafe(description),
    site: abs('/'),
    xmlns: { itunes: ITUNES, atom: ATOM },
    trailingSlash: true,
    customData: [
      '<language>vi</language>',
      `<atom:link href="${escapeXml(abs(PODCAST_FEED_URL))}" rel="self" type="application/rss+xml"/>`,
      `<itunes:author>${escapeXml(name)}</itunes:author>`,
      `<itunes:summary>${escapeXml(xmlSafe(description))}</itunes:summary>`,
      `<itunes:category text="${PODCAST_CATEGORY}"/>`,
      '<itunes:explicit>false</itunes:explicit>',
      '<itunes:type>episodic</itunes:type>',
      `<itunes:image href="${escapeXml(artwork)}"/>`,
    ].join(''),
    items: episodes.map((episode) => ({
      title: xmlSafe(episode.title),
      link: abs(urlFor('story', episode.slug)!),
      pubDate: episode.publishedAt ? new Date(episode.publishedAt) : undefined,
      description: episode.description ? xmlSafe(episode.description) : undefined,
      enclosure: { url: abs(episode.fileHref), length: episode.bytes, type: episode.mimeType },
      customData: [
        episode.seconds ? `<itunes:duration>${clockDuration(episode.seconds)}</itunes:duration>` : '',
        '<itunes:explicit>false</itunes:explicit>',
        // No episode artwork: apps show the channel's square one; an episode's 1200×630 share image is not square.
        '<itunes:episodeType>full</itunes:episodeType>',
      ].join(''),
    })),
  });
}
