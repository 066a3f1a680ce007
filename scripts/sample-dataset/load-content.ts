// Reads the sample content: Markdown files with YAML frontmatter (prose in the body, in the markup
// of ./markup.ts) and YAML files (structured records), all under ./content (see content/README.md).
// Every record is checked against a small spec so a typo fails with the file and field named;
// closed lists come from the schema's vocabularies.

import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isRecord } from '../../schemas/util/is-record.ts';

import {
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
  provinces as provinceVocabulary,
  socialPlatforms,
  storyFormats,
  themeKinds,
  themeSelections,
  valuesOf,
  type Vocabulary,
} from '../../schemas/vocabularies/index.ts';
import { entryFileKinds } from '../../schemas/participation/vocabulary.ts';
import type {
  ColumnInput,
  ContestInput,
  DraftInput,
  EventInput,
  ExemplarInput,
  HonourInput,
  ImageKeys,
  OrganisationInput,
  PersonInput,
  ProvinceInput,
  PublicationInput,
  SampleContent,
  SiteSettingsInput,
  StoryInput,
  ThemeInput,
} from './content/types.ts';

export const CONTENT_DIR = join(import.meta.dirname, 'content');

export class DatasetBuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetBuildError';
  }
}

export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// ---------- specs ----------

type Spec =
  | 'string'
  | 'number'
  | 'boolean'
  | { optional: Spec }
  | { list: Spec }
  | { oneOf: readonly string[] }
  | { fields: Record<string, Spec> }
  | { either: readonly Spec[] };

const optional = (spec: Spec): Spec => ({ optional: spec });
const list = (spec: Spec): Spec => ({ list: spec });
const oneOf = (vocabulary: Vocabulary): Spec => ({ oneOf: valuesOf(vocabulary) });
const fields = (shape: Record<string, Spec>): Spec => ({ fields: shape });

