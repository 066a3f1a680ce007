// The image repair pass on hand-written documents: unusable pictures leave their field (captions
// kept as paragraphs in Portable Text), galleries stay valid, crops are clamped, and every change is
// reported with its path.
import { describe, expect, it } from 'vitest';
import { imageAssetId, imageRepairPass } from '../../site/src/lib/content/integrity/repair-images.ts';

const BAD = `image-${'b'.repeat(40)}-1600x1067-jpg`;
const BAD_EXPORT = `image@file://./images/${'c'.repeat(40)}-800x600.png`;
const BAD_EXPORT_ID = `image-${'c'.repeat(40)}-800x600-png`;
const GOOD = `image-${'a'.repeat(40)}-1600x1067-jpg`;
const GOOD2 = `image-${'d'.repeat(40)}-1200x800-jpg`;

const unusable = new Map([
  [BAD, 'tệp không phải ảnh JPEG.'],
  [BAD_EXPORT_ID, 'tệp là ảnh SVG.'],
]);

const img = (ref: string, extra: Record<string, unknown> = {}) => ({ _type: 'accessibleImage', alt: 'Ảnh', asset: { _type: 'reference', _ref: ref }, ...extra });
const block = (key: string, text: string) => ({ _type: 'block', _key: key, style: 'normal', markDefs: [], children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }] });

function run(doc: Record<string, unknown>) {
  const notes: Array<[string, string]> = [];
  const frozen = JSON.stringify(doc);
  const out = imageRepairPass(unusable)(doc, (path, message) => notes.push([path, message]));
  // The input is never mutated.
  expect(JSON.stringify(doc)).toBe(frozen);
  return { out, notes, paths: notes.map(([path]) => path) };
}

describe('image repair pass', () => {
  it('reads the asset id from both shapes', () => {
    expect(imageAssetId(img(BAD))).toBe(BAD);
    expect(imageAssetId({ _sanityAsset: BAD_EXPORT })).toBe(BAD_EXPORT_ID);
    expect(imageAssetId({ asset: { _ref: 'file-abc-mp3' } })).toBeUndefined();
  });

  it('removes an unusable cover and portrait, keeps a usable one, and returns the same object when nothing changed', () => {
    const story = { _id: 'story.a', _type: 'story', title: 'Bài', cover: img(BAD, { caption: 'Chú thích' }) };
    const { out, notes } = run(story);
    expect(out).toEqual({ _id: 'story.a', _type: 'story', title: 'Bài' });
    expect(notes).toHaveLength(1);
    expect(notes[0]![0]).toBe('cover');
    expect(notes[0]![1]).toContain('tệp không phải ảnh JPEG.');

    const person = { _id: 'person.b', _type: 'person', portrait: { _type: 'accessibleImage', _sanityAsset: BAD_EXPORT } };
    expect(run(person).out).toEqual({ _id: 'person.b', _type: 'person' });

    const fine = { _id: 'story.c', _type: 'story', cover: img(GOOD, { crop: { top: 0.1, bottom: 0, left: 0, right: 0 } }) };
    const result = run(fine);
    expect(result.out).toBe(fine);
    expect(result.notes).toEqual([]);
  });

  it('turns a Portable Text image into its caption paragraph, or drops it without a caption', () => {
    const doc = {
      _id: 'story.d',
      _type: 'story',
      body: [block('p1', 'Mở đầu'), img(BAD, { _key: 'i1', caption: 'Cô giáo trên đường đến lớp' }), img(BAD, { _key: 'i2' }), img(GOOD, { _key: 'i3' })],
    };
    const { out, paths } = run(doc);
    expect(out.body).toEqual([
      block('p1', 'Mở đầu'),
      { _type: 'block', _key: 'i1', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 'i1-chu-thich', text: 'Cô giáo trên đường đến lớp', marks: [] }] },
      img(GOOD, { _key: 'i3' }),
    ]);
    expect(paths).toEqual(['body[1]', 'body[2]']);
  });

  it('drops unusable gallery items; a gallery left with one picture becomes that picture, with none its caption', () => {
    const doc = {
      _id: 'story.e',
      _type: 'story',
      body: [
        { _type: 'gallery', _key: 'g1', images: [img(GOOD, { _key: 'a' }), img(BAD, { _key: 'b' }), img(GOOD2, { _key: 'c' })] },
        { _type: 'gallery', _key: 'g2', caption: 'Lễ tuyên dương', images: [img(GOOD, { _key: 'a' }), img(BAD, { _key: 'b', caption: 'Không dùng' })] },
        { _type: 'gallery', _key: 'g3', caption: 'Chuyến đi', images: [img(BAD, { _key: 'a' }), { _key: 'b', _sanityAsset: BAD_EXPORT }] },
        { _type: 'gallery', _key: 'g4', images: [img(BAD, { _key: 'a' })] },
      ],
      // An event's gallery is a plain list: items are only removed.
      gallery: [img(BAD, { _key: 'x', caption: 'Ảnh hỏng' }), img(GOOD, { _key: 'y' })],
    };
    const { out, paths } = run(doc);
    expect(out.body).toEqual([
      { _type: 'gallery', _key: 'g1', images: [img(GOOD, { _key: 'a' }), img(GOOD2, { _key: 'c' })] },
      img(GOOD, { _key: 'g2', caption: 'Lễ tuyên dương' }),
      { _type: 'block', _key: 'g3', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 'g3-chu-thich', text: 'Chuyến đi', marks: [] }] },
    ]);
    expect(out.gallery).toEqual([img(GOOD, { _key: 'y' })]);
    expect(paths).toEqual([
      'body[0].images[1]',
      'body[1].images[1]',
      'body[1]',
      'body[2].images[0]',
      'body[2].images[1]',
      'body[2]',
      'body[3].images[0]',
      'body[3]',
      'gallery[0]',
    ]);
  });

  it('clamps crop fractions into 0..1 and removes a crop that leaves nothing', () => {
    const doc = {
      _id: 'story.f',
      _type: 'story',
      cover: img(GOOD, { crop: { _type: 'sanity.imageCrop', top: -0.2, bottom: 0.1, left: 0.3, right: 1.5 } }),
      body: [img(GOOD, { _key: 'k', crop: { top: 0.6, bottom: 0.5, left: 0, right: 0 } }), img(GOOD2, { _key: 'm', crop: { top: 0.1, bottom: 0.2, left: 0.3, right: 0.4 } })],
    };
    const { out, paths } = run(doc);
    // left 0.3 + right 1 (clamped) ≥ 1: nothing would be left.
    expect(out.cover).toEqual(img(GOOD));
    expect((out.body as unknown[])[0]).toEqual(img(GOOD, { _key: 'k' }));
    expect((out.body as unknown[])[1]).toEqual(doc.body[1]);
    expect(paths).toEqual(['cover.crop', 'body[0].crop']);

    const clampable = { _id: 'story.g', _type: 'story', cover: img(GOOD, { crop: { top: -0.1, bottom: 0.2, left: 0.1, right: 0.1 } }) };
    const clamped = run(clampable);
    expect(clamped.out.cover).toEqual(img(GOOD, { crop: { top: 0, bottom: 0.2, left: 0.1, right: 0.1 } }));
    expect(clamped.paths).toEqual(['cover.crop']);
  });
});

