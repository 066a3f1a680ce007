// The loopback stand-in of Sanity's Content Lake, driven by the real @sanity/client: perspectives,
// token rules, mutations, failure injection and assets. Other tests trust it to behave like Sanity.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createClient, type SanityClient } from '@sanity/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_EXPORT_DIR, startSampleStandIn, startSanityStandIn, type SanityStandIn, type StandInDocument } from '../helpers/sanity-stand-in.ts';

const TOKEN = 'sk-test-stand-in-7f3a9c';
const API_VERSION = '2025-02-19';

function clientFor(standIn: SanityStandIn, token?: string): SanityClient {
  return createClient({
    projectId: standIn.projectId,
    dataset: standIn.dataset,
    apiVersion: API_VERSION,
    apiHost: standIn.url,
    useProjectHostname: false,
    useCdn: false,
    // Failures are asserted one request at a time.
    maxRetries: 0,
    ...(token === undefined ? {} : { token }),
  });
}

const docs: StandInDocument[] = [
  { _id: 'story-1', _type: 'story', title: 'Published one', order: 1 },
  { _id: 'drafts.story-1', _type: 'story', title: 'Draft of one', order: 1 },
  { _id: 'drafts.story-2', _type: 'story', title: 'Never published', order: 2 },
  { _id: 'story-3', _type: 'story', title: 'Published three', order: 3, author: { _type: 'reference', _ref: 'author-1' } },
  { _id: 'author-1', _type: 'author', name: 'Published author' },
  { _id: 'drafts.author-1', _type: 'author', name: 'Draft author' },
  { _id: 'secrets.config', _type: 'secret', value: 'hidden' },
  { _id: 'versions.r1.story-1', _type: 'story', title: 'Release version' },
];