/** A message naming `where` when `value` does not match `spec`, else undefined. */
function mismatch(value: unknown, spec: Spec, where: string): string | undefined {
  if (spec === 'string' || spec === 'number' || spec === 'boolean') {
    return typeof value === spec ? undefined : `${where} must be a ${spec}`;
  }
  if ('optional' in spec) return value === undefined ? undefined : mismatch(value, spec.optional, where);
  if ('list' in spec) {
    if (!Array.isArray(value)) return `${where} must be a list`;
    for (const [i, item] of value.entries()) {
      const problem = mismatch(item, spec.list, `${where}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if ('oneOf' in spec) {
    return typeof value === 'string' && spec.oneOf.includes(value)
      ? undefined
      : `${where} must be one of ${spec.oneOf.map((v) => JSON.stringify(v)).join(', ')} (got ${JSON.stringify(value)})`;
  }
  if ('either' in spec) {
    const problems = spec.either.map((s) => mismatch(value, s, where));
    return problems.includes(undefined) ? undefined : problems.join('; or ');
  }
  if (!isRecord(value)) return `${where} must be a mapping`;
  for (const key of Object.keys(value)) {
    if (!(key in spec.fields)) return `${where ? `${where}: ` : ''}unknown field "${key}"`;
  }
  for (const [key, fieldSpec] of Object.entries(spec.fields)) {
    const problem = mismatch(value[key], fieldSpec, where ? `${where}.${key}` : key);
    if (problem) return problem;
  }
  return undefined;
}

function check<T>(value: unknown, spec: Spec, file: string): T {
  const problem = mismatch(value, spec, '');
  if (problem) throw new DatasetBuildError(`${relative(CONTENT_DIR, file)}: ${problem.replace(/^\./, '')}`);
  return value as T;
}

const credit = fields({ person: 'string', role: oneOf(creditRoles) });
const image = { cover: 'string', coverAlt: 'string' } satisfies Record<string, Spec>;

const storyFields = {
  title: 'string',
  dek: 'string',
  format: oneOf(storyFormats),
  column: 'string',
  themes: list('string'),
  exemplars: list('string'),
  credits: list(credit),
  publishedAt: 'string',
  updatedAt: optional('string'),
  cover: 'string',
  coverAlt: 'string',
  coverCaption: optional('string'),
  coverCredit: 'string',
  seo: optional(fields({ title: optional('string'), description: optional('string') })),
  featured: optional('boolean'),
  republishedFrom: optional(fields({ outlet: 'string', url: 'string', originalDate: 'string' })),
  sources: optional(list(fields({ title: 'string', outlet: optional('string'), url: optional('string') }))),
} satisfies Record<string, Spec>;

const exemplarFields = {
  kind: oneOf(exemplarKinds),
  name: 'string',
  role: oneOf(exemplarRoles),
  educationLevel: oneOf(educationLevels),
  organisation: optional('string'),
  province: 'string',
  portrait: 'string',
  portraitAlt: 'string',
  summary: 'string',
  achievements: list(fields({ year: 'number', description: 'string' })),
  lifecycle: fields({
    stage: oneOf(lifecycleStages),
    showPublicly: 'boolean',
    history: list(fields({ stage: oneOf(lifecycleStages), date: 'string', note: 'string' })),
  }),
  movements: list('string'),
} satisfies Record<string, Spec>;

const eventFields = {
  title: 'string',
  kind: oneOf(eventKinds),
  startsAt: 'string',
  endsAt: 'string',
  venue: fields({ name: 'string', address: 'string', province: 'string' }),
  summary: 'string',
  exemplars: list('string'),
  recording: optional(fields({ url: 'string', title: 'string', caption: optional('string') })),
  gallery: list(fields({ image: 'string', alt: 'string' })),
  ...image,
} satisfies Record<string, Spec>;

const publicationFields = {
  title: 'string',
  edition: 'string',
  year: 'number',
  ...image,
  chapters: list({
    either: [fields({ story: 'string', title: optional('string') }), fields({ title: 'string', body: 'string' })],
  }),
  credits: list(credit),
  publishedAt: 'string',
  pageSize: oneOf(pageSizes),
} satisfies Record<string, Spec>;

const contestFields = {
  title: 'string',
  summary: 'string',
  ...image,
  opensAt: 'string',
  closesAt: 'string',
  resultsAt: 'string',
  acceptsOnlineEntries: optional('boolean'),
  limits: fields({ maxWords: 'number', maxMinutes: 'number', fileKinds: optional(list(oneOf(entryFileKinds))), maxFileMegabytes: optional('number') }),
  rubric: optional(list(fields({ key: 'string', title: 'string', weight: 'number', maxScore: 'number' }))),
  prizes: list(
    fields({
      key: 'string',
      title: 'string',
      count: 'number',
      value: 'string',
      honour: optional(fields({ level: oneOf(honourLevels), decisionNumber: 'string', decisionDate: 'string', issuer: 'string' })),
    }),
  ),
  // The old array form, turned into contestEntry documents by the migration's plan (build.ts).
  entries: list(
    fields({
      title: 'string',
      author: 'string',
      organisation: 'string',
      province: 'string',
      story: optional('string'),
      placing: oneOf(contestPlacings),
      excerpt: 'string',
    }),
  ),
} satisfies Record<string, Spec>;

const imageKeysSpec = fields({ landscape: list('string'), portrait: list('string') });
const organisationSpec = fields({
  slug: 'string',
  name: 'string',
  kind: oneOf(organisationKinds),
  educationLevel: optional(oneOf(educationLevels)),
  province: 'string',
  description: 'string',
});
const personSpec = fields({
  slug: 'string',
  name: 'string',
  jobTitle: 'string',
  organisation: 'string',
  bio: 'string',
  portrait: 'string',
  portraitAlt: 'string',
});
const columnSpec = fields({
  slug: 'string',
  title: 'string',
  kind: oneOf(columnKinds),
  description: 'string',
  ...image,
});
const themeSpec = fields({
  slug: 'string',
  title: 'string',
  kind: oneOf(themeKinds),
  description: 'string',
  ...image,
  period: optional(fields({ from: 'number', to: optional('number') })),
  selection: oneOf(themeSelections),
  stories: optional(list('string')),
});
const honourSpec = fields({
  slug: 'string',
  title: 'string',
  category: oneOf(honourCategories),
  level: oneOf(honourLevels),
  decisionNumber: 'string',
  decisionDate: 'string',
  issuer: 'string',
  year: 'number',
  recipients: list('string'),
  isPublic: optional('boolean'),
});
const siteSettingsSpec = fields({
  title: 'string',
  tagline: 'string',
  description: 'string',
  navigation: list(fields({ label: 'string', reference: optional('string'), url: optional('string') })),
  footerText: 'string',
  socialLinks: list(fields({ platform: oneOf(socialPlatforms), url: 'string' })),
  contact: fields({ email: 'string', phone: 'string', address: 'string' }),
  featuredStory: 'string',
  spotlightExemplars: list('string'),
});
const draftSpec = fields({
  story: optional('string'),
  of: optional('string'),
  patch: optional(fields({ title: optional('string'), dek: optional('string') })),
});

// ---------- files ----------

function parseYamlText(text: string, file: string): unknown {
  try {
    return parseYaml(text);
  } catch (e) {
    throw new DatasetBuildError(`${relative(CONTENT_DIR, file)}: ${(e as Error).message}`);
  }
}

function readYaml<T>(name: string, spec: Spec): T {
  const file = join(CONTENT_DIR, name);
  return check<T>(parseYamlText(readFileSync(file, 'utf8'), file), spec, file);
}

/** A Markdown file: YAML frontmatter between `---` lines, then the body. */
function readMarkdown(file: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?\n)?---\n([\s\S]*)$/.exec(text);
  if (!match) {
    throw new DatasetBuildError(`${relative(CONTENT_DIR, file)}: must start with YAML frontmatter between --- lines`);
  }
  const data = parseYamlText(match[1] ?? '', file) ?? {};
  if (!isRecord(data)) throw new DatasetBuildError(`${relative(CONTENT_DIR, file)}: frontmatter must be a mapping`);
  return { data, body: match[2]!.trim() };
}

/**
 * The Markdown files of a folder, one record each: the slug is the file name, `bodyField` the body.
 * With `ordered`, each file's frontmatter has a unique `order` number and records come in that order.
 */
function readMarkdownFolder<T>(folder: string, shape: Record<string, Spec>, bodyField: string, ordered: boolean): T[] {
  const dir = join(CONTENT_DIR, folder);
  const records: Array<{ order: number; record: T }> = [];
  const seen = new Map<number, string>();
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort();
  for (const name of names) {
    const file = join(dir, name);
    const slug = basename(name, '.md');
    if (!SLUG_RE.test(slug)) {
      throw new DatasetBuildError(`${folder}/${name}: file name must be an ASCII kebab-case slug`);
    }
    const { data, body } = readMarkdown(file);
    const { order, ...rest } = data;
    if (ordered) {
      if (typeof order !== 'number' || !Number.isInteger(order)) {
        throw new DatasetBuildError(`${folder}/${name}: needs a whole number \`order\``);
      }
      const clash = seen.get(order);
      if (clash) throw new DatasetBuildError(`${folder}/${name}: order ${order} is also used by ${clash}`);
      seen.set(order, name);
    } else if (order !== undefined) {
      rest.order = order; // reported as an unknown field
    }
    const fieldsOnly = check<Record<string, unknown>>(rest, fields(shape), file);
    if (!body) throw new DatasetBuildError(`${folder}/${name}: the Markdown body is empty`);
    records.push({
      order: ordered ? (order as number) : records.length,
      record: { slug, ...fieldsOnly, [bodyField]: body } as T,
    });
  }
  return records.sort((a, b) => a.order - b.order).map((r) => r.record);
}

