// Bad input never crashes a booklet: missing/unpublished chapters are left out with a warning naming
// the publication and the story (strict mode fails), an undecodable image becomes its caption, and a
// publication with no usable chapter is not published.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BookletError, buildBooklet, type BookletWarning, type BuildBookletResult } from '../../site/src/lib/booklet/index.ts';
import { prepareContent, type PreparedContent } from '../../site/src/lib/content/index.ts';
import { brokenCopy, epubcheck, PUBLICATIONS, readZip, removeTemp, tempDir, type EpubcheckResult } from './helpers.ts';

const IMAGE = '799b3ba3484efac55da10cdb76fcc2ed5111cf73-1600x1067.jpg';
const CAPTION = 'Nhiều bài toán của nhóm bắt đầu từ con đường các em đi học mỗi tuần.';

let prepared: PreparedContent;
let warnings: BookletWarning[];
let result: BuildBookletResult;
let check: EpubcheckResult;

beforeAll(async () => {
  const dir = brokenCopy((docs, folder) => {
    const publication = docs.find((d) => d._id === PUBLICATIONS.a5.id)!;
    const chapters = publication.chapters as Array<Record<string, unknown>>;
    // Weak references: Sanity keeps those when the story is deleted or unpublished (a strong one to a
    // missing document is a content error that excludes the whole publication).
    // 1. a story that does not exist, 2. a story that exists only as a draft, 3. a story excluded by
    // the content check (its required title removed).
    chapters.splice(1, 0, { _type: 'storyChapter', _key: 'missing01', story: { _type: 'reference', _ref: 'story.khong-ton-tai', _weak: true } });
    const draft = { ...docs.find((d) => d._id === 'story.toan-o-ban')!, _id: 'drafts.story.ban-nhap-moi', slug: { _type: 'slug', current: 'ban-nhap-moi' } };
    docs.push(draft);
    chapters.splice(2, 0, { _type: 'storyChapter', _key: 'draft0001', story: { _type: 'reference', _ref: 'story.ban-nhap-moi', _weak: true } });
    delete docs.find((d) => d._id === 'story.bep-lua-luc-bon-gio-sang')!.title;
    // 4. a publication whose only chapter points nowhere.
    docs.push({
      ...publication,
      _id: 'publication.rong',
      title: 'Ấn phẩm rỗng',
      slug: { _type: 'slug', current: 'an-pham-rong' },
      chapters: [{ _type: 'storyChapter', _key: 'missing02', story: { _type: 'reference', _ref: 'story.cung-khong-ton-tai', _weak: true } }],
    });
    // 5. an image file that is not an image.
    writeFileSync(join(folder, 'images', IMAGE), Buffer.from('đây không phải ảnh JPEG'));
  });
  prepared = await prepareContent({ env: { CONTENT_DATASET: dir }, argv: [] });
  warnings = [];
  result = await buildBooklet({
    source: prepared.source,
    locate: prepared.locateAsset,
    slug: PUBLICATIONS.a5.slug,
    formats: ['epub'],
    outDir: tempDir('bad'),
    warn: (w) => warnings.push(w),
  });
  check = await epubcheck(result.files[0]!.path);
});
afterAll(removeTemp);

describe('a chapter whose story is missing or unpublished', () => {
  it('is left out with a warning naming the publication id and the story id', () => {
    const missing = warnings.filter((w) => w.code === 'chapter-missing');
    expect(prepared.excludedIds).toEqual(new Set(['story.bep-lua-luc-bon-gio-sang']));
    expect(missing.map((w) => w.documentId).sort()).toEqual(['story.ban-nhap-moi', 'story.bep-lua-luc-bon-gio-sang', 'story.khong-ton-tai']);
    for (const warning of missing) {
      expect(warning.message).toContain(PUBLICATIONS.a5.id);
      expect(warning.message).toContain(warning.documentId!);
    }
    // The sample's 7 chapters minus the excluded story, renumbered without gaps.
    expect(result.model.chapters.map((c) => c.index)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.model.chapters.map((c) => c.storyId)).not.toContain('story.bep-lua-luc-bon-gio-sang');
    expect(result.published).toBe(true);
  });

  it('fails the booklet in strict mode, naming the ids', async () => {
    const attempt = buildBooklet({ source: prepared.source, locate: prepared.locateAsset, slug: PUBLICATIONS.a5.slug, formats: ['epub'], outDir: tempDir('strict'), strict: true });
    await expect(attempt).rejects.toBeInstanceOf(BookletError);
    await expect(attempt).rejects.toThrow(/publication\.nhung-bong-hoa-dep-vung-cao-2024.*story\.khong-ton-tai, story\.ban-nhap-moi, story\.bep-lua-luc-bon-gio-sang/);
  });
});

describe('an image that cannot be decoded', () => {
  it('is replaced by its caption (repaired in the content check, reported there), and the EPUB stays valid', () => {
    // The content check inspects image files before anything decodes them: the image leaves the
    // story, its caption stays as a paragraph, and the report names the story and the field.
    const repair = prepared.problems.find((p) => p.documentId === 'story.toan-o-ban' && p.level === 'warning' && p.message.includes('ảnh'));
    expect(repair?.path).toMatch(/^body\[\d+\]$/);
    const chapter = readZip(readFileSync(result.files[0]!.path)).find((e) => e.name === 'EPUB/text/chuong-02.xhtml')!.data.toString('utf8');
    expect(chapter).toContain(`<p>${CAPTION}</p>`);
    expect(chapter).not.toContain(IMAGE.split('.')[0]!);
    expect(check, check.output).toMatchObject({ fatals: 0, errors: 0, warnings: 0 });
  });
});

describe('a publication with no usable chapter', () => {
  it('is not published: a warning, no file', async () => {
    const outDir = tempDir('empty');
    const seen: BookletWarning[] = [];
    const empty = await buildBooklet({ source: prepared.source, locate: prepared.locateAsset, slug: 'an-pham-rong', formats: ['epub', 'pdf'], outDir, warn: (w) => seen.push(w) });
    expect(empty.published).toBe(false);
    expect(empty.files).toEqual([]);
    expect(seen.map((w) => w.code)).toEqual(['chapter-missing', 'no-chapters']);
    expect(seen[1]!.message).toContain('publication.rong');
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });

  it('fails in strict mode', async () => {
    // Strict stops at the first left-out chapter already; either way no booklet and a BookletError.
    await expect(
      buildBooklet({ source: prepared.source, locate: prepared.locateAsset, slug: 'an-pham-rong', formats: ['epub'], outDir: tempDir('empty-strict'), strict: true }),
    ).rejects.toBeInstanceOf(BookletError);
  });
});

it('an unknown slug is a BookletError with one Vietnamese sentence', async () => {
  await expect(
    buildBooklet({ source: prepared.source, locate: prepared.locateAsset, slug: 'khong-co-an-pham-nay', formats: ['epub'], outDir: tempDir('unknown') }),
  ).rejects.toThrow('Không tìm thấy ấn phẩm điện tử nào đã xuất bản có đường dẫn "khong-co-an-pham-nay".');
});