describe('file uploads and unreadable export paths', () => {
  const FILE = `file-${'e'.repeat(40)}-mp3`;

  it('removes an audio upload whose file the dataset refuses; the embed keeps its title and transcript', () => {
    const pass = imageRepairPass(new Map([[FILE, 'tệp nằm ngoài thư mục dataset.']]));
    const audio = { _type: 'audioEmbed', _key: 'a1', title: 'Bản ghi', transcript: 'Lời', file: { _type: 'file', asset: { _type: 'reference', _ref: FILE } } };
    const notes: string[] = [];
    const out = pass({ _id: 'story.f', _type: 'story', title: 'Bài', body: [audio] }, (path, message) => notes.push(`${path}: ${message}`));
    expect(out.body).toEqual([{ _type: 'audioEmbed', _key: 'a1', title: 'Bản ghi', transcript: 'Lời' }]);
    expect(notes).toEqual(['body[0].file: đã bỏ tệp đính kèm vì không dùng được: tệp nằm ngoài thư mục dataset.']);
  });

  it('treats an export asset path the loader could not read (../) as unusable: an image block becomes its caption', () => {
    const pass = imageRepairPass(new Map());
    const escaped = { _type: 'accessibleImage', _key: 'i1', alt: 'Ảnh', caption: 'Chú thích ảnh', _sanityAsset: 'image@file://./images/../../secret' };
    const notes: string[] = [];
    const out = pass({ _id: 'story.t', _type: 'story', title: 'Bài', body: [escaped] }, (path) => notes.push(path));
    expect(out.body).toEqual([
      { _type: 'block', _key: 'i1', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 'i1-chu-thich', text: 'Chú thích ảnh', marks: [] }] },
    ]);
    expect(notes).toEqual(['body[0]']);
  });
});
