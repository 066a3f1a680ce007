// Shapes returned by queries.ts (hand-written until TypeGen covers the site).
import type { ImageField } from '../images/geometry.ts';

export interface LinkTarget {
  _id: string;
  _type: string;
  slug?: string | null;
  title?: string | null;
}

export interface ColumnRef {
  _id: string;
  title: string;
  slug: string;
  kind?: string | null;
}

export interface StoryCard {
  _id: string;
  title: string;
  slug: string;
  dek?: string | null;
  format?: string | null;
  publishedAt?: string | null;
  cover?: ImageField | null;
  column?: ColumnRef | null;
}

export interface ExemplarCard {
  _id: string;
  _type?: string;
  name: string;
  slug: string;
  kind?: string | null;
  role?: string | null;
  educationLevel?: string | null;
  summary?: string | null;
  portrait?: ImageField | null;
  organisation?: { _id: string; name?: string | null } | null;
  province?: { _id: string; name?: string | null } | null;
}

export type PortableTextValue = Array<{ _type: string; _key?: string; [key: string]: unknown }>;

export interface Story extends StoryCard {
  updatedAt?: string | null;
  featured?: boolean | null;
  themes?: Array<{ _id: string; title?: string | null; slug?: string | null } | null> | null;
  exemplars?: Array<ExemplarCard | null> | null;
  credits?: Array<{ _key?: string; role?: string | null; person?: { _id: string; name?: string | null } | null }> | null;
  sources?: Array<{ _key?: string; title?: string | null; outlet?: string | null; url?: string | null }> | null;
  republishedFrom?: { outlet?: string | null; url?: string | null; originalDate?: string | null } | null;
  seo?: { title?: string | null; description?: string | null } | null;
  body?: PortableTextValue | null;
}

export interface Column extends ColumnRef {
  description?: string | null;
  order?: number | null;
  cover?: ImageField | null;
  stories: StoryCard[];
}

export interface Honour {
  _id: string;
  title?: string | null;
  category?: string | null;
  level?: string | null;
  decisionNumber?: string | null;
  decisionDate?: string | null;
  issuer?: string | null;
  year?: number | null;
  decisionUrl?: string | null;
}

export interface Exemplar extends ExemplarCard {
  organisation?: { _id: string; name?: string | null; slug?: string | null; website?: string | null } | null;
  bio?: PortableTextValue | null;
  achievements?: Array<{ _key?: string; year?: number | null; description?: string | null }> | null;
  lifecycle?: { stage?: string | null; history?: Array<{ _key?: string; stage?: string | null; date?: string | null; note?: string | null }> | null } | null;
  honours: Honour[];
  stories: StoryCard[];
}

export interface SiteSettings {
  _id: string;
  title?: string | null;
  tagline?: string | null;
  description?: string | null;
  footerText?: string | null;
  navigation?: Array<{ _key?: string; label?: string | null; url?: string | null; target?: LinkTarget | null }> | null;
  socialLinks?: Array<{ _key?: string; platform?: string | null; url?: string | null }> | null;
  contact?: { email?: string | null; phone?: string | null; address?: string | null } | null;
  featuredStory?: StoryCard | null;
  spotlightExemplars?: Array<ExemplarCard | null> | null;
}

export interface RouteData {
  settings: SiteSettings;
  stories: Story[];
  columns: Column[];
  exemplars: Exemplar[];
  /** When the source is a real Sanity project: where image URLs point. */
  sanityProject?: { projectId: string; dataset: string };
}
