/**
 * Answers GROQ from a local export with groq-js.
 *
 * groq-js 2 has no perspective option (it evaluates over whatever array it is given), so the
 * `published` perspective is applied here the way Sanity defines it: documents whose id is in the
 * `drafts.` or `versions.` path are invisible. References to them therefore dereference to null,
 * as they do on Sanity.
 */
import { parse, evaluate, evaluateSync, type ExprNode } from 'groq-js';
import { isRecord } from '@guong-sang/schemas/util/is-record.ts';
import type { LoadedDataset, DatasetDocument } from './dataset.ts';
import { isPublishedId, type ContentSource, type GroqParams, type QueryResult } from './source.ts';

export function publishedView(documents: readonly DatasetDocument[]): DatasetDocument[] {
  return documents.filter((doc) => isPublishedId(doc._id));
}

/**
 * Sanity's `drafts` perspective over an export: every `drafts.<id>` replaces `<id>` (or stands alone
 * when never published), returned under the published `_id` with `_originalId` naming the draft, as
 * Sanity does; release versions stay invisible. For the draft preview only (server-side).
 */
export function draftsView(documents: readonly DatasetDocument[]): DatasetDocument[] {
  const drafts = new Map(documents.filter((doc) => doc._id.startsWith('drafts.')).map((doc) => [doc._id.slice('drafts.'.length), doc]));
  const view: DatasetDocument[] = [];
  for (const doc of documents) {
    if (!isPublishedId(doc._id)) continue;
    const draft = drafts.get(doc._id);
    drafts.delete(doc._id);
    view.push(draft ? { ...draft, _id: doc._id, _originalId: draft._id } : { ...doc, _originalId: doc._id });
  }
  for (const [id, draft] of drafts) view.push({ ...draft, _id: id, _originalId: draft._id });
  return view;
}

export interface LocalSourceOptions {
  /** `published` (default, every build) or `drafts` (the draft preview). */
  perspective?: 'published' | 'drafts';
}

/** `$name`s a query reads. Custom `fn` declarations bind their own `$params`, so those queries are skipped. */
function referencedParams(tree: ExprNode, query: string): string[] {
  if (/\bfn\s/.test(query)) return [];
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isRecord(node)) {
      if (node.type === 'Parameter' && typeof node.name === 'string') names.add(node.name);
      Object.values(node).forEach(visit);
    }
  };
  visit(tree);
  return [...names];
}

export function createLocalSource(dataset: Pick<LoadedDataset, 'documents'>, options: LocalSourceOptions = {}): ContentSource {
  const published = options.perspective === 'drafts' ? draftsView(dataset.documents) : publishedView(dataset.documents);
  // groq-js dereferences (`->`) by scanning the whole dataset for the `_id`; at 10.000 stories with
  // ~8 references each that is 10^9 comparisons. A map gives the same answer: only published
  // documents are in it, so a reference to a draft still dereferences to null.
  const byId = new Map(published.map((doc) => [doc._id, doc]));
  const dereference = ({ _ref }: { _ref: string }) => byId.get(_ref) ?? null;
  // Pages run the same few queries hundreds of times (once per slug); parse each once.
  const parsed = new Map<string, { tree: ExprNode; params: string[] }>();

  return {
    kind: 'local',
    async fetch<const Q extends string>(query: Q, params: GroqParams = {}): Promise<QueryResult<Q>> {
      let entry = parsed.get(query);
      if (entry === undefined) {
        // Parsed without params (groq-js would inline them into the tree), so one tree serves all slugs.
        const tree = parse(query);
        entry = { tree, params: referencedParams(tree, query) };
        parsed.set(query, entry);
      }
      // Sanity rejects a query whose parameter is missing; groq-js would quietly read null, and a
      // page would then render "nothing found" locally but fail against Sanity.
      const missing = entry.params.find((name) => params[name] === undefined);
      if (missing !== undefined) throw new Error(`param $${missing} referenced, but not provided`);
      const { tree } = entry;
      const options = { dataset: published, params, dereference };
      // groq-js's synchronous evaluator gives the same answers 2–5× faster (no async iterator per
      // node; storiesQuery at 10.000 stories: 13 s → a few); it throws for the few constructs it
      // does not implement, and those queries take the asynchronous path. The seam test checks both
      // against Sanity's answers.
      let result: unknown;
      try {
        result = await evaluateSync(tree, options).get();
      } catch {
        result = await (await evaluate(tree, options)).get();
      }
      // Round-trip through JSON for two reasons: the answer then equals what Sanity sends over the
      // wire (no `undefined` members, dates as strings), and callers get copies, so mutating a
      // result can never corrupt the dataset for the next query.
      return (result === undefined ? null : JSON.parse(JSON.stringify(result))) as QueryResult<Q>;
    },
  };
}
