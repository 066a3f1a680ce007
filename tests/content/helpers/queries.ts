// Every GROQ query string exported by the site's queries module, and param sets to run them with.
import { existsSync } from 'node:fs';
import type { DatasetDocument } from '../../../site/src/lib/content/dataset.ts';
import type { GroqParams } from '../../../site/src/lib/content/source.ts';

const QUERIES_MODULE = new URL('../../../site/src/lib/content/queries.ts', import.meta.url);

export async function siteQueries(): Promise<Record<string, string>> {
  if (!existsSync(QUERIES_MODULE)) return {};
  const module = (await import(QUERIES_MODULE.href)) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(module).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** Param sets for a query, derived from the dataset: `$slug` and `$id` values of the queried type (drafts included). */
export function paramSets(query: string, documents: readonly DatasetDocument[]): GroqParams[] {
  const names = [...new Set([...query.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!))];
  if (names.length === 0) return [{}];
  const types = [...query.matchAll(/_type\s*==\s*"([^"]+)"/g)].map((m) => m[1]!);
  const ofType = documents.filter((d) => types.length === 0 || types.includes(d._type));
  const draftOnly = documents.filter(
    (d) => d._id.startsWith('drafts.') && !documents.some((p) => p._id === d._id.slice('drafts.'.length)),
  );
  const values: Record<string, unknown[]> = {
    slug: [...new Set(ofType.map((d) => (d.slug as { current?: string } | undefined)?.current).filter(Boolean))].slice(0, 8),
    id: [
      ...ofType.filter((d) => !d._id.startsWith('drafts.') && !d._type.startsWith('sanity.')).slice(0, 6).map((d) => d._id),
      ...draftOnly.map((d) => d._id),
      ...draftOnly.map((d) => d._id.slice('drafts.'.length)),
    ],
  };
  let sets: GroqParams[] = [{}];
  for (const name of names) {
    const candidates = values[name];
    if (!candidates || candidates.length === 0) throw new Error(`tests/content/helpers/queries.ts: add a rule deriving $${name} from the dataset`);
    sets = sets.flatMap((set) => candidates.map((value) => ({ ...set, [name]: value })));
  }
  return sets;
}
