// Integrity: a broken copy of the dataset (made here) must be reported with the right document id
// and field path; only documents with nothing to render (no title, unknown type, the newer of two
// sharing a slug) are excluded and pruned from every answer, the others stay with their errors
// reported; dirty text is repaired and reported; strict mode turns the errors into one failure.
import { afterAll, describe, expect, it, beforeAll } from 'vitest';
import { DatasetError, ContentIntegrityError } from '../../site/src/lib/content/errors.ts';
import { loadDataset } from '../../site/src/lib/content/dataset.ts';
import { createLocalSource } from '../../site/src/lib/content/local-source.ts';
import { checkContent, type ContentCheck, type Problem } from '../../site/src/lib/content/integrity/check.ts';
import { createPublicSource, pruneExcluded } from '../../site/src/lib/content/integrity/prune.ts';
import { formatPath, formatReport } from '../../site/src/lib/content/integrity/report.ts';
import { prepareContent } from '../../site/src/lib/content/integrity/prepare.ts';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SANITY_API_VERSION } from '../../site/src/lib/content/config.ts';
import { paramSets, siteQueries } from './helpers/queries.ts';
import { copyDataset, readDocs, writeDocs, type Doc } from './helpers/sample.ts';
import { startSanityStandIn } from './helpers/sanity-stand-in.ts';
import { removeScratch } from './helpers/scratch.ts';

afterAll(removeScratch);

type Block = { _type: string; _key: string; markDefs?: Array<Record<string, unknown>>; children?: Array<Record<string, unknown>> };

interface Broken {
  dir: string;
  /** Story whose cover lost its alt. */
  noAlt: string;
  /** Exemplar whose province points nowhere. */
  dangling: string;
  /** Story with a javascript: link; and where. */
  jsLink: string;
  /** `body[<i>].markDefs[<j>].href`, the validator's notation. */
  jsPath: string;
  /** Story without a title: excluded. */
  noTitle: string;
  /** A copy of `slugKeeper`, created later, with the same slug: excluded; the keeper stays. */
  dupNewer: string;
  slugKeeper: string;
  /** A document of a type the schema does not know: excluded. */
  unknownType: string;
  /** Story whose title is NFD, with a look-alike Đ and a bidi override: repaired, stays. */
  dirtyTitle: string;
  /** What its title must read after repair (written by hand). */
  cleanTitle: string;
}

// Built from parts: this is hostile *data* for the validator to catch, not code we run.
const JAVASCRIPT_URL = ['javascript', 'alert(document.cookie)'].join(':');

const isPublished = (doc: Doc) => !doc._id.startsWith('drafts.') && !doc._id.startsWith('versions.');

/** Breaks three published documents that the clean check found no error in. */
function breakDataset(clean: ContentCheck): Broken {
  const dir = copyDataset('broken-export');
  const docs = readDocs(dir);
  const healthy = (d: Doc) => isPublished(d) && errorsOf(clean.problems, d._id).length === 0;
  const stories = docs.filter((d) => healthy(d) && d._type === 'story' && Array.isArray(d.body));
  const storyA = stories.find((d) => typeof (d.cover as { alt?: unknown } | undefined)?.alt === 'string')!;
  const storyC = stories.find((d) => d !== storyA && (d.body as Block[]).some((b) => b._type === 'block'))!;
  const exemplar = docs.find((d) => healthy(d) && d._type === 'exemplar')!;
  const [storyD, storyE, storyF] = stories.filter((d) => d !== storyA && d !== storyC);
  expect(storyA && storyC && exemplar && storyD && storyE && storyF, 'the dataset needs five stories and an exemplar').toBeTruthy();

  delete (storyA.cover as { alt?: unknown }).alt;
  exemplar.province = { _type: 'reference', _ref: 'province.khong-ton-tai' };
  const blockIndex = (storyC.body as Block[]).findIndex((b) => b._type === 'block');
  const block = (storyC.body as Block[])[blockIndex]!;
  const jsMarkKey = 'jslink1';
  block.markDefs = [...(block.markDefs ?? []), { _type: 'link', _key: jsMarkKey, href: JAVASCRIPT_URL }];
  const jsPath = `body[${blockIndex}].markDefs[${block.markDefs.length - 1}].href`;
  block.children = [...(block.children ?? []), { _type: 'span', _key: 'jsspan1', text: ' bấm vào đây', marks: [jsMarkKey] }];
  delete storyD!.title;
  // Sanity always sets `_createdAt`; the sample dataset may not, and a document without one counts as newest.
  storyE!._createdAt ??= '2024-01-01T00:00:00Z';
  const copy = { ...structuredClone(storyE!), _id: 'story.ban-sao-trung-slug', _createdAt: '2024-06-01T00:00:00Z' };
  const mystery = { _id: 'mystery.khong-ro-loai', _type: 'mysteryType', title: 'Không rõ loại' };
  // "Đường đến trường" decomposed, with an Icelandic eth for the first Đ and a right-to-left override.
  storyF!.title = '\u00D0\u0075\u031B\u01A1\u0300ng \u0111\u00EA\u0301n tr\u01B0\u01A1\u0300ng\u202E';
  writeDocs(dir, [...docs, copy, mystery]);
  return {
    dir, noAlt: storyA._id, dangling: exemplar._id, jsLink: storyC._id, jsPath,
    noTitle: storyD!._id, dupNewer: copy._id, slugKeeper: storyE!._id, unknownType: mystery._id,
    dirtyTitle: storyF!._id, cleanTitle: 'Đường đến trường',
  };
}

