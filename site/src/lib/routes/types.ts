// What the pages receive: the TypeGen result types of queries.ts (sanity.types.ts, `pnpm typegen`),
// named once here. No shape is written by hand: change the query, regenerate, and these follow.
import type {
  ColumnsQueryResult,
  ContestsQueryResult,
  EventsQueryResult,
  ExemplarsQueryResult,
  HonoursQueryResult,
  PeopleQueryResult,
  PublicationsQueryResult,
  ThemesQueryResult,
  SiteSettingsQueryResult,
  StoriesQueryResult,
} from '../content/sanity.types.ts';
import type { StoryRelations } from './story-relations.ts';

/** A document that has its own page: data.ts keeps only those with a (unique) slug. */
export type Routed<T extends { slug: string | null }> = T & { slug: string };

export type SiteSettings = NonNullable<SiteSettingsQueryResult>;
/**
 * What the layout shows on every page (name, navigation, footer): the settings without the home
 * page's picks, which the route data resolves on their own. Every page's cache key includes it, so
 * changing the featured story must not be in it, or one edit would re-render the whole site.
 */
export type LayoutSettings = Omit<SiteSettings, 'featuredStory' | 'spotlightExemplars'>;
export type Story = Routed<StoriesQueryResult[number]>;
export type Column = Routed<ColumnsQueryResult[number]> & {
  /** The column's stories, newest first (joined in data.ts from the one story list). */
  stories: StoryCard[];
};
/** An exemplar with what points to it, newest first — joined in data.ts (see `joinExemplars`). */
export type Exemplar = Routed<ExemplarsQueryResult[number]> & {
  stories: StoryCard[];
  honours: ExemplarHonour[];
  events: ExemplarEvent[];
};
/** A public honour as an exemplar profile lists it (its recipients are not repeated). */
export type ExemplarHonour = Omit<HonoursQueryResult[number], 'recipients'>;
/** An event featuring an exemplar. */
export type ExemplarEvent = EventsQueryResult[number];
/** A public honour; data.ts keeps only recipients that are routed exemplars (at least one). */
export type HonourRecipient = Routed<NonNullable<HonoursQueryResult[number]['recipients']>[number]>;
export type Honour = Omit<HonoursQueryResult[number], 'recipients'> & { recipients: HonourRecipient[] };
export type Theme = Routed<ThemesQueryResult[number]>;
export type Contest = Routed<ContestsQueryResult[number]>;
export type SiteEvent = Routed<EventsQueryResult[number]>;
export type Person = Routed<PeopleQueryResult[number]>;
export type Publication = Routed<PublicationsQueryResult[number]>;

/** One step of a page's breadcrumb trail (after "Trang chủ"); the last one is the page itself. */
export interface Crumb {
  label: string;
  href?: string | null;
}

/** A story credited to a person, with the roles they had on it (author pages). */
export interface CreditedStory {
  story: Story;
  roles: string[];
}

/** A story in lists and cards (the fields of the queries' STORY_CARD projection; story-card.ts). */
export type StoryCard = Pick<Story, '_id' | 'title' | 'slug' | 'dek' | 'format' | 'publishedAt' | 'cover' | 'column'>;
/** An exemplar as a card shows it (the queries' EXEMPLAR_CARD projection). */
export type ExemplarCardData = NonNullable<NonNullable<Story['exemplars']>[number]>;
/** Where an internal link or navigation item points (the queries' LINK_TARGET projection). */
export type LinkTarget = NonNullable<NonNullable<SiteSettings['navigation']>[number]['target']>;
/** Any Portable Text the queries return: a story body, an exemplar bio, a fact box body. */
export type PortableTextValue = NonNullable<Story['body']> | NonNullable<Exemplar['bio']>;

export interface RouteData {
  settings: LayoutSettings;
  /** The site's name: the settings' title, or "Gương sáng". */
  siteName: string;
  /** The settings' featured story when it has a page, else the newest story. */
  featuredStory: StoryCard | undefined;
  /** The settings' spotlight exemplars that have a page. */
  spotlightExemplars: ExemplarCardData[];
  stories: Story[];
  /** Per story slug: related stories (scored) and previous/next in its column (story-relations.ts). */
  storyRelations: ReadonlyMap<string, StoryRelations<Story>>;
  columns: Column[];
  exemplars: Exemplar[];
  /** Public honours with at least one routed recipient, latest decision first (bảng vàng, open data). */
  honours: Honour[];
  /** Themes / movements (by kind, then title) with their story list resolved: curated order or tagged, newest first. */
  themes: (Theme & { stories: Story[] })[];
  /** Contests, newest opening first. */
  contests: Contest[];
  /** Events, latest start first. */
  events: SiteEvent[];
  /** People (authors, photographers…) with the stories that credit them, newest first. */
  people: (Person & { credited: CreditedStory[] })[];
  /** E-publications, newest year first. */
  publications: Publication[];
  /** When the source is a real Sanity project: where image URLs point. */
  sanityProject?: { projectId: string; dataset: string; baseUrl?: string };
}