describe('sanity stand-in: queries', () => {
  let standIn: SanityStandIn;
  beforeAll(async () => {
    standIn = await startSanityStandIn({ token: TOKEN, documents: docs });
  });
  afterAll(() => standIn.close());
  afterEach(() => {
    standIn.failAll(null);
    standIn.failNext(0);
  });

  const titles = (result: { title: string }[]) => result.map((d) => d.title);

  it('listens on loopback', () => {
    expect(new URL(standIn.url).hostname).toBe('127.0.0.1');
  });

  it('answers the published perspective without a token: no drafts, versions or dot-path ids', async () => {
    const result = await clientFor(standIn).fetch<{ _id: string }[]>('*[] | order(_id asc){ _id }', {}, { perspective: 'published' });
    expect(result.map((d) => d._id)).toEqual(['author-1', 'story-1', 'story-3']);
  });

  it('shows published dot-path ids (but still no drafts) to an authenticated published query', async () => {
    const result = await clientFor(standIn, TOKEN).fetch<{ _id: string }[]>('*[] | order(_id asc){ _id }', {}, { perspective: 'published' });
    expect(result.map((d) => d._id)).toEqual(['author-1', 'secrets.config', 'story-1', 'story-3']);
  });

  it('overlays drafts under the published id with _originalId, and dereferences to drafts', async () => {
    const result = await clientFor(standIn, TOKEN).fetch<{ _id: string; _originalId: string; title: string; author: string | null }[]>(
      '*[_type == "story"] | order(order asc){ _id, _originalId, title, "author": author->name }',
      {},
      { perspective: 'drafts' },
    );
    expect(result).toEqual([
      { _id: 'story-1', _originalId: 'drafts.story-1', title: 'Draft of one', author: null },
      { _id: 'story-2', _originalId: 'drafts.story-2', title: 'Never published', author: null },
      { _id: 'story-3', _originalId: 'story-3', title: 'Published three', author: 'Draft author' },
    ]);
  });

  it('accepts previewDrafts as an alias of drafts and logs it as drafts', async () => {
    standIn.requests.length = 0;
    const result = await clientFor(standIn, TOKEN).fetch<{ title: string }[]>('*[_type == "story"] | order(order asc){ title }', {}, { perspective: 'previewDrafts' });
    expect(titles(result)).toEqual(['Draft of one', 'Never published', 'Published three']);
    expect(standIn.requests).toEqual([expect.objectContaining({ kind: 'query', perspective: 'drafts', hadToken: true, status: 200 })]);
  });

  it('returns every stored document side by side with the raw perspective', async () => {
    const result = await clientFor(standIn, TOKEN).fetch<{ _id: string }[]>('*[]{ _id }', {}, { perspective: 'raw' });
    expect(result.map((d) => d._id).sort()).toEqual(docs.map((d) => d._id).sort());
  });

  it('refuses drafts and raw perspectives without a token (401)', async () => {
    for (const perspective of ['drafts', 'raw'] as const) {
      await expect(clientFor(standIn).fetch('*[]', {}, { perspective })).rejects.toMatchObject({ statusCode: 401 });
    }
  });

  it('refuses a wrong token even for published queries, and never logs the token', async () => {
    standIn.requests.length = 0;
    await expect(clientFor(standIn, 'sk-wrong').fetch('*[]', {}, { perspective: 'published' })).rejects.toMatchObject({ statusCode: 401 });
    await clientFor(standIn, TOKEN).fetch('count(*)');
    expect(standIn.requests.map((r) => [r.status, r.hadToken])).toEqual([[401, true], [200, true]]);
    expect(JSON.stringify(standIn.requests)).not.toContain(TOKEN);
  });

  it('binds $params sent as JSON in the URL (GET) and in the body (POST)', async () => {
    const client = clientFor(standIn, TOKEN);
    const one = await client.fetch<string>('*[_id == $id][0].title', { id: 'story-3' });
    expect(one).toBe('Published three');
    // @sanity/client switches to POST for queries longer than ~11 KB.
    const long = `*[_id in $ids && "${'x'.repeat(12_000)}" != ""]{ title } | order(title asc)`;
    standIn.requests.length = 0;
    const many = await client.fetch<{ title: string }[]>(long, { ids: ['story-1', 'story-3'] });
    expect(titles(many)).toEqual(['Published one', 'Published three']);
    expect(standIn.requests[0]?.method).toBe('POST');
  });

  it('answers { ms, query, result } like Sanity', async () => {
    const response = await fetch(`${standIn.url}/v${API_VERSION}/data/query/${standIn.dataset}?query=${encodeURIComponent('count(*[_type == $t])')}&%24t=${encodeURIComponent('"story"')}`);
    const body = (await response.json()) as Record<string, unknown>;
    expect(response.status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['ms', 'query', 'result']);
    expect(body.query).toBe('count(*[_type == $t])');
    expect(body.result).toBe(2);
  });

  it('rejects a malformed query with 400 and Sanity\'s error shape', async () => {
    const response = await fetch(`${standIn.url}/v${API_VERSION}/data/query/${standIn.dataset}?query=${encodeURIComponent('*[_type == ]')}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { description: string; type: string } };
    expect(body.error.type).toBe('queryParseError');
    expect(body.error.description.length).toBeGreaterThan(0);
    await expect(clientFor(standIn).fetch('*[_type == ]')).rejects.toMatchObject({ statusCode: 400 });
  });

  it('rejects a query whose parameter is missing, as Sanity does', async () => {
    await expect(clientFor(standIn).fetch('*[_id == $id]')).rejects.toMatchObject({
      statusCode: 400,
      message: expect.stringContaining('param $id referenced, but not provided'),
    });
  });

  it('fails the next requests on demand, then recovers', async () => {
    const client = clientFor(standIn);
    standIn.failNext(2, 503);
    await expect(client.fetch('count(*)')).rejects.toMatchObject({ statusCode: 503 });
    await expect(client.fetch('count(*)')).rejects.toMatchObject({ statusCode: 503 });
    expect(await client.fetch('count(*)')).toBe(3);
  });

  it('fails every request while failAll is set, even after @sanity/client retries', async () => {
    // @sanity/client retries queries answered 429, 502 or 503.
    standIn.failAll(503);
    standIn.requests.length = 0;
    const retrying = createClient({ projectId: standIn.projectId, dataset: standIn.dataset, apiVersion: API_VERSION, apiHost: standIn.url, useProjectHostname: false, useCdn: false, maxRetries: 2, retryDelay: () => 1 });
    await expect(retrying.fetch('count(*)')).rejects.toMatchObject({ statusCode: 503 });
    expect(standIn.requests.map((r) => r.status)).toEqual([503, 503, 503]);
    standIn.failAll(null);
    expect(await retrying.fetch('count(*)')).toBe(3);
  });

  it('answers 404 for another dataset', async () => {
    const other = createClient({ projectId: standIn.projectId, dataset: 'staging', apiVersion: API_VERSION, apiHost: standIn.url, useProjectHostname: false, useCdn: false, maxRetries: 0 });
    await expect(other.fetch('count(*)')).rejects.toMatchObject({ statusCode: 404 });
  });
});

describe('sanity stand-in: mutations', () => {
  let standIn: SanityStandIn;
  beforeAll(async () => {
    standIn = await startSanityStandIn({ token: TOKEN, documents: docs });
  });
  afterAll(() => standIn.close());

  it('refuses mutations without a token and changes nothing', async () => {
    const before = standIn.documents();
    await expect(clientFor(standIn).create({ _id: 'x', _type: 'story' })).rejects.toMatchObject({ statusCode: 401 });
    expect(standIn.documents()).toEqual(before);
  });

  it('creates documents with system fields and refuses a duplicate id', async () => {
    const client = clientFor(standIn, TOKEN);
    const created = await client.create({ _id: 'story-9', _type: 'story', title: 'New' });
    expect(created).toMatchObject({ _id: 'story-9', title: 'New', _rev: expect.any(String), _createdAt: expect.any(String), _updatedAt: expect.any(String) });
    await expect(client.create({ _id: 'story-9', _type: 'story' })).rejects.toMatchObject({ statusCode: 409 });
    expect(await client.fetch('*[_id == "story-9"][0].title')).toBe('New');
  });

  it('generates ids for create without _id and for a trailing-dot prefix', async () => {
    const client = clientFor(standIn, TOKEN);
    const plain = await client.create({ _type: 'note' });
    const prefixed = await client.create({ _id: 'drafts.', _type: 'note' });
    expect(plain._id).toMatch(/^[\w-]{10,}$/);
    expect(prefixed._id).toMatch(/^drafts\.[\w-]{10,}$/);
  });

  it('createOrReplace replaces, keeps _createdAt, and gives a new _rev', async () => {
    const client = clientFor(standIn, TOKEN);
    const before = standIn.documents().find((d) => d._id === 'story-3')!;
    const replaced = await client.createOrReplace({ _id: 'story-3', _type: 'story', title: 'Replaced' });
    expect(replaced.title).toBe('Replaced');
    expect(Object.keys(replaced)).not.toContain('author');
    expect(replaced._createdAt).toBe(before._createdAt);
    expect(replaced._rev).not.toBe(before._rev);
  });

  it('createIfNotExists leaves an existing document alone', async () => {
    const client = clientFor(standIn, TOKEN);
    await client.createIfNotExists({ _id: 'story-1', _type: 'story', title: 'Should not win' });
    await client.createIfNotExists({ _id: 'story-10', _type: 'story', title: 'Ten' });
    const titlesById = Object.fromEntries(standIn.documents().map((d) => [d._id, d.title]));
    expect(titlesById['story-1']).toBe('Published one');
    expect(titlesById['story-10']).toBe('Ten');
  });

  it('patches with set, setIfMissing, unset and inc, and honours ifRevisionID', async () => {
    const client = clientFor(standIn, TOKEN);
    const before = standIn.documents().find((d) => d._id === 'story-1')!;
    const patched = await client
      .patch('story-1')
      .set({ title: 'Patched', 'seo.description': 'Mô tả' })
      .setIfMissing({ order: 99, tags: [] })
      .inc({ order: 4 })
      .unset(['nothingHere'])
      .ifRevisionId(before._rev!)
      .commit();
    expect(patched).toMatchObject({ _id: 'story-1', title: 'Patched', seo: { description: 'Mô tả' }, order: 5, tags: [] });
    expect(patched._rev).not.toBe(before._rev);
    // The old revision is now stale: the patch is refused and the document unchanged.
    await expect(client.patch('story-1').set({ title: 'Stale' }).ifRevisionId(before._rev!).commit()).rejects.toMatchObject({ statusCode: 409 });
    await client.patch('story-1').unset(['seo']).commit();
    const after = standIn.documents().find((d) => d._id === 'story-1')!;
    expect(after.title).toBe('Patched');
    expect(after.seo).toBeUndefined();
  });

  it('deletes by id and by query, and reports the ids', async () => {
    const client = clientFor(standIn, TOKEN);
    const byId = await client.delete('story-10');
    expect(byId.results).toEqual([{ id: 'story-10', operation: 'delete' }]);
    const byQuery = await client.delete({ query: '*[_type == "note"]' });
    expect(byQuery.results).toHaveLength(2);
    expect(standIn.documents().filter((d) => d._type === 'note' || d._id === 'story-10')).toEqual([]);
  });

  it('is transactional: one failing mutation leaves everything unchanged', async () => {
    const before = standIn.documents();
    const response = await fetch(`${standIn.url}/v${API_VERSION}/data/mutate/${standIn.dataset}?returnIds=true`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ mutations: [{ createOrReplace: { _id: 'story-20', _type: 'story' } }, { create: { _id: 'story-1', _type: 'story' } }] }),
    });
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: { description: string } }).error.description).toContain('story-1');
    expect(standIn.documents()).toEqual(before);
  });

  it('returns transactionId, results and ids over HTTP', async () => {
    const response = await fetch(`${standIn.url}/v${API_VERSION}/data/mutate/${standIn.dataset}?returnIds=true&returnDocuments=true`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ mutations: [{ createOrReplace: { _id: 'story-21', _type: 'story', title: 'Twenty-one' } }] }),
    });
    const body = (await response.json()) as { transactionId: string; results: { id: string; operation: string; document: StandInDocument }[]; documentIds: string[] };
    expect(response.status).toBe(200);
    expect(body.transactionId).toEqual(expect.any(String));
    expect(body.documentIds).toEqual(['story-21']);
    expect(body.results[0]).toMatchObject({ id: 'story-21', operation: 'create', document: { title: 'Twenty-one' } });
  });

  it('mutate() from the test side is the same operation, visible to the next query', async () => {
    standIn.mutate([{ patch: { id: 'story-21', set: { title: 'Changed by the test' } } }]);
    expect(await clientFor(standIn).fetch('*[_id == "story-21"][0].title')).toBe('Changed by the test');
  });
});

describe('sanity stand-in: seeded with the sample export, assets', () => {
  let standIn: SanityStandIn;
  const exportLines = readFileSync(join(SAMPLE_EXPORT_DIR, 'data.ndjson'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const imageFiles = readdirSync(join(SAMPLE_EXPORT_DIR, 'images'));
  beforeAll(async () => {
    standIn = await startSampleStandIn({ token: TOKEN });
  });
  afterAll(() => standIn.close());

  it('holds every exported document, with _sanityAsset strings turned into asset references', () => {
    const stored = standIn.documents();
    const exportedIds = exportLines.map((line) => (JSON.parse(line) as { _id: string })._id);
    expect(stored.filter((d) => !d._type.startsWith('sanity.')).map((d) => d._id).sort()).toEqual([...exportedIds].sort());
    expect(JSON.stringify(stored)).not.toContain('_sanityAsset');
  });

  it('has one asset document per referenced file, named as Sanity names them', async () => {
    const assets = await clientFor(standIn, TOKEN).fetch<{ _id: string; url: string; metadata?: { dimensions: { width: number; height: number } } }[]>(
      '*[_type == "sanity.imageAsset"]{ _id, url, metadata }',
    );
    const referenced = new Set([...exportLines.join('\n').matchAll(/image@file:\/\/\.\/images\/([^"]+)/g)].map((m) => m[1]!));
    expect(assets.length).toBe(referenced.size);
    for (const asset of assets) {
      const [, sha1, w, h, ext] = /^image-([a-f0-9]{40})-(\d+)x(\d+)-(\w+)$/.exec(asset._id)!;
      expect(referenced.has(`${sha1}-${w}x${h}.${ext}`)).toBe(true);
      expect(asset.metadata?.dimensions).toEqual(expect.objectContaining({ width: Number(w), height: Number(h) }));
      expect(asset.url).toBe(`${standIn.url}/images/${standIn.projectId}/${standIn.dataset}/${sha1}-${w}x${h}.${ext}`);
    }
  });

  it('serves an image\'s original bytes with its content type, ignoring transformation parameters', async () => {
    const name = imageFiles.find((f) => f.endsWith('.jpg'))!;
    const response = await fetch(`${standIn.url}/images/${standIn.projectId}/${standIn.dataset}/${name}?w=640&fm=webp&q=75`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    const served = Buffer.from(await response.arrayBuffer());
    const onDisk = readFileSync(join(SAMPLE_EXPORT_DIR, 'images', name));
    expect(createHash('sha1').update(served).digest('hex')).toBe(createHash('sha1').update(onDisk).digest('hex'));
  });

  it('serves file assets and 404s for unknown names or another project', async () => {
    const [file] = readdirSync(join(SAMPLE_EXPORT_DIR, 'files'));
    const ok = await fetch(`${standIn.url}/files/${standIn.projectId}/${standIn.dataset}/${file}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('audio/wav');
    expect((await fetch(`${standIn.url}/files/${standIn.projectId}/${standIn.dataset}/${'0'.repeat(40)}.wav`)).status).toBe(404);
    expect((await fetch(`${standIn.url}/files/other/${standIn.dataset}/${file}`)).status).toBe(404);
  });

  it('serves bytes added by a test at the asset URL of their id', async () => {
    const bytes = Buffer.from('not really a png');
    standIn.setAsset(`image-${'a'.repeat(40)}-1x1-png`, { bytes });
    const response = await fetch(standIn.assetUrl(`image-${'a'.repeat(40)}-1x1-png`));
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
  });
});
