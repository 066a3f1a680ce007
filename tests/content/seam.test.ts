// THE SEAM: the local source (groq-js over the export) and the Sanity source (@sanity/client over
// HTTP) must answer every site query identically, and neither may ever show a draft. Sanity itself is
// replaced by a loopback stand-in that holds the RAW dataset (drafts included) and applies the
// `published` perspective only when asked, so equality proves our client asks for it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SANITY_API_VERSION, type SanityContentConfig } from '../../site/src/lib/content/config.ts';
import { loadDataset, type DatasetDocument } from '../../site/src/lib/content/dataset.ts';
import { createLocalSource } from '../../site/src/lib/content/local-source.ts';
import { createSanitySource } from '../../site/src/lib/content/sanity-source.ts';
import type { ContentSource } from '../../site/src/lib/content/source.ts';
import { startSanityStandIn, type StandIn } from './helpers/sanity-stand-in.ts';
import { paramSets, siteQueries } from './helpers/queries.ts';
import { draftOnlyTexts, sampleDatasetPath } from './helpers/sample.ts';
import { removeScratch } from './helpers/scratch.ts';

afterAll(removeScratch);

/** Queries of the seam's own, run in addition to the site's: params, drafts by id, derefs, a POST. */
const SEAM_QUERIES: Record<string, string> = {
  everything: '*',
  storyBySlug: '*[_type == "story" && slug.current == $slug][0]{_id, title, "column": column->title}',
  documentById: '*[_id == $id][0]',
  referencesTo: '*[references($id)]{_id, _type}',
  imageAssets: '*[_type == "story"]{_id, "w": cover.asset->metadata.dimensions.width}',
};

/** Parameter sets for a query, derived from the RAW dataset so draft-only values are tried too. */
function expectNoDrafts(result: unknown, draftTexts: readonly string[]): void {
  const json = JSON.stringify(result);
  expect(json).not.toMatch(/"(drafts|versions)\./);
  for (const text of draftTexts) expect(json).not.toContain(JSON.stringify(text));
}

describe('seam: local source ≡ Sanity source (published perspective)', () => {
  let standIn: StandIn;
  let local: ContentSource;
  let sanity: ContentSource;
  let raw: DatasetDocument[];
  const config: SanityContentConfig = {
    kind: 'sanity',
    projectId: 'gsloopback',
    dataset: 'production',
    apiVersion: DEFAULT_SANITY_API_VERSION,
    token: undefined,
    strict: false,
    strictRepairs: false,
  };

  beforeAll(async () => {
    raw = (await loadDataset(sampleDatasetPath())).documents;
    standIn = await startSanityStandIn({ documents: raw, dataset: config.dataset, apiVersion: config.apiVersion });
    local = createLocalSource(await loadDataset(sampleDatasetPath()));
    sanity = createSanitySource(config, { apiHost: standIn.origin });
  });
  afterAll(async () => {
    await standIn?.close();
  });

  it('the stand-in really holds drafts (so the equality below is not vacuous)', async () => {
    const response = await fetch(`${standIn.origin}/v${config.apiVersion}/data/query/${config.dataset}?query=${encodeURIComponent('*[_id in path("drafts.**")]._id')}`);
    const body = (await response.json()) as { result: string[] };
    expect(body.result.length).toBeGreaterThan(0);
  });

  it('answers every query exported from queries.ts (and the seam\'s own) identically, with no drafts', async () => {
    const site = await siteQueries();
    const firstRequest = standIn.requests.length;
    const all = { ...site, ...SEAM_QUERIES };
    const draftTexts = draftOnlyTexts();
    let nonEmpty = 0;
    let runs = 0;
    for (const [name, query] of Object.entries(all)) {
      for (const params of paramSets(query, raw)) {
        const [fromLocal, fromSanity] = await Promise.all([local.fetch(query, params), sanity.fetch(query, params)]);
        expect(fromSanity, `${name} ${JSON.stringify(params)}`).toEqual(fromLocal);
        expectNoDrafts(fromLocal, draftTexts);
        expectNoDrafts(fromSanity, draftTexts);
        runs += 1;
        if (Array.isArray(fromLocal) ? fromLocal.length > 0 : fromLocal !== null) nonEmpty += 1;
      }
    }
    // Every site query ran, and most answers carry data.
    expect(Object.keys(site).length).toBeGreaterThan(0);
    expect(nonEmpty).toBeGreaterThan(runs / 2);
    // Every request the client made asked for the published perspective.
    const made = standIn.requests.slice(firstRequest);
    expect(made).toHaveLength(runs);
    for (const request of made) expect(request.perspective).toBe('published');
  });

  it('uses POST for a query too long for a URL, still published, still equal', async () => {
    const filler = Array.from({ length: 600 }, (_, i) => `"story.khong-ton-tai-${i}"`).join(', ');
    const query = `*[_type == "story" && !(_id in [${filler}])]{_id, title} | order(_id asc)`;
    expect(query.length).toBeGreaterThan(11_264);
    const before = standIn.requests.length;
    const [fromLocal, fromSanity] = await Promise.all([local.fetch(query), sanity.fetch(query)]);
    expect(fromSanity).toEqual(fromLocal);
    expect((fromLocal as unknown[]).length).toBeGreaterThan(0);
    expectNoDrafts(fromSanity, draftOnlyTexts());
    const post = standIn.requests.slice(before).find((r) => r.method === 'POST');
    expect(post?.perspective).toBe('published');
  });

  it('sends the read token only when configured, and then bypasses the CDN', async () => {
    const before = standIn.requests.length;
    await sanity.fetch('count(*)');
    expect(standIn.requests[before]?.authorization).toBeUndefined();
    const withToken = createSanitySource({ ...config, token: 'sk-test-token' }, { apiHost: standIn.origin });
    await withToken.fetch('count(*)');
    expect(standIn.requests.at(-1)?.authorization).toBe('Bearer sk-test-token');
  });

  it('both sources reject a query whose parameter is missing (no silent null locally)', async () => {
    const query = '*[_type == "story" && slug.current == $slug][0]';
    await expect(local.fetch(query)).rejects.toThrow(/param \$slug referenced, but not provided/);
    await expect(sanity.fetch(query)).rejects.toThrow(/param \$slug referenced, but not provided/);
  });

  it('turns an API failure into one Vietnamese sentence naming project and dataset', async () => {
    const wrong = createSanitySource({ ...config, dataset: 'khong-co' }, { apiHost: standIn.origin });
    await expect(wrong.fetch('*')).rejects.toThrow(/Không lấy được nội dung từ Sanity \(dự án gsloopback, dataset khong-co\)/);
  });
});
