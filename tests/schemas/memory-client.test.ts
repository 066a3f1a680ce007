import { evaluate, parse } from 'groq-js';
import { describe, expect, it } from 'vitest';
import { createMemoryClient } from '../../schemas/validation/memoryClient.ts';

const docs = [
  { _id: 'story.a', _type: 'story', slug: { current: 'x' }, n: 1 },
  { _id: 'drafts.story.a', _type: 'story', slug: { current: 'x' }, n: 2 },
  { _id: 'story.b', _type: 'story', slug: { current: 'x' }, n: 3 },
  { _id: 'exemplar.c', _type: 'exemplar', slug: { current: 'x' }, n: 4 },
  { _id: 'story.d', _type: 'story', slug: { current: 'y' }, column: { _ref: 'column.k' }, n: 5 },
  { _id: 'column.k', _type: 'column', title: 'K', n: 6 },
];

/** The index-narrowed client must answer exactly like a full groq-js scan. */
const queries: [string, Record<string, unknown>][] = [
  ['count(*[_type == $type && slug.current == $slug && !sanity::versionOf($published)])', { type: 'story', slug: 'x', published: 'story.a' }],
  ['*[_id in $ids]._id', { ids: ['story.a', 'drafts.story.a', 'story.zzz'] }],
  ['*[$slug == slug.current]{_id, n}', { slug: 'x' }],
  ['*[_type == "story" && n > 1] | order(n desc)._id', {}],
  ['*[_type == "story" || _type == "column"]._id', {}],
  ['*[_type == "story" && defined(column)]{_id, "column": column->title}', {}],
  ['*[_type == $type][0]._id', { type: 'exemplar' }],
];

describe('createMemoryClient', () => {
  it.each(queries)('%s', async (query, params) => {
    const expected = await (await evaluate(parse(query) as never, { dataset: docs, params })).get();
    expect(await createMemoryClient(docs).fetch(query, params)).toEqual(expected);
  });

  it('hides drafts under the published perspective', async () => {
    const client = createMemoryClient(docs).withConfig({ perspective: 'published' });
    expect(await client.fetch('*[_type == "story"]._id')).toEqual(['story.a', 'story.b', 'story.d']);
  });
});