/** Reads and checks every content file. References between records are checked by build.ts. */
export function loadContent(): SampleContent {
  const stories = readMarkdownFolder<StoryInput>('stories', storyFields, 'body', true);
  const draftStories = new Map(
    readMarkdownFolder<StoryInput>('drafts', storyFields, 'body', false).map((s) => [s.slug, s]),
  );
  const drafts = readYaml<Array<{ story?: string; of?: string; patch?: DraftInput['patch'] }>>(
    'drafts.yaml',
    list(draftSpec),
  ).map((d, i): DraftInput => {
    if (d.story === undefined) return { of: d.of, patch: d.patch };
    const story = draftStories.get(d.story);
    if (!story) throw new DatasetBuildError(`drafts.yaml[${i}]: no file drafts/${d.story}.md`);
    return { story };
  });
  return {
    imageKeys: readYaml<ImageKeys>('images.yaml', imageKeysSpec),
    provinces: provinceVocabulary.map((p): ProvinceInput => ({
      slug: p.value,
      name: p.title,
      kind: p.kind,
      order: p.order,
    })),
    organisations: readYaml<OrganisationInput[]>('organisations.yaml', list(organisationSpec)),
    persons: readYaml<PersonInput[]>('people.yaml', list(personSpec)),
    exemplars: readMarkdownFolder<ExemplarInput>('exemplars', exemplarFields, 'bio', true),
    columns: readYaml<ColumnInput[]>('columns.yaml', list(columnSpec)),
    themes: readYaml<ThemeInput[]>('themes.yaml', list(themeSpec)),
    stories,
    honours: readYaml<HonourInput[]>('honours.yaml', list(honourSpec)),
    contests: readMarkdownFolder<ContestInput>('contests', contestFields, 'rules', true),
    events: readMarkdownFolder<EventInput>('events', eventFields, 'description', true),
    publications: readMarkdownFolder<PublicationInput>('publications', publicationFields, 'foreword', true),
    siteSettings: readYaml<SiteSettingsInput>('site-settings.yaml', siteSettingsSpec),
    drafts,
  };
}
