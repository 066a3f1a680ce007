// Every page with a getStaticPaths() route carries a cache key made from exactly what it renders.
// Each case edits one field of one document in a copy of the sample dataset, recomputes every
// page's key, and compares the pages whose key changed with the pages that show that field's text
// in the sample build — found by reading the built HTML and feeds, not by our route code.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareContent } from '../../site/src/lib/content/index.ts';
import { computeRouteData } from '../../site/src/lib/routes/data.ts';
import { keyedPages, type KeyedPage } from '../../site/src/lib/routes/pages/index.ts';
import { siteBooklets } from '../../site/src/lib/booklet/site-data.ts';
import { readNdjson, sampleDatasetDir, type Doc } from './helpers/build.ts';
import { sampleBuild, type SampleBuild } from '../helpers/sample-build.ts';

async function keysOf(datasetDir: string): Promise<Map<string, string>> {
  const prepared = await prepareContent({ env: { CONTENT_DATASET: datasetDir }, failOnStrict: false });
  const data = await computeRouteData(prepared.source, prepared.config);
  const pages: KeyedPage[] = await keyedPages(data, await siteBooklets(prepared.source));
  return new Map(pages.map((p) => [p.url, p.cacheKey]));
}

/** The dataset with one document's field replaced, in a fresh folder (images are copied once). */
function editedDataset(base: string, id: string, edit: (doc: Doc) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'guong-sang-keys-'));
  cpSync(base, dir, { recursive: true });
  const docs = readNdjson(dir);
  const doc = docs.find((d) => d._id === id);
  if (!doc) throw new Error(`no document ${id}`);
  edit(doc);
  writeFileSync(join(dir, 'data.ndjson'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  return dir;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The file a page URL is written to in dist. */
const fileOf = (outDir: string, url: string) => join(outDir, url.endsWith('/') ? `${url}index.html` : url);

let build: SampleBuild;
let before: Map<string, string>;
const dirs: string[] = [];

beforeAll(async () => {
  [build, before] = await Promise.all([sampleBuild(), keysOf(sampleDatasetDir)]);
  expect(build.code).toBe(0);
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Keyed pages whose built output contains `text` (raw or HTML-escaped). */
function pagesShowing(text: string): string[] {
  return [...before.keys()]
    .filter((url) => {
      const html = readFileSync(fileOf(build.outDir, url), 'utf8');
      return html.includes(text) || html.includes(escapeHtml(text));
    })
    .sort();
}

async function changedPages(id: string, edit: (doc: Doc) => void): Promise<string[]> {
  const dir = editedDataset(sampleDatasetDir, id, edit);
  dirs.push(dir);
  const after = await keysOf(dir);
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  return [...after].filter(([url, key]) => before.get(url) !== key).map(([url]) => url).sort();
}

const field = (id: string, name: string): string => {
  const doc = readNdjson(sampleDatasetDir).find((d) => d._id === id)!;
  return doc[name] as string;
};

describe('page cache keys', () => {
  it('every keyed page exists in the sample build, and keys are stable across runs', async () => {
    expect(before.size).toBeGreaterThan(100);
    for (const url of before.keys()) expect(readFileSync(fileOf(build.outDir, url)).length, url).toBeGreaterThan(0);
    const again = await keysOf(sampleDatasetDir);
    expect(again).toEqual(before);
  });

  it.each([
    ['a story title', 'story.bep-lua-luc-bon-gio-sang', 'title'],
    ['a story title shown in many lists', 'story.chuyen-do-cua-thay-bien', 'title'],
    ['a column description', 'column.noi-vung-kho', 'description'],
    ['an exemplar summary', 'exemplar.thay-giao-phan-minh-triet', 'summary'],
    ['a person name', 'person.le-hoai-an', 'name'],
  ])('editing %s (%s.%s) changes the keys of exactly the pages that show it', async (_label, id, name) => {
    const old = field(id, name);
    expect(old.length).toBeGreaterThan(5);
    const showing = pagesShowing(old);
    expect(showing.length).toBeGreaterThan(0);
    const changed = await changedPages(id, (doc) => {
      doc[name] = `${old} (sửa)`;
    });
    expect(changed).toEqual(showing);
  });

  it('a document no page shows (a draft) changes no key', async () => {
    const draft = readNdjson(sampleDatasetDir).find((d) => d._id.startsWith('drafts.'))!;
    expect(await changedPages(draft._id, (doc) => (doc.title = 'Bản nháp đã sửa'))).toEqual([]);
  });
});
