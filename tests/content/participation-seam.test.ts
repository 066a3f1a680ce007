// The content seam for public participation (issue 11), through the real config → backend →
// integrity path on the bundled sample:
// - CONTENT_OVERLAY merges an NDJSON file over the dataset by _id (added or replaced); a missing
//   file is no overlay; a bad line is skipped and reported by its line number, in Vietnamese;
// - a contestEntry keeps only public fields (each removal reported naming the document and field),
//   and only the entrant fields its entrant agreed to publish;
// - an entry in a non-public status, and nomination / judge / judgeScore documents, are excluded and
//   never answered by any query.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContentBackend } from '../../site/src/lib/content/backend.ts';
import { readContentConfig } from '../../site/src/lib/content/config.ts';
import { prepareContent, type PreparedContent } from '../../site/src/lib/content/integrity/prepare.ts';
import { readDocs, sampleDatasetPath } from './helpers/sample.ts';

const sample = readDocs(sampleDatasetPath());
const contest = sample.find((d) => d._type === 'contest' && !d._id.startsWith('drafts.'))!;
const replacedEntry = sample.find((d) => d._type === 'contestEntry')!;

const ADDED = {
  _id: 'contestEntry.lop-phu-moi',
  _type: 'contestEntry',
  contest: { _type: 'reference', _ref: contest._id, _weak: true },
  title: 'Bài lớp phủ Cánh Diều 4T',
  status: 'hop-le',
  entrant: { _type: 'entrant', name: 'Tên Ẩn Lớp Phủ', role: 'hoc-sinh', school: 'Trường Ẩn Lớp Phủ', province: 'son-la', birthYear: 2013 },
  publishFields: ['vai-tro', 'tinh'],
  excerpt: 'Trích đoạn không được đồng ý công bố.',
  contact: { _type: 'privateContact', email: 'an-lop-phu@example.invalid', phone: '0900000001' },
  consents: [{ _type: 'consentRecord', _key: 'c1', purpose: 'xu-ly', givenBy: 'ban-than', wording: 'Tôi đồng ý', wordingVersion: '2026-01', givenAt: '2026-10-01T00:00:00+07:00' }],
  receiptHash: 'a'.repeat(64),
  idempotencyKey: 'khoa-lop-phu',
  submittedAt: '2026-10-01T00:00:00+07:00',
};
const REPLACED = { ...replacedEntry, title: 'Tên đã thay bằng lớp phủ Sóng Biển 8R' };
const RECEIVED = { ...ADDED, _id: 'contestEntry.lop-phu-da-nhan', title: 'Bài chưa duyệt Hạt Mưa 2P', status: 'da-nhan' };
const NOMINATION = { _id: 'nomination.lop-phu', _type: 'nomination', nominee: { _type: 'nominee', kind: 'ca-nhan', name: 'Người được đề cử Lớp Phủ' }, achievements: 'x', status: 'da-nhan' };
const SCORE = { _id: 'judgeScore.a.b', _type: 'judgeScore', judge: { _type: 'reference', _ref: 'judge.a' }, entry: { _type: 'reference', _ref: ADDED._id }, scores: [] };

const lines = [
  JSON.stringify(ADDED),
  '{ not json',
  JSON.stringify(REPLACED),
  '',
  JSON.stringify({ title: 'no id' }),
  JSON.stringify(RECEIVED),
  JSON.stringify(NOMINATION),
  JSON.stringify(SCORE),
];

