import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../site/src/lib/content/dataset.ts';
import { createLocalSource } from '../../site/src/lib/content/local-source.ts';
import { draftOnlyTexts, readDocs, sampleDatasetPath } from './helpers/sample.ts';
import { removeScratch } from './helpers/scratch.ts';

afterAll(removeScratch);

describe('local source', () => {
  it('never returns drafts: no drafts. id and no draft-only title', async () => {
    const source = createLocalSource(await loadDataset(sampleDatasetPath()));
    const stories = ((await source.fetch('*[_type == "story"]')) as Array<{ _id: string; title: string }>);
    const draftTexts = draftOnlyTexts();
    expect(readDocs(sampleDatasetPath()).some((d) => d._id.startsWith('drafts.story.'))).toBe(true);
    expect(draftTexts.length).toBeGreaterThan(0);
    expect(stories.length).toBeGreaterThan(0);
    for (const story of stories) expect(story._id.startsWith('drafts.')).toBe(false);
    const everything = JSON.stringify(await source.fetch('*'));
    expect(everything).not.toMatch(/"_id":"(drafts|versions)\./);
    for (const text of draftTexts) expect(everything).not.toContain(JSON.stringify(text));
  });

  it('dereferences a draft-only id to null, as the published perspective does', async () => {
    const dataset = await loadDataset(sampleDatasetPath());
    const draftOnly = dataset.documents.find(
      (d) => d._id.startsWith('drafts.') && !dataset.documents.some((p) => p._id === d._id.slice('drafts.'.length)),
    );
    expect(draftOnly).toBeDefined();
    const source = createLocalSource(dataset);
    const publishedId = draftOnly!._id.slice('drafts.'.length);
    expect(await source.fetch('*[_id == $id][0]', { id: publishedId })).toBeNull();
    expect(await source.fetch('*[_id == $id][0]', { id: draftOnly!._id })).toBeNull();
  });

  it('answers with copies: mutating a result does not change the next answer', async () => {
    const source = createLocalSource(await loadDataset(sampleDatasetPath()));
    const first = ((await source.fetch('*[_type == "story"] | order(_id asc)')) as Array<{ _id: string; title?: string }>);
    const before = first[0]!.title;
    first[0]!.title = 'đã bị sửa';
    const second = ((await source.fetch('*[_type == "story"] | order(_id asc)')) as Array<{ title?: string }>);
    expect(second[0]!.title).toBe(before);
  });
});
