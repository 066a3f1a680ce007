/**
 * A persistent cache of Sanity document-validation results, so a build whose content did not change
 * does not run @sanity/validation again for 10.000 documents (~15 ms each on this machine).
 *
 * A cached result is reused only when everything it could depend on is unchanged:
 *  - the schema version (a hash of every source file of this package, plus the validation package
 *    version), so editing a rule, a field or a message re-validates everything;
 *  - the document itself (a hash of its JSON);
 *  - what its cross-document validators read through `context.getClient()` — the other documents
 *    of the same type using the same slug (slug uniqueness), and whether each referenced id exists
 *    as published and as draft (publication chapters);
 *  - for a contest entry, what its linked story says about its author and date (contestEntries.ts)
 *    and its contest's period and prize keys (participation.ts), published and draft.
 * Reference and structure checks are not cached at all (they are cheap and run on every build).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRecord } from '../util/is-record.ts';
import { getDraftId, getPublishedId } from './ids.ts';

/** One Sanity validation marker, already addressed (what `validateDataset` turns into a Problem). */
export interface CachedMarker {
  path: string;
  level: 'error' | 'warning' | 'info';
  message: string;
  code?: string;
}

interface CacheFile {
  version: string;
  entries: Record<string, { key: string; markers: CachedMarker[] }>;
}

const FORMAT = 1;

let schemaVersionMemo: string | undefined;

/**
 * Hash of the schema package's sources (types, validation rules, vocabularies, messages) and of the
 * @sanity/validation version. Anything that can change a validation result is in there.
 */
export function schemaSourceVersion(): string {
  if (schemaVersionMemo) return schemaVersionMemo;
  const hash = createHash('sha256').update(`format ${FORMAT}\n`);
  try {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === 'node_modules' || entry.name === 'bench' || entry.name.startsWith('.')) continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(ts|json)$/.test(entry.name)) files.push(path);
      }
    };
    walk(root);
    for (const file of files.sort()) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
    const validationPackage = join(root, 'node_modules', '@sanity', 'validation', 'package.json');
    hash.update(JSON.parse(readFileSync(validationPackage, 'utf8')).version as string);
  } catch {
    // Sources not readable (bundled somewhere unusual): a version that never matches, i.e. no cache.
    hash.update(`unreadable ${process.pid} ${Date.now()} ${Math.random()}`);
  }
  return (schemaVersionMemo = hash.digest('hex'));
}

type Doc = Record<string, unknown> & { _id: string; _type: string };

function collectRefs(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, out);
  } else if (isRecord(value)) {
    if (typeof value._ref === 'string') out.add(value._ref);
    for (const inner of Object.values(value)) collectRefs(inner, out);
  }
}

const slugFields = (doc: Doc): [string, string][] =>
  Object.entries(doc).flatMap(([field, value]) => {
    const current = (value as { current?: unknown } | null)?.current;
    return value !== null && typeof value === 'object' && (value as { _type?: unknown })._type === 'slug' && typeof current === 'string'
      ? [[field, current] as [string, string]]
      : [];
  });

/** Computes each document's cache key: document hash + the cross-document facts its validators read. */
export function createKeyer(documents: readonly Doc[], schemaVersion: string): (doc: Doc) => string {
  const ids = new Set<string>();
  const byId = new Map<string, Doc>();
  const slugOwners = new Map<string, string[]>();
  for (const doc of documents) {
    if (typeof doc?._id !== 'string') continue;
    ids.add(doc._id);
    byId.set(doc._id, doc);
    if (typeof doc._type !== 'string') continue;
    for (const [field, current] of slugFields(doc)) {
      const bucket = `${doc._type}\0${field}\0${current}`;
      const owners = slugOwners.get(bucket);
      if (owners) owners.push(doc._id);
      else slugOwners.set(bucket, [doc._id]);
    }
  }
  return (doc) => {
    const hash = createHash('sha256').update(schemaVersion).update('\0').update(JSON.stringify(doc));
    for (const [field, current] of slugFields(doc)) {
      hash.update(`\0slug:${field}:`).update([...(slugOwners.get(`${doc._type}\0${field}\0${current}`) ?? [])].sort().join(','));
    }
    const refs = new Set<string>();
    collectRefs(doc, refs);
    for (const ref of [...refs].sort()) {
      hash.update(`\0ref:${ref}:${ids.has(getPublishedId(ref)) ? 1 : 0}${ids.has(getDraftId(ref)) ? 1 : 0}`);
    }
    if (doc._type === 'contestEntry') hash.update(`\0entry:${contestEntryFacts(doc, byId)}`);
    return hash.digest('base64url');
  };
}

/**
 * What the contest entry's cross-document rules read: the linked story's date, republication and
 * author names (`linkedStoryMatchesEntry`), and the contest's period and prize keys (also
 * `placingMatchesContest`), each published and draft.
 */
function contestEntryFacts(entry: Doc, byId: ReadonlyMap<string, Doc>): string {
  const both = (ref: unknown) => (typeof ref === 'string' ? [getPublishedId(ref), getDraftId(ref)].map((id) => byId.get(id)) : []);
  const stories = both(isRecord(entry.story) ? entry.story._ref : undefined).map((story) => {
    if (!story) return null;
    const credits = Array.isArray(story.credits) ? story.credits.filter(isRecord) : [];
    const people = credits.map((c) => (isRecord(c.person) && typeof c.person._ref === 'string' ? byId.get(c.person._ref)?.name : undefined));
    return [story.publishedAt, story.republishedFrom, credits, people];
  });
  const contests = both(isRecord(entry.contest) ? entry.contest._ref : undefined).map((contest) =>
    contest ? [contest.opensAt, contest.closesAt, contest.resultsAt, Array.isArray(contest.prizes) ? contest.prizes.map((p) => (isRecord(p) ? p._key : null)) : null] : null,
  );
  return JSON.stringify([stories, contests]);
}

/** The cache as read from disk, plus what this run found; `save()` keeps only this run's documents. */
export class ValidationCache {
  private readonly previous: CacheFile['entries'];
  private readonly next: CacheFile['entries'] = {};
  hits = 0;
  misses = 0;

  readonly file: string;
  readonly version: string;

  constructor(file: string, version: string) {
    this.file = file;
    this.version = version;
    this.previous = ValidationCache.read(file, version);
  }

  private static read(file: string, version: string): CacheFile['entries'] {
    try {
      statSync(file);
    } catch {
      return {};
    }
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      return parsed.version === version && parsed.entries && typeof parsed.entries === 'object' ? parsed.entries : {};
    } catch {
      return {}; // A damaged cache is no cache.
    }
  }

  get(id: string, key: string): CachedMarker[] | undefined {
    const entry = this.previous[id];
    if (entry?.key === key && Array.isArray(entry.markers)) {
      this.hits++;
      this.next[id] = entry;
      return entry.markers;
    }
    this.misses++;
    return undefined;
  }

  set(id: string, key: string, markers: CachedMarker[]): void {
    this.next[id] = { key, markers };
  }

  /** Written beside the target and renamed, so a crash or a parallel build never leaves half a file. */
  save(): void {
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ version: this.version, entries: this.next } satisfies CacheFile));
      renameSync(tmp, this.file);
    } catch {
      // Caching is an optimisation: failing to write it must not fail validation.
    }
  }
}
