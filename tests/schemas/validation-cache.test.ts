// The persistent validation cache (schemas/validation/cache.ts): an unchanged dataset is answered
// from the cache with the same problems; a changed document, a document whose slug now clashes, and
// a document whose reference now dangles are checked again.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SanityDocument } from '@sanity/types';
import { validateDataset } from '../../schemas/validation/validate-dataset.ts';
import { validDocuments, withEdit } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'validation-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(docs: SanityDocument[], file: string, schemaVersion?: string) {
  let stats = { hits: -1, misses: -1 };
  const problems = await validateDataset(docs, { cacheFile: file, schemaVersion, onCacheStats: (s) => (stats = s) });
  return { problems, stats };
}

// Validated documents in the fixture set: everything but the asset document.
const VALIDATED = validDocuments().filter((d) => !d._type.startsWith('sanity.')).length;

describe('validation cache', () => {
  it('answers an unchanged dataset from the cache with the same problems', async () => {
    const file = join(dir, 'same.json');
    const docs = withEdit('story.duong-den-truong', (d) => delete d['title']); // one real error
    const first = await run(docs, file);
    expect(first.stats).toEqual({ hits: 0, misses: VALIDATED });
    expect(first.problems.some((p) => p.documentId === 'story.duong-den-truong' && p.path === 'title')).toBe(true);
    const second = await run(structuredClone(docs), file);
    expect(second.stats).toEqual({ hits: VALIDATED, misses: 0 });
    expect(second.problems).toEqual(first.problems);
    expect(second.problems).toEqual(await validateDataset(docs));
  });

  it('re-validates a changed document and only that one', async () => {
    const file = join(dir, 'changed.json');
    await run(validDocuments(), file);
    const changed = withEdit('story.duong-den-truong', (d) => delete d['title']);
    const { problems, stats } = await run(changed, file);
    expect(stats).toEqual({ hits: VALIDATED - 1, misses: 1 });
    expect(problems.some((p) => p.documentId === 'story.duong-den-truong' && p.path === 'title' && p.level === 'error')).toBe(true);
  });

  it('re-validates a document whose slug another document now uses', async () => {
    const file = join(dir, 'slug.json');
    await run(validDocuments(), file);
    const docs = validDocuments();
    docs.push({ ...structuredClone(docs.find((d) => d._id === 'story.duong-den-truong')!), _id: 'story.ban-sao' } as SanityDocument);
    const { problems, stats } = await run(docs, file);
    // The new document and the old one (its slug now clashes) are validated; both report the clash.
    expect(stats.misses).toBe(2);
    const clashes = problems.filter((p) => p.path === 'slug' && p.level === 'error').map((p) => p.documentId);
    expect(clashes.sort()).toEqual(['story.ban-sao', 'story.duong-den-truong']);
  });

  it('re-validates a contest entry when the story it links changes author (the entry–story check reads it)', async () => {
    const file = join(dir, 'contest-story.json');
    const linked = (author: string) => {
      const docs = withEdit('contestEntry.viet-ve-thay-co-2025-e1', (d) => {
        (d['entrant'] as Record<string, unknown>)['name'] = 'Trần Minh Khoa';
        d['story'] = { _type: 'reference', _ref: 'story.duong-den-truong' };
      });
      const person = docs.find((d) => d._id === 'person.tran-minh-khoa')! as Record<string, unknown>;
      person['name'] = author;
      return docs;
    };
    const contestProblems = (problems: { documentId: string; path: string }[]) => problems.filter((p) => p.documentId === 'contestEntry.viet-ve-thay-co-2025-e1');
    const first = await run(linked('Trần Minh Khoa'), file);
    expect(contestProblems(first.problems)).toEqual([]);
    // Only the person changed: the person and the entry are validated again, and the mismatch is found.
    const second = await run(linked('Lê Bảo Anh'), file);
    expect(second.stats.misses).toBe(2);
    expect(contestProblems(second.problems)).toEqual([expect.objectContaining({ path: 'story', level: 'error' })]);
  });

  it('still reports a reference that now dangles (reference checks are never cached)', async () => {
    const file = join(dir, 'ref.json');
    await run(validDocuments(), file);
    const docs = validDocuments().filter((d) => d._id !== 'person.tran-minh-khoa');
    const { problems } = await run(docs, file);
    expect(problems.some((p) => p.documentId === 'story.duong-den-truong' && p.path.startsWith('credits') && p.level === 'error')).toBe(true);
  });

  it('ignores a cache written for another schema version, and a damaged cache file', async () => {
    const file = join(dir, 'version.json');
    await run(validDocuments(), file, 'v1');
    expect((await run(validDocuments(), file, 'v1')).stats.hits).toBe(VALIDATED);
    expect((await run(validDocuments(), file, 'v2')).stats).toEqual({ hits: 0, misses: VALIDATED });
    writeFileSync(file, '{ not json');
    expect((await run(validDocuments(), file, 'v2')).stats).toEqual({ hits: 0, misses: VALIDATED });
  });
});
