// Times every parameterless query of site/src/lib/content/queries.ts against a local export with
// groq-js (the local source pages use), to find the dereference-heavy ones before a full build.
// Run: pnpm exec node scripts/bench/query-times.ts .cache/bench/dataset-10000
import { loadDataset } from '../../site/src/lib/content/dataset.ts';
import { createLocalSource } from '../../site/src/lib/content/local-source.ts';
import * as queries from '../../site/src/lib/content/queries.ts';

const location = process.argv[2] ?? 'site/dataset';
let started = performance.now();
const dataset = await loadDataset(location);
console.log(`load: ${Math.round(performance.now() - started)} ms, ${dataset.documents.length} documents`);
const source = createLocalSource(dataset);
const only = process.argv[3];
for (const [name, query] of Object.entries(queries)) {
  if (typeof query !== 'string' || query.includes('$') || (only && !name.includes(only))) continue;
  started = performance.now();
  const result: unknown = await source.fetch(query);
  const count = Array.isArray(result) ? result.length : result === null ? 0 : 1;
  console.log(`${name}: ${Math.round(performance.now() - started)} ms (${count} results, ${(JSON.stringify(result).length / 2 ** 20).toFixed(1)} MiB JSON)`);
}
