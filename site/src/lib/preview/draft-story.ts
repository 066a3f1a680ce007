// The draft preview's data: one story as it would be published, read with the `drafts` perspective
// (server-side only; the read token stays in this process) and put through the build's own steps —
// repair passes, exclusions, scheduling, pruning, route data, story page props (storyPagePath) — so the preview
// shows what publishing would produce. Validation is skipped: it decides nothing a page renders.
import { createContentBackend } from '../content/backend.ts';
import { readContentConfig, type Env } from '../content/config.ts';
import { ALL_PUBLISHED_DOCUMENTS_QUERY } from '../content/integrity/check.ts';
import { decideExclusions } from '../content/integrity/exclude.ts';
import { repairDocuments } from '../content/integrity/passes.ts';
import { repairedSource, repairPassesFor } from '../content/integrity/prepare.ts';
import { scheduledDocuments } from '../content/integrity/schedule.ts';
import { storyPreviewQuery } from '../content/queries.ts';
import type { SanitySourceOptions } from '../content/sanity-source.ts';
import { computeRouteData } from '../routes/data.ts';
import { storyPagePath } from '../routes/pages/story.ts';
import { isRecord } from '@guong-sang/schemas/util/is-record.ts';

export type DraftStory =
  | { kind: 'story'; slug: string; props: ReturnType<typeof storyPagePath>['props'] }
  | { kind: 'missing' }
  | { kind: 'not-a-story'; type: string }
  /** A story the build would leave out (no title, no slug…): `reason` says why, in Vietnamese. */
  | { kind: 'unrenderable'; reason: string };

export interface DraftStoryOptions {
  /** Content variables (CONTENT_DATASET or SANITY_*), as for a build. */
  env: Env;
  /** A loopback stand-in of Sanity's API in tests (SANITY_API_HOST in production). */
  sanity?: Omit<SanitySourceOptions, 'perspective'>;
  /** The preview's clock: other stories scheduled after it stay hidden, as in a build at that moment. */
  now: Date;
}

/** `documentId` is a published id (`drafts.` already stripped by the token check). */
export async function loadDraftStory(documentId: string, options: DraftStoryOptions): Promise<DraftStory> {
  const config = readContentConfig(options.env, []);
  const backend = await createContentBackend(config, { ...options.sanity, perspective: 'drafts' });
  const fetched = await backend.source.fetch(ALL_PUBLISHED_DOCUMENTS_QUERY);
  const records = (Array.isArray(fetched) ? fetched : []).filter(isRecord).filter((doc) => typeof doc._id === 'string' && doc._id !== '');
  const target = records.find((doc) => doc._id === documentId);
  if (!target) return { kind: 'missing' };
  if (target._type !== 'story') return { kind: 'not-a-story', type: String(target._type) };

  const { documents } = repairDocuments(records, await repairPassesFor(backend, records));
  const exclusions = decideExclusions(documents);
  const own = exclusions.problems.find((p) => p.documentId === documentId);
  if (own) return { kind: 'unrenderable', reason: own.message };
  // Hidden as prepareContent hides them (excluded, scheduled later) — except the previewed story
  // itself, which an editor must see before its time.
  const scheduled = scheduledDocuments(documents, options.now).map((doc) => doc.id);
  const hidden = new Set([...exclusions.excludedIds, ...scheduled].filter((id) => id !== documentId));
  const source = repairedSource(backend.source.kind, documents, hidden);
  const story = await source.fetch(storyPreviewQuery, { id: documentId });
  if (!story?.slug) return { kind: 'unrenderable', reason: 'Bài viết không có đường dẫn (slug).' };
  const data = await computeRouteData(source, config);
  const path = storyPagePath(data, { ...story, slug: story.slug });
  return { kind: 'story', slug: story.slug, props: path.props };
}
