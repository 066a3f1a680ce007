// A copy of the sample dataset with broken documents (and two Sanity crops added): documents with an
// invalid field stay (the report names the field), dirty text is repaired and reported, only what
// cannot be rendered (no title, the newer of two with one slug) is left out and named; cropped images
// are sized to the crop; in strict mode the build fails with one paragraph and no stack trace.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeNdjsonFile } from '../../schemas/util/ndjson.ts';
import { prepareContent } from '../../site/src/lib/content/index.ts';
import { type BuildResult, type Doc, exists, expectedImageSize, imgTags, isDraft, pagePath, readNdjson, removeBuild, repoRoot, runBuild, sampleDatasetDir, slugOf } from './helpers/build.ts';

let dataset: string;
let brokenStory: Doc;
let brokenExemplar: Doc;
let keptStory: Doc;
let croppedExemplar: Doc;
let untitledStory: Doc;
let duplicateStory: Doc;
let repairsOnly: string;
// The exemplar's name as written, with a right-to-left override and a zero-width space hidden in it.
const DIRTY = (name: string) => `${name}\u202E\u200B`;
const COVER_CROP = { _type: 'sanity.imageCrop', top: 0.1, bottom: 0.15, left: 0.05, right: 0.2 };
const PORTRAIT_CROP = { _type: 'sanity.imageCrop', top: 0.05, bottom: 0.3, left: 0.125, right: 0.125 };

beforeAll(() => {
  dataset = mkdtempSync(join(tmpdir(), 'guong-sang-broken-'));
  cpSync(sampleDatasetDir, dataset, { recursive: true });
  const docs = readNdjson(dataset);
  const stories = docs.filter((d) => d._type === 'story' && !isDraft(d) && slugOf(d) && d.column);
  brokenStory = stories[0]!;
  keptStory = stories[stories.length - 1]!;
  const exemplars = docs.filter((d) => d._type === 'exemplar' && !isDraft(d) && slugOf(d) && (d.portrait as { alt?: string })?.alt);
  brokenExemplar = exemplars[0]!;
  croppedExemplar = exemplars[exemplars.length - 1]!;
  expect(brokenStory && brokenExemplar && keptStory !== brokenStory && croppedExemplar !== brokenExemplar).toBeTruthy();
  // Sanity crops (with a hotspot) on a kept story's cover and a kept exemplar's portrait.
  Object.assign(keptStory.cover as object, { crop: COVER_CROP, hotspot: { _type: 'sanity.imageHotspot', x: 0.4, y: 0.4, width: 0.3, height: 0.3 } });
  Object.assign(croppedExemplar.portrait as object, { crop: PORTRAIT_CROP });
  (brokenStory.column as { _ref: string })._ref = 'column.khong-ton-tai';
  delete (brokenExemplar.portrait as { alt?: string }).alt;
  brokenExemplar.name = DIRTY(brokenExemplar.name as string);
  untitledStory = stories[1]!;
  expect(untitledStory !== keptStory && untitledStory !== brokenStory).toBe(true);
  delete untitledStory.title;
  // Same slug as the kept story, created later: the kept story keeps the URL.
  keptStory._createdAt = '2024-01-01T00:00:00Z';
  duplicateStory = { ...structuredClone(keptStory), _id: 'story.ban-sao-trung-duong-dan', _createdAt: '2025-01-01T00:00:00Z', title: 'Bản sao trùng đường dẫn' };
  writeNdjsonFile(join(dataset, 'data.ndjson'), [...docs, duplicateStory]);

  // A clean copy whose only flaw is text the build repairs.
  repairsOnly = mkdtempSync(join(tmpdir(), 'guong-sang-repairs-'));
  cpSync(sampleDatasetDir, repairsOnly, { recursive: true });
  const clean = readNdjson(repairsOnly);
  const person = clean.find((d) => d._type === 'person' && !isDraft(d))!;
  person.name = `${person.name as string}\u200B`;
  writeNdjsonFile(join(repairsOnly, 'data.ndjson'), clean);
});
afterAll(() => {
  rmSync(dataset, { recursive: true, force: true });
  rmSync(repairsOnly, { recursive: true, force: true });
});

