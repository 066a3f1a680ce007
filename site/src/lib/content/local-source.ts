/**
 * Answers GROQ from a local export with groq-js.
 *
 * groq-js 2 has no perspective option (it evaluates over whatever array it is given), so the
 * `published` perspective is applied here the way Sanity defines it: documents whose id is in the
 * `drafts.` or `versions.` path are invisible. References to them therefore dereference to null,
 * as they do on Sanity.
 */
import { parse, evaluate, type ExprNode } from 'groq-js';
import type { LoadedDataset, DatasetDocument } from './dataset.ts';
import { isPublishedId, type ContentSource, type GroqParams } from './source.ts';

export function publishedView(documents: readonly DatasetDocument[]): DatasetDocument[] {
  return documents.filter((doc) => isPublishedId(doc._id));
}

export function createLocalSource(dataset: Pick<LoadedDataset, 'documents'>): ContentSource {
  const published = publishedView(dataset.documents);
  // Pages run the same few queries hundreds of times (once per slug); parse each once.
  const parsed = new Map<string, ExprNode>();

  return {
    kind: 'local',
    async fetch<R>(query: string, params: GroqParams = {}): Promise<R> {
      let tree = parsed.get(query);
      if (tree === undefined) {
        // Parsed without params (groq-js would inline them into the tree), so one tree serves all slugs.
        tree = parse(query);
        parsed.set(query, tree);
      }
      const value = await evaluate(tree, { dataset: published, params });
      const result: unknown = await value.get();
      // Round-trip through JSON for two reasons: the answer then equals what Sanity sends over the
      // wire (no `undefined` members, dates as strings), and callers get copies, so mutating a
      // result can never corrupt the dataset for the next query.
      return (result === undefined ? null : JSON.parse(JSON.stringify(result))) as R;
    },
  };
}