describe('CONTENT_OVERLAY and the participation seam', () => {
  let dir: string;
  let overlayFile: string;
  let prepared: PreparedContent;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'overlay-'));
    overlayFile = join(dir, 'overlay.ndjson');
    writeFileSync(overlayFile, lines.join('\n') + '\n');
    prepared = await prepareContent({ env: { CONTENT_DATASET: sampleDatasetPath(), CONTENT_OVERLAY: overlayFile }, argv: [], now: new Date('2026-12-02T00:00:00Z') });
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a missing overlay file is no overlay', async () => {
    const backend = await createContentBackend(readContentConfig({ CONTENT_DATASET: sampleDatasetPath(), CONTENT_OVERLAY: join(dir, 'absent.ndjson') }, []));
    expect(backend.dataset!.documents.filter((d) => !d._type.startsWith('sanity.')).length).toBe(sample.length);
    expect(backend.overlayProblems).toEqual([]);
  });

  it('merges by _id: added documents and replaced ones, the rest untouched', async () => {
    const backend = await createContentBackend(readContentConfig({ CONTENT_DATASET: sampleDatasetPath(), CONTENT_OVERLAY: overlayFile }, []));
    const docs = backend.dataset!.documents.filter((d) => !d._type.startsWith('sanity.'));
    // 5 valid overlay documents, one of which replaces a sample document.
    expect(docs.length).toBe(sample.length + 4);
    expect(docs.filter((d) => d._id === replacedEntry._id).map((d) => d.title)).toEqual([REPLACED.title]);
    expect(docs.find((d) => d._id === ADDED._id)?.title).toBe(ADDED.title);
  });

  it('reports each bad line by its number, in Vietnamese, and skips it', () => {
    const overlayProblems = prepared.problems.filter((p) => p.documentId.startsWith('CONTENT_OVERLAY:'));
    expect(overlayProblems.map((p) => p.documentId).sort()).toEqual(['CONTENT_OVERLAY:2', 'CONTENT_OVERLAY:5']);
    expect(overlayProblems.find((p) => p.documentId === 'CONTENT_OVERLAY:2')!.message).toContain('Dòng 2 của tệp lớp phủ (CONTENT_OVERLAY) không phải JSON hợp lệ');
    expect(prepared.report).toContain('Dòng 5 của tệp lớp phủ');
  });

  it('strips private and unconsented fields of a contest entry, naming the document and field', async () => {
    const [entry] = (await prepared.source.fetch(`*[_id == "${ADDED._id}"]`)) as Record<string, unknown>[];
    expect(entry).toBeDefined();
    for (const field of ['contact', 'consents', 'receiptHash', 'idempotencyKey', 'excerpt']) expect(entry, field).not.toHaveProperty(field);
    expect(entry!.entrant).toEqual({ _type: 'entrant', role: 'hoc-sinh', province: 'son-la' });
    const repairs = prepared.problems.filter((p) => p.documentId === ADDED._id).map((p) => p.path).sort();
    expect(repairs).toEqual(['consents', 'contact', 'entrant.birthYear', 'entrant.name', 'entrant.school', 'excerpt', 'idempotencyKey', 'receiptHash'].sort());
    for (const p of prepared.problems.filter((q) => q.documentId === ADDED._id)) expect(p.message).toContain(`Bài dự thi ${ADDED._id}`);
    expect(JSON.stringify(await prepared.source.fetch('*'))).not.toContain('an-lop-phu@example.invalid');
  });

  it('excludes entries that are not valid yet, and private participation documents, with a message', async () => {
    for (const doc of [RECEIVED, NOMINATION, SCORE]) {
      expect(prepared.excludedIds.has(doc._id), doc._id).toBe(true);
      expect(await prepared.source.fetch(`*[_id == "${doc._id}"]`)).toEqual([]);
      expect(prepared.problems.some((p) => p.documentId === doc._id && p.message.startsWith('Bị loại khỏi trang công khai'))).toBe(true);
    }
    expect(prepared.problems.find((p) => p.documentId === NOMINATION._id)!.message).toContain('tài liệu riêng tư');
    expect(JSON.stringify(await prepared.source.fetch('*[_type in ["nomination", "judge", "judgeScore"]]'))).toBe('[]');
  });

  it('rejects CONTENT_OVERLAY with a Sanity project, in Vietnamese', () => {
    expect(() => readContentConfig({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', CONTENT_OVERLAY: overlayFile }, [])).toThrow(/CONTENT_OVERLAY chỉ dùng với dataset xuất sẵn/);
  });
});
