// No personal data from public participation (issue 11) anywhere in site/dist. One real build of the
// sample with a CONTENT_OVERLAY (as the site server writes it) holding, on purpose, what must never be
// public — as if a bug or a hand edit had put private records in the public content:
//   (a) a prize-winning entry carrying a unique marker in every private field, whose entrant agreed to
//       publish but not their name nor their school;
//   (b) an entry only received ("da-nhan"), not yet valid;
//   (c) a nomination and a judge's score sheet;
//   (d) a published exemplar started from a nomination, carrying the nomination's id (sourceNomination).
// Every output file is read: HTML, JSON, CSV, XML, the Pagefind index and fragments (inflated), and
// every other text file. Expectations are the planted values themselves, not the site's code.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities, fileText, listFiles, pagePath, readNdjson, removeBuild, runBuild, sampleDatasetDir, type BuildResult } from './helpers/build.ts';

const sample = readNdjson(sampleDatasetDir);
const ref = (value: unknown) => (value as { _ref?: string } | undefined)?._ref;
/** The sample contest whose results are out (its entries are shown with their prizes). */
const contest = sample.find((d) => d._type === 'contest' && Date.parse(String(d.resultsAt)) < Date.parse('2026-01-01T00:00:00Z'))!;
const contestSlug = (contest.slug as { current: string }).current;
const honourPrize = (contest.prizes as { _key: string; isHonour?: boolean }[]).find((p) => p.isHonour)!;

// Lower-case ASCII markers: Pagefind lower-cases words, so the index is searched case-insensitively.
const M = (field: string) => `mkrpriv${field}q7`;
const HIDDEN_NAME = `Trần Kín Tên ${M('name')}`;
const HIDDEN_SCHOOL = `Trường Giấu Tên ${M('school')}`;
const VALID_TITLE = 'Lá thư gửi thầy dạy đàn Xuân Thu 3K';
const RECEIVED_TITLE = 'Bài vừa nhận chưa duyệt Mây Trắng 6V';