const errorsOf = (problems: readonly Problem[], id: string) => problems.filter((p) => p.documentId === id && p.level === 'error');

describe('pruneExcluded', () => {
  it('drops excluded documents and references from arrays, nulls them elsewhere, leaves the rest', () => {
    const excluded = new Set(['a']);
    expect(
      pruneExcluded(
        { _id: 'x', one: { _id: 'a', t: 1 }, ref: { _ref: 'a' }, list: [{ _id: 'a' }, { _id: 'b' }, { _ref: 'a', _key: 'k' }, 'text'], keep: { _ref: 'b' } },
        excluded,
      ),
    ).toEqual({ _id: 'x', one: null, ref: null, list: [{ _id: 'b' }, 'text'], keep: { _ref: 'b' } });
    expect(pruneExcluded({ _id: 'a' }, excluded)).toBeNull();
  });

  it('shows the document itself as a readable path', () => {
    expect(formatPath('cover.alt')).toBe('cover.alt');
    expect(formatPath('')).toBe('(tài liệu)');
  });
});

describe('checkContent on a broken copy of the dataset', () => {
  let broken: Broken;
  let clean: ContentCheck;
  let check: ContentCheck;

  beforeAll(async () => {
    clean = await checkContent(createLocalSource(await loadDataset(copyDataset('clean-export'))));
    broken = breakDataset(clean);
    check = await checkContent(createLocalSource(await loadDataset(broken.dir)));
  });

  it('the clean dataset has no errors on the documents we are about to break', () => {
    for (const id of [broken.noAlt, broken.dangling, broken.jsLink]) expect(errorsOf(clean.problems, id)).toEqual([]);
  });

  it('reports each breakage with the right document id and field path', () => {
    const alt = errorsOf(check.problems, broken.noAlt).map((p) => formatPath(p.path));
    expect(alt).toContain('cover.alt');
    const ref = errorsOf(check.problems, broken.dangling).map((p) => formatPath(p.path));
    expect(ref).toContain('province');
    // An unsafe link is repaired (removed, its text kept): a warning at the link's mark definition.
    const link = check.problems.filter((p) => p.documentId === broken.jsLink && p.level === 'warning').map((p) => formatPath(p.path));
    expect(link.some((path) => broken.jsPath.startsWith(path) && path.includes('markDefs'))).toBe(true);
    for (const p of check.problems) expect(['error', 'warning', 'info']).toContain(p.level);
  });

  it('excludes exactly the documents with nothing to render (beyond what the clean copy already excludes)', () => {
    const added = [...check.excludedIds].filter((id) => !clean.excludedIds.has(id)).sort();
    expect(added).toEqual([broken.noTitle, broken.dupNewer, broken.unknownType].sort());
    // Broken but renderable: reported, kept.
    for (const id of [broken.noAlt, broken.dangling, broken.jsLink, broken.slugKeeper, broken.dirtyTitle]) expect(check.excludedIds.has(id)).toBe(false);
  });

  it('names why each excluded document was left out; the older of two slugs keeps it without an error', () => {
    const excluded = (id: string) => errorsOf(check.problems, id).filter((p) => p.message.startsWith('Bị loại'));
    expect(excluded(broken.noTitle).map((p) => [p.path, p.message])).toEqual([['title', 'Bị loại khỏi trang công khai: không có tiêu đề.']]);
    expect(excluded(broken.unknownType).map((p) => p.path)).toEqual(['_type']);
    const dup = excluded(broken.dupNewer);
    expect(dup.map((p) => p.path)).toEqual(['slug']);
    expect(dup[0]!.message).toContain(broken.slugKeeper);
    expect(dup[0]!.message).toContain(broken.dupNewer);
    expect(errorsOf(check.problems, broken.slugKeeper)).toEqual([]);
  });

  it('repairs dirty text before validating it: a warning naming the field, no NFC error, the clean text served', async () => {
    const forTitle = check.problems.filter((p) => p.documentId === broken.dirtyTitle && p.path === 'title');
    expect(forTitle.map((p) => [p.level, p.message])).toEqual([
      ['warning', 'đã chuẩn hóa Unicode (NFC); đã thay 1 chữ trông giống Đ/đ (Ð, ð, Ɖ, ɖ) bằng Đ/đ; đã bỏ 1 ký tự đổi chiều viết (bidi)'],
    ]);
    expect(check.repairs).toBeGreaterThanOrEqual(1);
    const prepared = await prepareContent({ env: { CONTENT_DATASET: broken.dir }, argv: [] });
    expect(await prepared.source.fetch('*[_id == $id][0].title', { id: broken.dirtyTitle })).toBe(broken.cleanTitle);
    expect(prepared.repairs).toBe(check.repairs);
  });

  it('the public source no longer returns them; the raw source still does', async () => {
    const raw = createLocalSource(await loadDataset(broken.dir));
    const pub = createPublicSource(raw, check.excludedIds);
    const ids = [broken.noTitle, broken.dupNewer, broken.unknownType];
    expect((await raw.fetch('*[_id in $ids]._id', { ids })) as string[]).toHaveLength(3);
    expect(await pub.fetch('*[_id in $ids]{_id}', { ids })).toEqual([]);
    expect(await pub.fetch('*[_id == $id][0]', { id: broken.noTitle })).toBeNull();
    // Dereferenced from another document: removed from arrays too.
    const stories = ((await pub.fetch('*[_type == "story"]{_id, "exemplars": exemplars[]->{_id, name}}')) as unknown[]);
    const json = JSON.stringify(stories);
    for (const id of ids) expect(json).not.toContain(`"${id}"`);
    expect(stories.length).toBeGreaterThan(0);
  });

  it('formatReport names each document and field in a Vietnamese table', () => {
    const report = formatReport(check.problems, check.excludedIds);
    expect(report).toMatch(/^Kiểm tra nội dung: \d+ lỗi, \d+ cảnh báo \(\d+ chỗ đã tự sửa\), \d+ thông tin; \d+ tài liệu không hiển thị được bị loại khỏi trang công khai\./);
    expect(report).toContain('Mã tài liệu');
    expect(report).toContain('Trường');
    expect(report).toContain('Thông báo');
    for (const id of [broken.noAlt, broken.dangling, broken.noTitle, broken.dupNewer, broken.unknownType]) {
      expect(report.split('\n').some((line) => line.startsWith(id) && line.includes('│ lỗi'))).toBe(true);
    }
    expect(report.split('\n').some((line) => line.startsWith(broken.jsLink) && line.includes('│ cảnh báo │ đã bỏ liên kết'))).toBe(true);
    expect(report.split('\n').some((line) => line.startsWith(broken.dirtyTitle) && line.includes('│ cảnh báo │ đã chuẩn hóa Unicode (NFC)'))).toBe(true);
    expect(report).toMatch(new RegExp(`^Bị loại: .*${broken.noTitle}`, 'm'));
    expect(report).toMatch(/cover\.alt/);
    expect(report).toContain(broken.jsPath.replace(/\.href$/, ''));
    expect(formatReport([])).toBe('Kiểm tra nội dung: không có vấn đề nào.');
  });

  it('prepareContent: non-strict builds without them and logs the report; strict fails with one paragraph', async () => {
    const logged: string[] = [];
    const prepared = await prepareContent({ env: { CONTENT_DATASET: broken.dir }, argv: [], log: (r) => logged.push(r) });
    expect(prepared.strict).toBe(false);
    expect(logged).toEqual([prepared.report]);
    expect(await prepared.source.fetch('*[_id == $id][0]', { id: broken.noTitle })).toBeNull();
    expect(await prepared.source.fetch('*[_id == $id][0]._id', { id: broken.jsLink })).toBe(broken.jsLink);

    for (const options of [{ env: { CONTENT_DATASET: broken.dir, STRICT: '1' }, argv: [] }, { env: { CONTENT_DATASET: broken.dir }, argv: ['build', '--strict'] }]) {
      const error = await prepareContent(options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ContentIntegrityError);
      const message = (error as Error).message;
      const errors = check.problems.filter((p) => p.level === 'error');
      const documents = new Set(errors.map((p) => p.documentId)).size;
      expect(message).toContain(`${errors.length} lỗi ở ${documents} tài liệu (${check.excludedIds.size} tài liệu bị loại)`);
      expect(message).not.toContain('\n');
      expect((error as ContentIntegrityError).report).toBe(prepared.report);
      expect((error as Error).stack).not.toMatch(/\n\s+at /);
    }
  });

  it('the Sanity source (loopback stand-in) gets the same check, exclusions and pruned answers', async () => {
    const raw = (await loadDataset(broken.dir)).documents;
    const standIn = await startSanityStandIn({ documents: raw, dataset: 'production', apiVersion: DEFAULT_SANITY_API_VERSION });
    try {
      const viaSanity = await prepareContent({
        env: { SANITY_PROJECT_ID: 'gsloopback', SANITY_DATASET: 'production' },
        argv: [],
        sanity: { apiHost: standIn.origin },
      });
      const viaLocal = await prepareContent({ env: { CONTENT_DATASET: broken.dir }, argv: [] });
      expect(viaSanity.source.kind).toBe('sanity');
      expect(viaLocal.source.kind).toBe('local');
      expect([...viaSanity.excludedIds].sort()).toEqual([...viaLocal.excludedIds].sort());
      expect(viaSanity.problems).toEqual(viaLocal.problems);
      const gone = [broken.noTitle, broken.dupNewer, broken.unknownType];
      const queries = { ...(await siteQueries()), byIds: '*[_id in ["' + [...gone, broken.noAlt].join('", "') + '"]]' };
      for (const [name, query] of Object.entries(queries)) {
        for (const params of paramSets(query, raw)) {
          const answer = await viaSanity.source.fetch(query, params);
          expect(answer, name).toEqual(await viaLocal.source.fetch(query, params));
          // Neither the document nor a reference to it comes back. (A bare id string may: the
          // booklet query keeps a chapter's story id so its warning can name what was left out.)
          for (const id of gone) {
            expect(JSON.stringify(answer), name).not.toContain(`"_id":"${id}"`);
            expect(JSON.stringify(answer), name).not.toContain(`"_ref":"${id}"`);
          }
        }
      }
    } finally {
      await standIn.close();
    }
  });

  it('a missing image file is an error on the document that shows it, which stays (dangling asset reference)', async () => {
    const dir = copyDataset('missing-image');
    const story = readDocs(dir).find((d) => isPublished(d) && d._type === 'story' && errorsOf(clean.problems, d._id).length === 0)!;
    const dataset = await loadDataset(dir);
    const cover = story.cover as { _sanityAsset: string };
    rmSync(dataset.assetPath(cover._sanityAsset));
    const result = await checkContent(createLocalSource(await loadDataset(dir)));
    expect(result.excludedIds.has(story._id)).toBe(false);
    expect(errorsOf(result.problems, story._id).map((p) => p.path)).toContain('cover.asset');
  });

  it('prepareContent turns an unreadable dataset into a DatasetError, not a crash', async () => {
    const dir = copyDataset('bad-ndjson');
    writeFileSync(join(dir, 'data.ndjson'), '{"_id": "a", "_type": "story"}\n{oops\n');
    await expect(prepareContent({ env: { CONTENT_DATASET: dir }, argv: [] })).rejects.toThrow(DatasetError);
  });
});
