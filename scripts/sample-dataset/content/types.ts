// Shapes of the authored sample content, as ../load-content.ts returns it from the Markdown and YAML
// files in this folder (see README.md here). Closed lists come from the schema's vocabularies.

import type {
  columnKinds,
  contestPlacings,
  creditRoles,
  educationLevels,
  eventKinds,
  exemplarKinds,
  exemplarRoles,
  honourCategories,
  honourLevels,
  lifecycleStages,
  organisationKinds,
  pageSizes,
  socialPlatforms,
  storyFormats,
  themeKinds,
  themeSelections,
} from '../../../schemas/vocabularies/index.ts';
import type { ProvinceKind } from '../../../schemas/vocabularies/provinces.ts';
import type { EntryFileKind } from '../../../schemas/participation/vocabulary.ts';

type ValueOf<V extends readonly { value: string }[]> = V[number]['value'];

export type StoryFormat = ValueOf<typeof storyFormats>;
export type CreditRole = ValueOf<typeof creditRoles>;
export type EducationLevel = ValueOf<typeof educationLevels>;
export type ExemplarKind = ValueOf<typeof exemplarKinds>;
export type ExemplarRole = ValueOf<typeof exemplarRoles>;
export type Stage = ValueOf<typeof lifecycleStages>;
export type OrganisationKind = ValueOf<typeof organisationKinds>;
export type ColumnKind = ValueOf<typeof columnKinds>;
export type ThemeKind = ValueOf<typeof themeKinds>;
export type ThemeSelection = ValueOf<typeof themeSelections>;
export type HonourCategory = ValueOf<typeof honourCategories>;
export type HonourLevel = ValueOf<typeof honourLevels>;
export type EventKind = ValueOf<typeof eventKinds>;
export type ContestPlacing = ValueOf<typeof contestPlacings>;
export type PageSize = ValueOf<typeof pageSizes>;
export type SocialPlatform = ValueOf<typeof socialPlatforms>;

/** Compact markup (see ../markup.ts): the Markdown body of a content file. */
export type PtSource = string;

export interface Credit {
  /** A person slug from people.yaml. */
  person: string;
  role: CreditRole;
}

/** stories/<slug>.md and drafts/<slug>.md; the document id becomes `story.<slug>`. */
export interface StoryInput {
  /** ASCII kebab-case, the file name without `.md`. */
  slug: string;
  title: string;
  /** 1–2 sentences, ≤ 300 characters. */
  dek: string;
  format: StoryFormat;
  /** A column slug from columns.yaml. */
  column: string;
  /** Theme slugs from themes.yaml. */
  themes: string[];
  /** Exemplar slugs (file names in exemplars/). */
  exemplars: string[];
  /** At least one. */
  credits: Credit[];
  /** ISO 8601 with offset, e.g. '2024-11-18T08:30:00+07:00' (converted to UTC `Z`). */
  publishedAt: string;
  updatedAt?: string;
  /** An image key from images.yaml. */
  cover: string;
  coverAlt: string;
  coverCaption?: string;
  coverCredit: string;
  seo?: { title?: string; description?: string };
  featured?: boolean;
  /** originalDate as 'YYYY-MM-DD'. */
  republishedFrom?: { outlet: string; url: string; originalDate: string };
  sources?: Array<{ title: string; outlet?: string; url?: string }>;
  body: PtSource;
}

export interface ImageKeys {
  /** 1600×1067. */
  landscape: string[];
  /** 1600×2000. */
  portrait: string[];
}

export interface ProvinceInput {
  slug: string;
  name: string;
  kind: ProvinceKind;
  order: number;
}

export interface OrganisationInput {
  slug: string;
  name: string;
  kind: OrganisationKind;
  educationLevel?: EducationLevel;
  province: string;
  description: string;
}

export interface PersonInput {
  slug: string;
  name: string;
  jobTitle: string;
  organisation: string;
  bio: string;
  portrait: string;
  portraitAlt: string;
}