const valid = {
  _id: 'contestEntry.privacy-valid',
  _type: 'contestEntry',
  contest: { _type: 'reference', _ref: contest._id, _weak: true },
  title: VALID_TITLE,
  text: `Toàn văn riêng ${M('text')}`,
  wordCount: 4,
  file: { _type: 'file', asset: { _type: 'reference', _ref: `file-${'ab'.repeat(20)}-pdf` }, kind: 'pdf', mimeType: 'application/pdf', size: 1234, originalName: `${M('filename')}.pdf` },
  entrant: { _type: 'entrant', name: HIDDEN_NAME, role: 'hoc-sinh', school: HIDDEN_SCHOOL, province: 'son-la', birthYear: 2013 },
  contact: { _type: 'privateContact', email: `${M('email')}@example.invalid`, phone: `0912${'345678'}`, address: `Số 1 ngõ ${M('address')}` },
  representative: { _type: 'legalRepresentative', name: `Mẹ ${M('repname')}`, relation: `quan hệ ${M('relation')}`, contact: { _type: 'privateContact', email: `${M('repemail')}@example.invalid`, phone: '0987654321' } },
  consents: [
    { _type: 'consentRecord', _key: 'c1', purpose: 'xu-ly', givenBy: 'nguoi-dai-dien', wording: `Tôi đồng ý xử lý ${M('consent1')}`, wordingVersion: M('version'), givenAt: '2026-10-01T08:00:00+07:00' },
    { _type: 'consentRecord', _key: 'c2', purpose: 'cong-bo', givenBy: 'nguoi-dai-dien', wording: `Tôi đồng ý công bố ${M('consent2')}`, wordingVersion: M('version'), givenAt: '2026-10-01T08:00:00+07:00' },
    { _type: 'consentRecord', _key: 'c3', purpose: 'cong-bo', givenBy: 'tre-em', wording: `Em đồng ý công bố ${M('consent3')}`, wordingVersion: M('version'), givenAt: '2026-10-01T08:00:00+07:00' },
  ],
  publishFields: ['vai-tro', 'tinh', 'bai-viet'],
  status: 'dat-giai',
  placing: honourPrize._key,
  excerpt: 'Trích đoạn được phép công bố của bài kiểm thử.',
  invalidReason: `Lý do riêng ${M('reason')}`,
  submittedAt: '2026-10-01T08:00:00+07:00',
  receiptHash: `${M('receipt')}${'0'.repeat(40)}`,
  idempotencyKey: M('idempotency'),
};
const received = { ...valid, _id: 'contestEntry.privacy-received', title: RECEIVED_TITLE, status: 'da-nhan', placing: undefined, entrant: { ...valid.entrant, name: `Người gửi ${M('receivedname')}` } };
const nomination = {
  _id: 'nomination.privacy',
  _type: 'nomination',
  nominee: { _type: 'nominee', kind: 'ca-nhan', name: `Người được đề cử ${M('nominee')}`, unit: M('unit'), birthYear: 1980 },
  achievements: `Việc đã làm ${M('achievements')}`,
  evidenceLinks: [`https://example.invalid/${M('evidence')}`],
  evidenceFiles: [],
  nominator: { _type: 'nominator', name: `Người đề cử ${M('nominator')}`, contact: { _type: 'privateContact', email: `${M('nomemail')}@example.invalid` } },
  consents: [],
  status: 'da-nhan',
  reviewNote: M('review'),
  submittedAt: '2026-10-02T08:00:00+07:00',
  receiptHash: M('nomreceipt'),
  idempotencyKey: M('nomidem'),
};
const score = {
  _id: 'judgeScore.privacy.valid',
  _type: 'judgeScore',
  judge: { _type: 'reference', _ref: 'judge.privacy' },
  entry: { _type: 'reference', _ref: valid._id },
  contest: { _type: 'reference', _ref: contest._id, _weak: true },
  scores: [{ _key: 's1', criterion: 'chan-thuc', score: 9 }],
  comment: `Nhận xét ${M('comment')}`,
  scoredAt: '2026-10-05T08:00:00+07:00',
};

/** A published sample exemplar, as the Studio's "start an exemplar" action leaves it: linked to its nomination. */
const exemplarDoc = sample.find((d) => d._type === 'exemplar' && !d._id.startsWith('drafts.') && d.slug)!;
const exemplarSlug = (exemplarDoc.slug as { current: string }).current;
const exemplar = { ...exemplarDoc, sourceNomination: `nomination.${M('sourcenom')}` };

const MARKERS = [
  M('sourcenom'),
  ...['name', 'school', 'text', 'filename', 'email', 'address', 'repname', 'relation', 'repemail', 'consent1', 'consent2', 'consent3', 'version', 'reason', 'receipt', 'idempotency', 'receivedname'].map(M),
  ...['nominee', 'unit', 'achievements', 'evidence', 'nominator', 'nomemail', 'review', 'nomreceipt', 'nomidem', 'comment'].map(M),
  '0912345678',
  '0987654321',
];

/**
 * Names of private fields: in any data the site publishes they would mean a private record leaked. The
 * form's own script (`_astro/*.js`) legitimately names the fields it fills, so code is not searched
 * for them; the planted values above are searched everywhere, code included.
 */
const PRIVATE_FIELD_NAMES = ['sourcenomination', 'birthyear', 'receipthash', 'idempotencykey'];

/** Every output file's text, lower-cased: HTML entities decoded, gzip (Pagefind) inflated; binaries as empty. */
function outputTexts(outDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of listFiles(outDir)) {
    const name = relative(outDir, file);
    if (/\.(avif|webp|jpe?g|png|gif|ico|mp3|m4a|wasm|woff2?|pdf|epub)$/i.test(file)) texts.set(name, '');
    else texts.set(name, decodeEntities(fileText(file)).normalize('NFC').toLowerCase());
  }
  return texts;
}

