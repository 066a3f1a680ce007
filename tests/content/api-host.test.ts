// SANITY_API_HOST: from the environment to every Sanity address the build uses — the query API
// (@sanity/client), asset locations (booklets fetch them) and image URLs in pages (@sanity/image-url).
// Talks to the loopback stand-in; without the variable nothing changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentConfig, type SanityContentConfig } from '../../site/src/lib/content/config.ts';
import { createContentBackend } from '../../site/src/lib/content/backend.ts';
import { sanityImage } from '../../site/src/lib/images/sanity-url.ts';
import { startSampleStandIn, type SanityStandIn } from '../helpers/sanity-stand-in.ts';

const TOKEN = 'skApiHostTestToken0123456789abcdef';

describe('SANITY_API_HOST', () => {
  let standIn: SanityStandIn;
  let config: SanityContentConfig;
  beforeAll(async () => {
    standIn = await startSampleStandIn({ token: TOKEN });
    const read = readContentConfig({
      SANITY_PROJECT_ID: standIn.projectId,
      SANITY_DATASET: standIn.dataset,
      SANITY_READ_TOKEN: TOKEN,
      SANITY_API_HOST: `${standIn.url}/`,
    });
    if (read.kind !== 'sanity') throw new Error('expected a Sanity config');
    config = read;
  });
  afterAll(() => standIn.close());

  it('sends queries to that origin, with the token, asking for published content', async () => {
    standIn.requests.length = 0;
    const backend = await createContentBackend(config);
    const ids = await backend.source.fetch('*[_type == "story"]._id');
    expect(Array.isArray(ids) && ids.length).toBeGreaterThan(0);
    expect((ids as string[]).some((id) => id.startsWith('drafts.'))).toBe(false);
    expect(standIn.requests).toEqual([expect.objectContaining({ kind: 'query', perspective: 'published', hadToken: true, status: 200 })]);
  });

  it('locates asset bytes at that origin, where they can be fetched', async () => {
    const backend = await createContentBackend(config);
    const [asset] = standIn.documents().filter((doc) => doc._type === 'sanity.imageAsset');
    const location = backend.locateAsset(asset!._id);
    expect(location).toEqual({ kind: 'url', url: standIn.assetUrl(asset!._id) });
    const response = await fetch(standIn.assetUrl(asset!._id));
    expect(response.status).toBe(200);
  });

  it('keeps cdn.sanity.io when the variable is unset', async () => {
    const plain = readContentConfig({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production' });
    const backend = await createContentBackend(plain);
    expect(backend.locateAsset(`image-${'b'.repeat(40)}-10x20-jpg`)).toEqual({
      kind: 'url',
      url: `https://cdn.sanity.io/images/abc123/production/${'b'.repeat(40)}-10x20.jpg`,
    });
  });

  it('builds page image URLs on that origin (and on cdn.sanity.io without it)', () => {
    const image = { _type: 'image', asset: { _ref: `image-${'c'.repeat(40)}-1600x1067-jpg` } };
    const onStandIn = sanityImage(image as never, 'card', { projectId: 'standin', dataset: 'production', baseUrl: standIn.url });
    const onSanity = sanityImage(image as never, 'card', { projectId: 'standin', dataset: 'production' });
    expect(onStandIn?.src.startsWith(`${standIn.url}/images/standin/production/${'c'.repeat(40)}-1600x1067.jpg?`)).toBe(true);
    for (const entry of onStandIn!.srcset.split(', ')) expect(entry.startsWith(`${standIn.url}/images/`)).toBe(true);
    expect(onSanity?.src.startsWith('https://cdn.sanity.io/images/standin/production/')).toBe(true);
  });
});
