// What the pages receive: the TypeGen result types of queries.ts (sanity.types.ts, `pnpm typegen`),
// named once here. No shape is written by hand: change the query, regenerate, and these follow.
import type {
  ColumnsQueryResult,
  ExemplarsQueryResult,
  SiteSettingsQueryResult,
  StoriesQueryResult,
} from '../content/sanity.types.ts';

/** A document that has its own page: data.ts keeps only those with a (unique) slug. */
export type Routed<T extends { slug: string | null }> = T & { slug: string };

export type SiteSettings = NonNullable<SiteSettingsQueryResult>;
export type Story = Routed<StoriesQueryResult[number]>;
export type Column = Routed<ColumnsQueryResult[number]>;
export type Exemplar = Routed<ExemplarsQueryResult[number]>;

/** A story in lists and cards (the queries' STORY_CARD projection). */
export type StoryCard = Column['stories'][number];
/** An exemplar in cards (the queries' EXEMPLAR_CARD projection). */
export type ExemplarCard = NonNullable<Story['exemplars']>[number];
/** Where an internal link or navigation item points (the queries' LINK_TARGET projection). */
export type LinkTarget = NonNullable<NonNullable<SiteSettings['navigation']>[number]['target']>;
/** Any Portable Text the queries return: a story body, an exemplar bio, a fact box body. */
export type PortableTextValue = NonNullable<Story['body']> | NonNullable<Exemplar['bio']>;

export interface RouteData {
  settings: SiteSettings;
  stories: Story[];
  columns: Column[];
  exemplars: Exemplar[];
  /** When the source is a real Sanity project: where image URLs point. */
  sanityProject?: { projectId: string; dataset: string };
}