describe('no personal data from participation in site/dist', () => {
  let build: BuildResult | undefined;
  let texts: Map<string, string>;
  const dir = mkdtempSync(join(tmpdir(), 'guong-sang-privacy-'));

  beforeAll(async () => {
    const overlay = join(dir, 'overlay.ndjson');
    writeFileSync(overlay, [valid, received, nomination, score, exemplar].map((d) => JSON.stringify(d)).join('\n') + '\n');
    build = await runBuild({
      env: { CONTENT_DATASET: sampleDatasetDir, CONTENT_OVERLAY: overlay, BUILD_TIME: '2026-12-02T01:00:00Z', STRICT: undefined, SANITY_PROJECT_ID: undefined, SANITY_DATASET: undefined, OG_CACHE_DIR: join(dir, 'og'), VALIDATION_CACHE_FILE: join(dir, 'validation.json') },
    });
    expect(build.code, build.output.slice(-3000)).toBe(0);
    texts = outputTexts(build.outDir);
  }, 900_000);

  afterAll(() => {
    if (build) removeBuild(build);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the whole output, the search index included', () => {
    const names = [...texts.keys()];
    expect(names.some((n) => n.endsWith('.pf_fragment'))).toBe(true);
    expect(names.some((n) => n.endsWith('.csv'))).toBe(true);
    expect(names.some((n) => n.endsWith('.xml'))).toBe(true);
    // The decoding works: a sample entry's own title is found in the inflated search fragments.
    const sampleEntry = sample.find((d) => d._type === 'contestEntry' && ref(d.contest) === contest._id)!;
    expect([...texts].some(([n, t]) => n.endsWith('.pf_fragment') && t.includes(String(sampleEntry.title).toLowerCase()))).toBe(true);
  });

  it('no private value, no hidden name or school, no private field name appears in any file', () => {
    const found = MARKERS.flatMap((marker) => [...texts].filter(([, text]) => text.includes(marker.toLowerCase())).map(([name]) => `${name}: ${marker}`));
    expect(found).toEqual([]);
    const data = [...texts].filter(([name]) => !/^_astro\/.*\.js$/.test(name));
    expect(data.length).toBeGreaterThan(100);
    const named = PRIVATE_FIELD_NAMES.flatMap((field) => data.filter(([, text]) => text.includes(field)).map(([name]) => `${name}: ${field}`));
    expect(named).toEqual([]);
    for (const hidden of [HIDDEN_NAME, HIDDEN_SCHOOL]) expect([...texts].filter(([, t]) => t.includes(hidden.toLowerCase())).map(([n]) => n), hidden).toEqual([]);
  });

  it('the exemplar started from a nomination is still published (only its source is hidden)', () => {
    expect(texts.has(`guong-dien-hinh/${exemplarSlug}/index.html`)).toBe(true);
  });

  it('the entry that is only received appears nowhere', () => {
    expect([...texts].filter(([, t]) => t.includes(RECEIVED_TITLE.toLowerCase())).map(([n]) => n)).toEqual([]);
  });

  it('the valid entry is on its contest page with its prize, shown without a name', () => {
    const html = decodeEntities(fileText(pagePath(build!.outDir, `/cuoc-thi/${contestSlug}/`)));
    const group = new RegExp(`data-placing="${honourPrize._key}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
    expect(group).toContain(VALID_TITLE);
    expect(group).toContain('Tác giả đề nghị không công bố tên');
    expect(group).toContain('Sơn La'); // the province it agreed to publish
  });

  it('the honours register and open data list it with its public fields only', () => {
    const register = decodeEntities(fileText(pagePath(build!.outDir, '/bang-vang/')));
    expect(register).toContain(`data-honour="${valid._id}"`);
    const json = JSON.parse(fileText(join(build!.outDir, 'du-lieu-mo/ket-qua-cuoc-thi.json'))) as { records: Record<string, unknown>[] };
    const record = json.records.find((r) => r.id === valid._id)!;
    expect(record).toMatchObject({ title: VALID_TITLE, entrant_name: null, school: null, province_slug: 'son-la', status: 'dat-giai' });
    expect(json.records.some((r) => r.id === received._id)).toBe(false);
  });
});
