// schema.org NewsArticle for a story page's JSON-LD: headline (≤ 110 characters), dates, authors,
// publisher, section, keywords, the exemplars it is about, and its source when republished.
import { validInstant } from '../dates/valid.ts';
import type { StoryPage } from '../routes/pages/story.ts';
import { urlFor } from '../routes/urls.ts';

export interface ArticleContext {
  siteName: string;
  /** The page's canonical URL. */
  canonical: string;
  /** Absolute URL of a site path. */
  abs: (path: string) => string;
  description: string | undefined;
  /** Absolute URLs of the share image and the cover. */
  images: string[];
}

export function articleSchema(page: StoryPage, context: ArticleContext): Record<string, unknown> {
  const { story, title, updated, words, authors, exemplars, republishedHref } = page;
  const { abs } = context;
  // An impossible date is left out rather than claimed to search engines (`updated` is checked in the page props).
  const published = validInstant(story.publishedAt);
  const link = (type: string, slug: string | null) => {
    const path = urlFor(type, slug);
    return path ? { url: abs(path) } : {};
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title.length > 110 ? `${title.slice(0, 109)}…` : title,
    ...(context.description ? { description: context.description } : {}),
    image: context.images,
    ...(published ? { datePublished: published } : {}),
    dateModified: updated ?? published,
    author: authors.map((p) => ({ '@type': 'Person', name: p.name, ...link('person', p.slug) })),
    publisher: { '@type': 'Organization', name: context.siteName, url: abs('/') },
    mainEntityOfPage: { '@type': 'WebPage', '@id': context.canonical },
    inLanguage: 'vi',
    wordCount: words,
    ...(story.column?.title ? { articleSection: story.column.title } : {}),
    ...(story.themes?.length ? { keywords: story.themes.flatMap((t) => (t?.title ? [t.title] : [])).join(', ') } : {}),
    ...(exemplars.length
      ? { about: exemplars.map((e) => ({ '@type': e.kind === 'tap-the' ? 'Organization' : 'Person', name: e.name, ...link('exemplar', e.slug) })) }
      : {}),
    ...(republishedHref ? { isBasedOn: republishedHref } : {}),
  };
}