describe('a dataset with broken documents', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await runBuild({ env: { CONTENT_DATASET: dataset, STRICT: undefined } });
  });
  afterAll(() => removeBuild(build));

  it('still builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('prints a report naming each broken document and its field', () => {
    const lines = build.output.split('\n');
    expect(lines.some((l) => l.includes(brokenStory._id) && /\bcolumn\b/.test(l) && l.includes('lỗi')), build.output).toBe(true);
    expect(lines.some((l) => l.includes(brokenExemplar._id) && l.includes('portrait.alt') && l.includes('lỗi')), build.output).toBe(true);
    expect(lines.some((l) => l.includes(brokenExemplar._id) && l.includes('cảnh báo') && l.includes('đã bỏ 1 ký tự đổi chiều viết (bidi); đã bỏ 1 ký tự vô hình (độ rộng 0)')), build.output).toBe(true);
    expect(lines.some((l) => l.includes(untitledStory._id) && l.includes('không có tiêu đề')), build.output).toBe(true);
    expect(lines.some((l) => l.includes(duplicateStory._id) && l.includes(keptStory._id)), build.output).toBe(true);
  });

  it('keeps documents with an invalid field, repaired, and leaves out only what cannot be rendered', () => {
    expect(exists(pagePath(build.outDir, `/bai-viet/${slugOf(brokenStory)}/`))).toBe(true);
    const exemplarPage = readFileSync(pagePath(build.outDir, `/guong-dien-hinh/${slugOf(brokenExemplar)}/`), 'utf8');
    expect(exemplarPage).not.toMatch(/[\u202E\u200B]/);
    expect(exemplarPage).not.toContain(DIRTY(brokenExemplar.name as string));
    expect(exists(pagePath(build.outDir, `/bai-viet/${slugOf(untitledStory)}/`))).toBe(false);
    const kept = readFileSync(pagePath(build.outDir, `/bai-viet/${slugOf(keptStory)}/`), 'utf8');
    expect(kept).toContain(keptStory.title as string);
    expect(kept).not.toContain(duplicateStory.title as string);
    const home = readFileSync(pagePath(build.outDir, '/'), 'utf8');
    expect(home).not.toContain(`/bai-viet/${slugOf(untitledStory)}/`);
  });

  it('leaves out every document the content check excluded, and the report lists exactly those', async () => {
    const excluded = (await prepareContent({ env: { CONTENT_DATASET: dataset }, argv: [], failOnStrict: false })).excludedIds;
    expect([...excluded].sort()).toEqual([untitledStory._id, duplicateStory._id].sort());
    const listed = /Bị loại: (.*)/.exec(build.output)?.[1]?.split(', ').map((id) => id.trim());
    expect(listed?.sort(), build.output).toEqual([...excluded].sort());
  });

  it('sizes cropped images to the crop: width/height are the cropped source size', () => {
    for (const [route, image] of [
      [`/bai-viet/${slugOf(keptStory)}/`, keptStory.cover],
      [`/guong-dien-hinh/${slugOf(croppedExemplar)}/`, croppedExemplar.portrait],
    ] as const) {
      const field = image as { _sanityAsset: string; crop: Record<string, number>; alt: string };
      const expected = expectedImageSize(field)!;
      const source = /-(\d+)x(\d+)\.\w+$/.exec(field._sanityAsset)!;
      // The crop really changes the size, so this cannot pass by accident.
      expect([expected.width, expected.height]).not.toEqual([Number(source[1]), Number(source[2])]);
      const tags = imgTags(readFileSync(pagePath(build.outDir, route), 'utf8')).filter((t) => t.src.includes(expected.sha1) && t.alt === field.alt);
      expect(tags.length, route).toBeGreaterThan(0);
      for (const tag of tags) expect([tag.width, tag.height], route).toEqual([expected.width, expected.height]);
      // The largest srcset candidate is the cropped width (or the preset's cap), never the source width.
      const widths = tags[0]!.srcset.split(',').map((c) => Number(/ (\d+)w$/.exec(c.trim())![1]));
      expect(Math.max(...widths)).toBeLessThanOrEqual(expected.width);
    }
  });
});

describe('strict mode with broken documents', () => {
  const noStack = (output: string) => expect(output, output).not.toMatch(/^\s{4}at /m);

  it('STRICT=1 fails the build with one paragraph and no stack trace', async () => {
    const build = await runBuild({ env: { CONTENT_DATASET: dataset, STRICT: '1' } });
    expect(build.code).not.toBe(0);
    noStack(build.output);
    expect(build.output).toContain('Chế độ nghiêm ngặt');
    expect(build.output).toContain(brokenStory._id);
    expect(exists(pagePath(build.outDir, '/'))).toBe(false);
    removeBuild(build);
  });

  it('`pnpm build --strict` from the repository root does the same', async () => {
    const build = await runBuild({
      env: { CONTENT_DATASET: dataset, STRICT: undefined },
      command: { cmd: 'pnpm', args: ['build', '--strict'], cwd: repoRoot },
    });
    expect(build.code).not.toBe(0);
    noStack(build.output);
    expect(build.output).toContain('Chế độ nghiêm ngặt');
    removeBuild(build);
  });

  it('`pnpm build --strict=repairs` fails on a repair alone; `--strict` does not', async () => {
    const build = await runBuild({
      env: { CONTENT_DATASET: repairsOnly, STRICT: undefined },
      command: { cmd: 'pnpm', args: ['build', '--strict=repairs'], cwd: repoRoot },
    });
    expect(build.code).not.toBe(0);
    noStack(build.output);
    expect(build.output).toContain('Chế độ nghiêm ngặt');
    expect(build.output).toContain('1 chỗ phải tự sửa');
    removeBuild(build);
    const prepared = await prepareContent({ env: { CONTENT_DATASET: repairsOnly, STRICT: '1' }, argv: [] });
    expect(prepared.repairs).toBe(1);
  });
});
