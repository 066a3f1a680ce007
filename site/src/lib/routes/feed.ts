// RSS 2.0 feeds (@astrojs/rss): the site feed (/rss.xml) and one per column
// (/chuyen-muc/<slug>/rss.xml). Every link is absolute, built from the configured `site`.
// @astrojs/rss (fast-xml-parser's builder) escapes `&<>"'` in text but passes control characters
// through, which makes the whole feed ill-formed XML: every text we hand it goes through xmlSafe,
// and a pubDate is written only for a real calendar date (Date would print year 99999 or roll
// 2023-02-30 over to March).
import rss from '@astrojs/rss';
import { storyFormats, titleOf } from '@guong-sang/schemas';
import { validInstant } from '../dates/valid.ts';
import { xmlSafe } from '../format/xml-text.ts';
import type { StoryCard } from './types.ts';
import { urlFor } from './urls.ts';

/** Stories in the site feed and in each column feed. */
export const FEED_SIZE = 30;

const ATOM = 'http://www.w3.org/2005/Atom';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface FeedOptions {
  /** Channel title, e.g. "Gương sáng — Gương mặt nhà giáo". */
  title: string;
  description: string;
  /** The page the feed belongs to (channel link), site-relative: "/" or "/chuyen-muc/<slug>/". */
  page: string;
  /** The feed's own path, e.g. "/rss.xml". */
  self: string;
  /** Stories, newest first; the first FEED_SIZE are published. */
  stories: readonly StoryCard[];
  site: URL;
}

export function storyFeed({ title, description, page, self, stories, site }: FeedOptions): Promise<Response> {
  const items = stories.slice(0, FEED_SIZE).flatMap((story) => {
    const path = urlFor('story', story.slug);
    if (!path) return [];
    const categories = [story.column?.title, titleOf(storyFormats, story.format)].flatMap((c) => (c ? [xmlSafe(c)] : [])).filter(Boolean);
    const published = validInstant(story.publishedAt);
    return [
      {
        title: xmlSafe(story.title ?? '') || xmlSafe(story.slug ?? ''),
        link: new URL(path, site).href,
        pubDate: published ? new Date(published) : undefined,
        description: story.dek ? xmlSafe(story.dek) || undefined : undefined,
        categories,
      },
    ];
  });
  return rss({
    title: xmlSafe(title),
    description: xmlSafe(description),
    site: new URL(page, site).href,
    items,
    xmlns: { atom: ATOM },
    customData: `<language>vi</language><atom:link href="${escapeXml(new URL(self, site).href)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
}
