import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRecord } from '../../schemas/util/is-record.ts';
import { loadDataset } from '../../site/src/lib/content/dataset.ts';
import { DatasetError } from '../../site/src/lib/content/errors.ts';
import { copyDataset, readDocs, sampleDatasetPath, writeDocs } from './helpers/sample.ts';
import { removeScratch, scratchDir } from './helpers/scratch.ts';
import { packExport } from './helpers/tarball.ts';

afterAll(removeScratch);

const SANITY_ASSET = /^image@file:\/\/\.\/images\/([a-f0-9]+)-(\d+)x(\d+)\.([a-z0-9]+)$/;

function firstImageField(value: unknown): { _sanityAsset: string } | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstImageField(item);
      if (found) return found;
    }
  } else if (isRecord(value)) {
    if (typeof value._sanityAsset === 'string') return value as { _sanityAsset: string };
    for (const inner of Object.values(value)) {
      const found = firstImageField(inner);
      if (found) return found;
    }
  }
  return undefined;
}

describe('loadDataset', () => {
  const exported = readDocs(sampleDatasetPath());

  it('loads an export folder: every ndjson document, drafts included, images as Sanity holds them after import', async () => {
    const dataset = await loadDataset(sampleDatasetPath());
    expect(dataset.root).toBe(sampleDatasetPath().replace(/[\\/]$/, ''));
    const ids = new Set(dataset.documents.map((doc) => doc._id));
    for (const doc of exported) expect(ids.has(doc._id)).toBe(true);
    expect(exported.some((doc) => doc._id.startsWith('drafts.'))).toBe(true);
    expect(JSON.stringify(dataset.documents)).not.toContain('_sanityAsset');

    // The first exported image field becomes an asset reference with a matching asset document.
    const holder = exported.find((doc) => firstImageField(doc))!;
    const field = firstImageField(holder)!;
    const [, sha1, w, h, ext] = SANITY_ASSET.exec(field._sanityAsset)!;
    const assetId = `image-${sha1}-${w}x${h}-${ext}`;
    expect(JSON.stringify(dataset.documents.find((doc) => doc._id === holder._id))).toContain(`"_ref":"${assetId}"`);
    const asset = dataset.documents.find((doc) => doc._id === assetId);
    expect(asset).toMatchObject({
      _type: 'sanity.imageAsset',
      assetId: sha1,
      extension: ext,
      metadata: { dimensions: { width: Number(w), height: Number(h) } },
    });

    // assets.json metadata (keyed `image-<sha1>` or by full id) reaches the asset document.
    const meta = JSON.parse(readFileSync(join(sampleDatasetPath(), 'assets.json'), 'utf8')) as Record<string, { originalFilename?: string }>;
    const original = (meta[assetId] ?? meta[`image-${sha1}`])?.originalFilename;
    expect(original).toBeDefined();
    expect(asset?.originalFilename).toBe(original);

    // assetPath accepts both the export string and the asset id, and points at a real file.
    const path = dataset.assetPath(field._sanityAsset);
    expect(path).toBe(join(dataset.root, 'images', `${sha1}-${w}x${h}.${ext}`));
    expect(existsSync(path)).toBe(true);
    expect(dataset.assetPath(assetId)).toBe(path);
    expect(() => dataset.assetPath('image@file://./images/../../etc/passwd')).toThrow(DatasetError);
    expect(() => dataset.assetPath('image-0000-1x1-jpg')).toThrow(/thiếu tệp/);
  });

  it('loads a .tar.gz export with a top-level folder, extracting once into a cache keyed by content', async () => {
    const tarball = await packExport(sampleDatasetPath());
    const cacheDir = scratchDir('cache');
    const fromFolder = await loadDataset(sampleDatasetPath());
    const fromTar = await loadDataset(tarball, { cacheDir });

    expect(fromTar.root.startsWith(cacheDir)).toBe(true);
    expect(fromTar.root).toMatch(/production-export-2025-02-19$/);
    expect(fromTar.documents).toEqual(fromFolder.documents);
    const field = firstImageField(exported)!;
    expect(existsSync(fromTar.assetPath(field._sanityAsset))).toBe(true);

    // Second load reuses the extraction (one hash folder, no staging leftovers).
    const again = await loadDataset(tarball, { cacheDir });
    expect(again.root).toBe(fromTar.root);
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  it('names the file and line of a malformed ndjson line', async () => {
    const dir = copyDataset();
    const docs = readDocs(dir);
    writeDocs(dir, docs);
    const file = join(dir, 'data.ndjson');
    const lines = docs.map((doc) => JSON.stringify(doc));
    lines.splice(2, 0, '{"_id": "story.hong", "_type": "story", "title": "thiếu ngoặc"');
    writeFileSync(file, lines.join('\n') + '\n');
    const error = await loadDataset(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toContain(`dòng 3 của ${file}`);
    expect((error as Error).message).toMatch(/không phải JSON hợp lệ/);
    expect((error as Error).stack).not.toMatch(/\n\s+at /);
  });

  it('rejects a line that is JSON but not a document, and duplicate ids, by line', async () => {
    const dir = copyDataset();
    const docs = readDocs(dir);
    writeFileSync(join(dir, 'data.ndjson'), [JSON.stringify(docs[0]), '[1, 2]'].join('\n'));
    await expect(loadDataset(dir)).rejects.toThrow(/dòng 2 của .*_id và _type/);
    writeDocs(dir, [docs[0]!, docs[1]!, docs[0]!]);
    await expect(loadDataset(dir)).rejects.toThrow(/dòng 3 .*đã xuất hiện ở dòng 1/);
  });

  // The integrity layer repairs (and reports) it; the loader must not hide it.
  it('keeps text as exported (NFD stays NFD) on load', async () => {
    const dir = copyDataset();
    const docs = readDocs(dir);
    const decomposed = 'Trường Tiểu học Đồng Tâm'.normalize('NFD');
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    docs.push({ _id: 'organisation.nfd-test', _type: 'organisation', name: decomposed, nested: [{ _key: 'k', note: decomposed }] });
    writeDocs(dir, docs);
    const loaded = (await loadDataset(dir)).documents.find((doc) => doc._id === 'organisation.nfd-test')!;
    expect(loaded.name).toBe(decomposed);
    expect((loaded.nested as Array<{ note: string }>)[0]!.note).toBe(decomposed);
  });

  it('fails clearly on a folder without data.ndjson and on a corrupt tarball', async () => {
    const empty = scratchDir('empty');
    await expect(loadDataset(empty)).rejects.toThrow(/thiếu tệp data\.ndjson/);
    const corrupt = join(empty, 'hong.tar.gz');
    writeFileSync(corrupt, 'not a tarball at all');
    await expect(loadDataset(corrupt, { cacheDir: join(empty, 'cache') })).rejects.toThrow(DatasetError);
  });
});
