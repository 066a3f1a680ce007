// Every GROQ query string exported by the site's queries module (empty if it does not exist yet).
import { existsSync } from 'node:fs';

const QUERIES_MODULE = new URL('../../../site/src/lib/content/queries.ts', import.meta.url);

export async function siteQueries(): Promise<Record<string, string>> {
  if (!existsSync(QUERIES_MODULE)) return {};
  const module = (await import(QUERIES_MODULE.href)) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(module).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
