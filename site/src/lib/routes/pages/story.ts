// Story pages (/bai-viet/<slug>/): every story with a page, and all it shows — byline, reading aids,
// featured exemplars, sources, themes, related and previous/next cards, and the images to prepare.
import { storyFormats, titleOf } from '@guong-sang/schemas';
import { bodyImageRequests, type ImageRequest } from '../../images/requests.ts';
import { creditGroups, storyAuthors, type CreditGroup, type CreditedPerson } from '../../story/credits.ts';
import { headingsOf, wantsToc, type Heading } from '../../story/headings.ts';
import { bodyText, countWords, readingMinutes } from '../../story/reading-time.ts';
import { validInstant } from '../../dates/valid.ts';
import { toStoryCard } from '../story-card.ts';
import type { StoryRelations } from '../story-relations.ts';
import type { Crumb, ExemplarCardData, RouteData, Story, StoryCard } from '../types.ts';
import { safeHref, urlFor } from '../urls.ts';
import { storySeo, type PageSeo } from '../seo.ts';
import { pagePath } from './path.ts';
import { siteContext, type SiteContext } from './site.ts';

/** Ids the story page uses for its own sections; a heading never takes one of them. */
export const STORY_SECTION_IDS = ['noi-dung', 'muc-luc', 'nhan-vat', 'nguon', 'chia-se', 'lien-quan'];

export interface StoryPage {
  story: Story;
  title: string;
  description: string | undefined;
  crumbs: Crumb[];
  /** The format's name, except for plain articles. */
  formatLabel: string | undefined;
  /** When the story was updated after publication. */
  updated: string | undefined;
  republishedHref: string | null;
  credits: CreditGroup[];
  authors: CreditedPerson[];
  /** Every exemplar the story features… */
  exemplars: ExemplarCardData[];
  /** …and those the body does not already show as an inline card. */
  featured: ExemplarCardData[];
  hasInlineExemplars: boolean;
  /** Sources with a title; `href` only when the URL is safe to link. */
  sources: { key: string; title: string; outlet: string | null; href: string | null }[];
  themes: NonNullable<NonNullable<Story['themes']>[number]>[];
  words: number;
  minutes: number;
  headings: Heading[];
  showToc: boolean;
  relations: StoryRelations<StoryCard>;
  images: ImageRequest[];
  seo: PageSeo;
}

export function storyPage(story: Story, data: RouteData): StoryPage {
  const found = data.storyRelations.get(story.slug) ?? { related: [] };
  const relations: StoryRelations<StoryCard> = {
    related: found.related.map(toStoryCard),
    ...(found.previous ? { previous: toStoryCard(found.previous) } : {}),
    ...(found.next ? { next: toStoryCard(found.next) } : {}),
  };
  const exemplars = (story.exemplars ?? []).filter((e) => e !== null);
  const inline = new Set((story.body ?? []).flatMap((b) => (b._type === 'exemplarCard' && b.exemplar?._id ? [b.exemplar._id] : [])));
  const words = countWords([story.title, story.dek, bodyText(story.body)].filter(Boolean).join('\n'));
  const headings = headingsOf(story.body, STORY_SECTION_IDS);
  const description = story.seo?.description || story.dek || data.settings.description || undefined;
  return {
    story,
    title: story.title ?? story.slug,
    description,
    seo: storySeo(story, data, description),
    crumbs: [...(story.column?.title ? [{ label: story.column.title, href: urlFor('column', story.column.slug) }] : []), { label: story.title ?? story.slug }],
    formatLabel: story.format && story.format !== 'bai-viet' ? titleOf(storyFormats, story.format) : undefined,
    // Only a real date is shown (and put in <time> and JSON-LD).
    updated: story.updatedAt !== story.publishedAt ? validInstant(story.updatedAt) : undefined,
    republishedHref: safeHref(story.republishedFrom?.url),
    credits: creditGroups(story.credits),
    authors: storyAuthors(story.credits),
    exemplars,
    featured: exemplars.filter((e) => !inline.has(e._id)),
    hasInlineExemplars: inline.size > 0,
    sources: (story.sources ?? []).flatMap((s) => (s.title ? [{ key: s._key, title: s.title, outlet: s.outlet, href: safeHref(s.url) }] : [])),
    themes: (story.themes ?? []).flatMap((t) => (t?.title ? [t] : [])),
    words,
    minutes: readingMinutes(words),
    headings,
    showToc: wantsToc(headings, words),
    relations,
    images: [
      [story.cover, 'cover'],
      ...bodyImageRequests(story.body),
      ...exemplars.map((e) => [e.portrait, 'thumb'] as const),
      ...relations.related.map((s) => [s.cover, 'thumb'] as const),
    ],
  };
}

/** One story's `getStaticPaths` entry, from the route data: the public pages and the draft preview (a story not in `data.stories`) share it. */
export function storyPagePath(data: RouteData, story: Story, site: SiteContext = siteContext(data)) {
  return pagePath({ slug: story.slug }, site, storyPage(story, data));
}

export function storyPaths(data: RouteData) {
  const site = siteContext(data);
  return data.stories.map((story) => storyPagePath(data, story, site));
}
