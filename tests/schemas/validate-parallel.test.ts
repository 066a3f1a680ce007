// Validation in worker threads (schemas/validation/validate-parallel.ts) gives exactly what one
// thread gives: the same problems in the same order, and the same cache entries, for the bundled
// sample dataset with errors of every kind added (a missing required field, a clashing slug, which
// other documents' validators see, a dangling reference).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SanityDocument } from '@sanity/types';
import { validateDataset } from '../../schemas/validation/validate-dataset.ts';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'validate-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sampleWithErrors(): SanityDocument[] {
  const docs = readFileSync(join(ROOT, 'site/dataset/data.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SanityDocument);
  const stories = docs.filter((d) => d._type === 'story' && !d._id.startsWith('drafts.'));
  expect(stories.length).toBeGreaterThan(3);
  delete (stories[0] as Record<string, unknown>)['title'];
  (stories[1] as Record<string, unknown>)['slug'] = structuredClone((stories[2] as Record<string, unknown>)['slug']);
  (stories[3] as Record<string, unknown>)['column'] = { _type: 'reference', _ref: 'column.khong-ton-tai' };
  return docs;
}

describe('validation in worker threads', () => {
  it('finds the same problems, in the same order, and caches the same entries as one thread', async () => {
    const docs = sampleWithErrors();
    const oneFile = join(dir, 'one.json');
    const twoFile = join(dir, 'two.json');
    let oneStats = { hits: -1, misses: -1 };
    let twoStats = { hits: -1, misses: -1 };
    const one = await validateDataset(structuredClone(docs), { workers: 1, cacheFile: oneFile, onCacheStats: (s) => (oneStats = s) });
    const two = await validateDataset(structuredClone(docs), { workers: 2, workerThreshold: 1, cacheFile: twoFile, onCacheStats: (s) => (twoStats = s) });
    expect(two).toEqual(one);
    expect(twoStats).toEqual(oneStats);
    expect(oneStats.misses).toBeGreaterThan(10);
    // The added errors are among them, from Sanity's rules (title, slug) and from our own pass (reference).
    const errors = one.filter((p) => p.level === 'error');
    expect(errors.some((p) => p.path === 'title')).toBe(true);
    expect(errors.filter((p) => p.path === 'slug').length).toBe(2);
    expect(errors.some((p) => p.path === 'column')).toBe(true);
    const entries = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, unknown> };
    expect(entries(twoFile)).toEqual(entries(oneFile));
    // And the cache written by the workers answers the next run with the same problems.
    let again = { hits: -1, misses: -1 };
    expect(await validateDataset(structuredClone(docs), { cacheFile: twoFile, onCacheStats: (s) => (again = s) })).toEqual(one);
    expect(again).toEqual({ hits: oneStats.misses, misses: 0 });
  });
});