/** exemplars/<slug>.md; the Markdown body is the bio (paragraphs and lists only). */
export interface ExemplarInput {
  slug: string;
  kind: ExemplarKind;
  name: string;
  role: ExemplarRole;
  educationLevel: EducationLevel;
  organisation?: string;
  province: string;
  portrait: string;
  portraitAlt: string;
  /** 1–3 sentences, ≤ 300 characters: the facts story authors should stay consistent with. */
  summary: string;
  achievements: Array<{ year: number; description: string }>;
  lifecycle: { stage: Stage; showPublicly: boolean; history: Array<{ stage: Stage; date: string; note: string }> };
  /** Theme slugs. */
  movements: string[];
  bio: PtSource;
}

export interface ColumnInput {
  slug: string;
  title: string;
  kind: ColumnKind;
  description: string;
  cover: string;
  coverAlt: string;
}

export interface ThemeInput {
  slug: string;
  title: string;
  kind: ThemeKind;
  description: string;
  cover: string;
  coverAlt: string;
  period?: { from: number; to?: number };
  selection: ThemeSelection;
  /** Story slugs, in order; only (and required) for a `curated` theme. */
  stories?: string[];
}

export interface HonourInput {
  slug: string;
  title: string;
  category: HonourCategory;
  level: HonourLevel;
  decisionNumber: string;
  decisionDate: string;
  issuer: string;
  year: number;
  recipients: string[];
  isPublic?: boolean;
}

/** contests/<slug>.md; the Markdown body is the rules. */
export interface ContestInput {
  slug: string;
  title: string;
  summary: string;
  cover: string;
  coverAlt: string;
  rules: PtSource;
  opensAt: string;
  closesAt: string;
  resultsAt: string;
  acceptsOnlineEntries?: boolean;
  limits: { maxWords: number; maxMinutes: number; fileKinds?: EntryFileKind[]; maxFileMegabytes?: number };
  rubric?: Array<{ key: string; title: string; weight: number; maxScore: number }>;
  /** `key` becomes the prize `_key` (what an entry's placing points at). */
  prizes: Array<{
    key: string;
    title: string;
    count: number;
    value: string;
    honour?: { level: HonourLevel; decisionNumber: string; decisionDate: string; issuer: string };
  }>;
  entries: Array<{
    title: string;
    author: string;
    organisation: string;
    province: string;
    story?: string;
    placing: ContestPlacing;
    excerpt: string;
  }>;
}

/** events/<slug>.md; the Markdown body is the description. */
export interface EventInput {
  slug: string;
  title: string;
  kind: EventKind;
  startsAt: string;
  endsAt: string;
  venue: { name: string; address: string; province: string };
  summary: string;
  description: PtSource;
  exemplars: string[];
  recording?: { url: string; title: string; caption?: string };
  gallery: Array<{ image: string; alt: string }>;
  cover: string;
  coverAlt: string;
}

/** publications/<slug>.md; the Markdown body is the foreword (paragraphs and lists only). */
export interface PublicationInput {
  slug: string;
  title: string;
  edition: string;
  year: number;
  cover: string;
  coverAlt: string;
  foreword: PtSource;
  chapters: Array<{ story: string; title?: string } | { title: string; body: PtSource }>;
  credits: Credit[];
  publishedAt: string;
  pageSize: PageSize;
}

export interface SiteSettingsInput {
  title: string;
  tagline: string;
  description: string;
  /** `reference` is a document id, e.g. `column.mai-truong`. */
  navigation: Array<{ label: string; reference?: string; url?: string }>;
  footerText: string;
  socialLinks: Array<{ platform: SocialPlatform; url: string }>;
  contact: { email: string; phone: string; address: string };
  featuredStory: string;
  spotlightExemplars: string[];
}

/** drafts.yaml: a draft-only story (drafts/<slug>.md) or a draft of a published story. */
export interface DraftInput {
  /** Draft of a published story (id `drafts.story.<of>`): only the patched fields change. */
  of?: string;
  patch?: { title?: string; dek?: string };
  /** Draft-only story. */
  story?: StoryInput;
}

export interface SampleContent {
  imageKeys: ImageKeys;
  provinces: ProvinceInput[];
  organisations: OrganisationInput[];
  persons: PersonInput[];
  exemplars: ExemplarInput[];
  columns: ColumnInput[];
  themes: ThemeInput[];
  stories: StoryInput[];
  honours: HonourInput[];
  contests: ContestInput[];
  events: EventInput[];
  publications: PublicationInput[];
  siteSettings: SiteSettingsInput;
  drafts: DraftInput[];
}
