// Nothing outside the dataset is ever read: a folder export's links are followed to their real path,
// and anything that lands outside the dataset's own images/ and files/ folders (or is not a regular
// file) is refused, as the tarball extraction refuses links altogether.
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../site/src/lib/content/dataset.ts';
import { DatasetError } from '../../site/src/lib/content/errors.ts';
import { findUnusableImages } from '../../site/src/lib/content/integrity/repair-images.ts';
import { copyDataset } from './helpers/sample.ts';
import { removeScratch, scratchDir } from './helpers/scratch.ts';

afterAll(removeScratch);

describe('asset paths stay inside the dataset', () => {
  it('refuses links pointing outside, and anything that is not a regular file', async () => {
    const copy = copyDataset('links');
    const outside = scratchDir('outside');
    const secret = join(outside, 'secret.txt');
    writeFileSync(secret, 'mật khẩu');

    const audio = readdirSync(join(copy, 'files')).find((name) => name.endsWith('.wav'))!;
    const audioRef = `file@file://./files/${audio}`;
    rmSync(join(copy, 'files', audio));
    symlinkSync(secret, join(copy, 'files', audio));

    const images = readdirSync(join(copy, 'images')).filter((name) => name.endsWith('.jpg')).sort();
    const [linkedOut, folderNamed, inside, target] = images as [string, string, string, string];
    // A real picture outside the dataset, behind a link with an image's name.
    const outsidePicture = join(outside, 'picture.jpg');
    writeFileSync(outsidePicture, Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    rmSync(join(copy, 'images', linkedOut));
    symlinkSync(outsidePicture, join(copy, 'images', linkedOut));
    // A folder where a file should be.
    rmSync(join(copy, 'images', folderNamed));
    mkdirSync(join(copy, 'images', folderNamed));
    // A link to another picture of the same folder is harmless.
    rmSync(join(copy, 'images', inside));
    symlinkSync(join(copy, 'images', target), join(copy, 'images', inside));

    const dataset = await loadDataset(copy);
    const refused = (ref: string) => {
      try {
        dataset.assetPath(ref);
        return undefined;
      } catch (error) {
        return error;
      }
    };
    const audioError = refused(audioRef);
    expect(audioError).toBeInstanceOf(DatasetError);
    expect((audioError as Error).message).toContain(audioRef);
    expect(refused(`image@file://./images/${linkedOut}`)).toBeInstanceOf(DatasetError);
    expect(refused(`image@file://./images/${folderNamed}`)).toBeInstanceOf(DatasetError);
    expect(dataset.assetPath(`image@file://./images/${inside}`)).toBe(join(copy, 'images', target));

    // Refused files get no asset document (the reference dangles, as for a missing file).
    const ids = new Set(dataset.documents.map((doc) => doc._id));
    const [sha1, ext] = audio.split('.') as [string, string];
    expect(ids.has(`file-${sha1}-${ext}`)).toBe(false);

    // The image repair's input names the refused pictures, each with a reason.
    const unusable = await findUnusableImages(dataset.documents, dataset);
    const idOf = (name: string) => {
      const [, sha, size, extension] = /^([a-f0-9]+)-(\d+x\d+)\.(\w+)$/.exec(name)!;
      return `image-${sha}-${size}-${extension}`;
    };
    expect(unusable.has(idOf(linkedOut))).toBe(true);
    expect(unusable.has(idOf(folderNamed))).toBe(true);
    expect(unusable.has(idOf(inside))).toBe(false);
    expect(unusable.has(idOf(target))).toBe(false);
  });

  it('accepts a dataset folder that is itself reached through a link', async () => {
    const copy = copyDataset('real');
    const link = join(scratchDir('via'), 'dataset');
    symlinkSync(copy, link);
    const dataset = await loadDataset(link);
    const audio = readdirSync(join(copy, 'files')).find((name) => name.endsWith('.wav'))!;
    expect(dataset.assetPath(`file@file://./files/${audio}`)).toBe(join(copy, 'files', audio));
    expect((await findUnusableImages(dataset.documents, dataset)).size).toBe(0);
  });
});

describe('dataset files stay inside the dataset', () => {
  it('refuses a data.ndjson that links outside the dataset', async () => {
    const copy = copyDataset('data-link');
    const outside = join(scratchDir('outside-data'), 'data.ndjson');
    writeFileSync(outside, '{"_id":"a","_type":"b"}\n');
    rmSync(join(copy, 'data.ndjson'));
    symlinkSync(outside, join(copy, 'data.ndjson'));
    await expect(loadDataset(copy)).rejects.toThrow(DatasetError);
    await expect(loadDataset(copy)).rejects.toThrow(/data\.ndjson/);
  });
});
