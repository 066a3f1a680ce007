// The draft preview's data: one story as it would be published, read with the `drafts` perspective
// (server-side only; the read token stays in this process) and put through the build's own steps —
// repair passes, exclusions, scheduling, pruning, route data, story page props (storyPagePath) — so the preview
// shows what publishing would produce. Validation is skipped: it decides nothing a page renders.
//
// Reading, repairing and joining the whole dataset costs seconds at 10.000 stories, far over the
// 3 s an editor waits. So that work (the *context*: every document in the drafts view, repaired, and
// the route data around the story) is cached and refreshed in the background once it is a minute
// old, and each preview reads only its own document afresh: the story an editor just changed is
// always current, the lists around it at most a minute old.
//
// The same context is the renderer's whole content: `draftContent()` hands it out as the build state's
// prepared content and route data (see render-worker.ts), so the site's integrations, loaded by Vite
// in the renderer, list the images of the drafts view instead of preparing and validating the whole
// published content a second time (at 10.000 stories that copy cost ~40 s and ~400 MB).
import { createContentBackend, type ContentBackend } from '../content/backend.ts';
import { readContentConfig, type ContentConfig, type Env } from '../content/config.ts';
import { ALL_PUBLISHED_DOCUMENTS_QUERY } from '../content/integrity/check.ts';
import { decideExclusions } from '../content/integrity/exclude.ts';
import { repairDocuments } from '../content/integrity/passes.ts';
import { repairedSource, repairPassesFor } from '../content/integrity/prepare.ts';
import type { RepairPass } from '../content/integrity/repair-pass.ts';
import { scheduledDocuments, type ScheduledDocument } from '../content/integrity/schedule.ts';
import type { PreparedContent } from '../content/index.ts';
import { storyPreviewQuery } from '../content/queries.ts';
import type { SanitySourceOptions } from '../content/sanity-source.ts';
import { computeRouteData } from '../routes/data.ts';
import { storyPagePath } from '../routes/pages/story.ts';
import type { RouteData } from '../routes/types.ts';
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

/** Everything around the previewed story, computed from the whole drafts view. */
interface PreviewContext {
  config: ContentConfig;
  backend: ContentBackend;
  passes: readonly RepairPass[];
  /** Repaired documents, in the drafts view. */
  documents: Record<string, unknown>[];
  /** Ids scheduled after `now`. */
  scheduled: readonly string[];
  /** The drafts view as a build would prepare it (unvalidated), for the renderer's build state. */
  prepared: PreparedContent;
  data: RouteData;
  at: number;
}

/** How old the context may get before a preview refreshes it in the background. */
const CONTEXT_TTL_MS = 60_000;
let cached: { key: string; context: Promise<PreviewContext>; refreshing?: Promise<PreviewContext> } | undefined;

async function computeContext(options: DraftStoryOptions): Promise<PreviewContext> {
  const config = readContentConfig(options.env, []);
  const backend = await createContentBackend(config, { ...options.sanity, perspective: 'drafts' });
  const fetched = await backend.source.fetch(ALL_PUBLISHED_DOCUMENTS_QUERY);
  const records = (Array.isArray(fetched) ? fetched : []).filter(isRecord).filter((doc) => typeof doc._id === 'string' && doc._id !== '');
  const passes = await repairPassesFor(backend, records);
  const { documents } = repairDocuments(records, passes);
  const exclusions = decideExclusions(documents);
  const scheduledDocs: ScheduledDocument[] = scheduledDocuments(documents, options.now);
  const scheduled = scheduledDocs.map((doc) => doc.id);
  const hidden = new Set([...exclusions.excludedIds, ...scheduled]);
  const source = repairedSource(backend.source.kind, documents, hidden);
  const data = await computeRouteData(source, config);
  const prepared: PreparedContent = {
    ...backend,
    source,
    rawSource: backend.source,
    problems: exclusions.problems,
    excludedIds: exclusions.excludedIds,
    scheduled: scheduledDocs,
    // Nothing is reported or enforced here: the preview is not a build (validation is skipped).
    report: '',
    strict: false,
    strictRepairs: false,
    repairs: 0,
  };
  return { config, backend, passes, documents, scheduled, prepared, data, at: Date.now() };
}

/** The cached context (same content variables), refreshed in the background once stale. */
function previewContext(options: DraftStoryOptions): Promise<PreviewContext> {
  const key = JSON.stringify([options.env.CONTENT_DATASET, options.env.SANITY_PROJECT_ID, options.env.SANITY_DATASET, options.sanity?.apiHost]);
  if (cached?.key !== key) {
    cached = { key, context: computeContext(options) };
    cached.context.catch(() => (cached = undefined));
    return cached.context;
  }
  const entry = cached;
  void entry.context.then((context) => {
    if (Date.now() - context.at < CONTEXT_TTL_MS || entry.refreshing) return;
    entry.refreshing = computeContext(options);
    entry.refreshing.then(
      (fresh) => {
        entry.context = Promise.resolve(fresh);
        entry.refreshing = undefined;
      },
      () => (entry.refreshing = undefined),
    );
  });
  return entry.context;
}

/** The current context's prepared content and route data (computed on the first call). */
export async function draftContent(options: DraftStoryOptions): Promise<{ prepared: PreparedContent; data: RouteData }> {
  const { prepared, data } = await previewContext(options);
  return { prepared, data };
}

/** `documentId` is a published id (`drafts.` already stripped by the token check). */
export async function loadDraftStory(documentId: string, options: DraftStoryOptions): Promise<DraftStory> {
  const context = await previewContext(options);
  // The previewed document itself, read now: what the editor just typed.
  const fetched = await context.backend.source.fetch('*[_id == $id][0]', { id: documentId });
  if (!isRecord(fetched)) return { kind: 'missing' };
  if (fetched._type !== 'story') return { kind: 'not-a-story', type: String(fetched._type) };

  const [target] = repairDocuments([fetched], context.passes).documents;
  // Every other document as in the context (exclusions decided over all of them: a slug may clash).
  const documents = [...context.documents.filter((doc) => doc._id !== documentId), target!];
  const exclusions = decideExclusions(documents);
  const own = exclusions.problems.find((p) => p.documentId === documentId);
  if (own) return { kind: 'unrenderable', reason: own.message };
  // Hidden as in a build at `now`, except the previewed story itself, which an editor sees before its time.
  const hidden = new Set([...exclusions.excludedIds, ...context.scheduled].filter((id) => id !== documentId));
  const source = repairedSource(context.backend.source.kind, documents, hidden);
  const story = await source.fetch(storyPreviewQuery, { id: documentId });
  if (!story?.slug) return { kind: 'unrenderable', reason: 'Bài viết không có đường dẫn (slug).' };
  const path = storyPagePath(context.data, { ...story, slug: story.slug });
  return { kind: 'story', slug: story.slug, props: path.props };
}
