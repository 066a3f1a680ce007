// Structural repair passes: hand-written inputs and the outputs and notes they must give.
import { describe, expect, it } from 'vitest';
import { compileSchema } from '../../schemas/compiled.ts';
import {
  createStructurePasses,
  isValidDateValue,
  MAX_PT_DEPTH,
  repairDates,
  repairPortableText,
  repairSelfChapters,
  STRUCTURE_PASSES,
  unsafeHrefReason,
} from '../../site/src/lib/content/integrity/repair-structure.ts';
import type { RepairPass } from '../../site/src/lib/content/integrity/repair-pass.ts';

type Doc = Record<string, unknown>;

function run(pass: RepairPass, doc: Doc) {
  const before = JSON.stringify(doc);
  const notes: [string, string][] = [];
  const out = pass(doc, (path, message) => notes.push([path, message]));
  expect(JSON.stringify(doc)).toBe(before); // never mutated
  if (notes.length === 0) expect(out).toBe(doc); // unchanged → same object
  else expect(out).not.toBe(doc);
  return { out, notes, paths: notes.map(([path]) => path) };
}

const span = (text: unknown, marks: unknown = []) => ({ _type: 'span', _key: `s${String(text)}`, text, marks });
const block = (key: string, children: unknown, extra: Doc = {}) => ({ _type: 'block', _key: key, style: 'normal', markDefs: [], children, ...extra });
const story = (body: unknown, extra: Doc = {}): Doc => ({ _id: 'story.a', _type: 'story', title: 'Bài', body, ...extra });
const linkBlock = (href: unknown) => block('p', [span('chữ', ['m']), span(' thường')], { markDefs: [{ _key: 'm', _type: 'link', href }] });

describe('link hrefs', () => {
  // eslint-disable-next-line no-script-url
  const hostile = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '%6A%61vascript:alert(1)', '&#106;avascript:alert(1)', '&#x6A;avascript:alert(1)', '   javascript:alert(1)', '\u0001javascript:alert(1)', 'javascript&colon;alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', '/tuong-doi', 'https://', 'không phải url', 42, null];
  it.each(hostile)('removes the link for %j and keeps the text', (href) => {
    expect(unsafeHrefReason(href)).not.toBe('');
    const { out, notes } = run(repairPortableText, story([linkBlock(href)]));
    const body = out.body as { markDefs: unknown[]; children: { text: string; marks: string[] }[] }[];
    expect(body[0]!.markDefs).toEqual([]);
    expect(body[0]!.children.map((c) => c.text)).toEqual(['chữ', ' thường']);
    expect(body[0]!.children[0]!.marks).toEqual([]);
    expect(notes[0]![0]).toBe('body[0].markDefs[0].href');
    expect(notes[0]![1]).toContain('đã bỏ liên kết');
    expect(notes.map(([p]) => p)).toContain('body[0].children[0].marks');
  });

  it.each(['https://example.org/a?b=%6A', 'http://x.vn', 'mailto:ban@example.org', 'tel:+84123456789'])('keeps %s', (href) => {
    expect(unsafeHrefReason(href)).toBe('');
    const doc = story([linkBlock(href)]);
    expect(run(repairPortableText, doc).out).toBe(doc);
  });

  it('trims spaces around a safe href and says so', () => {
    const { out, paths } = run(repairPortableText, story([linkBlock('  https://example.org/  ')]));
    expect((out.body as { markDefs: { href: string }[] }[])[0]!.markDefs[0]!.href).toBe('https://example.org/');
    expect(paths).toEqual(['body[0].markDefs[0].href']);
  });

  it('removes marks that are neither a schema decorator nor a kept markDef', () => {
    const input = block('p', [span('a', ['strong', 'em', 'code', 'ghost', 'k', 7])], { markDefs: [{ _key: 'k', _type: 'link', href: 'https://example.org/' }] });
    const { out, paths } = run(repairPortableText, story([input]));
    expect((out.body as { children: { marks: unknown[] }[] }[])[0]!.children[0]!.marks).toEqual(['strong', 'em', 'k']);
    expect(paths).toEqual(['body[0].children[0].marks']);
  });

  it('removes an internal link whose reference has no string _ref', () => {
    const input = block('p', [span('cô Lan', ['i', 'strong']), span(' ok', ['j'])], {
      markDefs: [
        { _key: 'i', _type: 'internalLink', reference: { _ref: 42 } },
        { _key: 'j', _type: 'internalLink', reference: { _type: 'reference', _ref: 'exemplar.lan' } },
      ],
    });
    const { out, paths } = run(repairPortableText, story([input]));
    const repaired = (out.body as { markDefs: { _key: string }[]; children: { marks: string[] }[] }[])[0]!;
    expect(repaired.markDefs.map((d) => d._key)).toEqual(['j']);
    expect(repaired.children.map((c) => c.marks)).toEqual([['strong'], ['j']]);
    expect(paths).toEqual(['body[0].markDefs[0]', 'body[0].children[0].marks']);
  });
});

describe('Portable Text blocks', () => {
  const cases: { name: string; body: unknown[]; expected: unknown[]; paths: string[] }[] = [
    {
      name: 'an unknown block type is dropped',
      body: [{ _type: 'khongBiet', _key: 'x' }, block('p', [span('a')]), 'chuỗi', { _type: 'constructor', _key: 'y' }],
      expected: [block('p', [span('a')])],
      paths: ['body[0]', 'body[2]', 'body[3]'],
    },
    {
      name: 'list levels are clamped to 1..10 (non-numbers and NaN → 1)',
      body: [
        block('a', [span('a')], { listItem: 'bullet', level: 1e9 }),
        block('b', [span('b')], { listItem: 'bullet', level: 0 }),
        block('c', [span('c')], { listItem: 'bullet', level: 'hai' }),
        block('d', [span('d')], { listItem: 'bullet', level: Number.NaN }),
        block('e', [span('e')], { listItem: 'bullet', level: 3 }),
        block('f', [span('f')], { listItem: 'bullet' }),
      ],
      expected: [
        block('a', [span('a')], { listItem: 'bullet', level: 10 }),
        block('b', [span('b')], { listItem: 'bullet', level: 1 }),
        block('c', [span('c')], { listItem: 'bullet', level: 1 }),
        block('d', [span('d')], { listItem: 'bullet', level: 1 }),
        block('e', [span('e')], { listItem: 'bullet', level: 3 }),
        block('f', [span('f')], { listItem: 'bullet' }),
      ],
      paths: ['body[0].level', 'body[1].level', 'body[2].level', 'body[3].level'],
    },
    {
      name: 'span text that is not a string becomes empty; children that is not an array becomes []',
      body: [block('a', [{ _type: 'span', _key: 'k', text: 5, marks: [] }]), block('b', 'không phải mảng'), block('c', [{ _type: 'inline?', _key: 'z' }])],
      expected: [block('a', [{ _type: 'span', _key: 'k', text: '', marks: [] }]), block('b', []), block('c', [])],
      paths: ['body[0].children[0].text', 'body[1].children', 'body[2].children[0]'],
    },
    {
      name: 'an off-list video keeps its title and caption as a paragraph; an off-list audio loses its url only',
      body: [
        { _type: 'videoEmbed', _key: 'v', url: 'https://evil.example/v/1', title: 'Lớp học', caption: 'Quay năm 2024' },
        { _type: 'videoEmbed', _key: 'w', url: 'https://soundcloud.com/a/b', title: ' ' },
        { _type: 'audioEmbed', _key: 'a', url: 'https://evil.example/a.mp3', title: 'Bài hát', transcript: 'Lời' },
        { _type: 'videoEmbed', _key: 'ok', url: 'https://www.youtube.com/watch?v=abc', title: 'Được' },
      ],
      expected: [
        { _type: 'block', _key: 'v', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 'v-text', text: 'Lớp học — Quay năm 2024', marks: [] }] },
        { _type: 'audioEmbed', _key: 'a', title: 'Bài hát', transcript: 'Lời' },
        { _type: 'videoEmbed', _key: 'ok', url: 'https://www.youtube.com/watch?v=abc', title: 'Được' },
      ],
      paths: ['body[0].url', 'body[1].url', 'body[2].url'],
    },
  ];
  it.each(cases)('$name', ({ body, expected, paths }) => {
    const result = run(repairPortableText, story(body));
    expect(result.out.body).toEqual(expected);
    expect(result.paths).toEqual(paths);
  });

  it('repairs Portable Text in every field that holds it (bio, rules, foreword, chapters, fact boxes)', () => {
    const bad = { _type: 'khongBiet', _key: 'x' };
    const fact = { _type: 'factBox', _key: 'f', title: 'Hộp', body: [bad, block('q', [span('q')])] };
    expect(run(repairPortableText, { _id: 'e', _type: 'exemplar', bio: [bad] }).paths).toEqual(['bio[0]']);
    expect(run(repairPortableText, { _id: 'c', _type: 'contest', rules: [bad] }).paths).toEqual(['rules[0]']);
    expect(run(repairPortableText, { _id: 'v', _type: 'event', description: [bad] }).paths).toEqual(['description[0]']);
    const pub = run(repairPortableText, { _id: 'p', _type: 'publication', foreword: [bad], chapters: [{ _type: 'sectionChapter', _key: 'c', title: 'Chương', body: [fact] }] });
    expect(pub.paths.sort()).toEqual(['chapters[0].body[0].body[0]', 'foreword[0]']);
    expect((pub.out.chapters as { body: { body: unknown[] }[] }[])[0]!.body[0]!.body).toEqual([block('q', [span('q')])]);
  });

  it('cuts fact boxes nested 1,500 deep: the walk completes and the output is bounded', () => {
    let inner: Doc = { _type: 'factBox', _key: 'f1500', title: 'đáy', body: [block('x', [span('x')])] };
    for (let i = 1499; i >= 1; i--) inner = { _type: 'factBox', _key: `f${i}`, title: `tầng ${i}`, body: [inner] };
    const { out, paths } = run(repairPortableText, story([inner]));
    // A fact box's body (simple text) allows only text blocks, so the second box is dropped there.
    expect(out.body).toEqual([{ _type: 'factBox', _key: 'f1', title: 'tầng 1', body: [] }]);
    expect(paths).toEqual(['body[0].body[0]']);
    expect(JSON.stringify(out).length).toBeLessThan(200);
  });

  it('cuts Portable Text nested deeper than MAX_PT_DEPTH even where the schema would allow it', async () => {
    const { defineArrayMember, defineField, defineType } = await import('@sanity/types');
    const rich = defineType({ name: 'rich', type: 'array', of: [defineArrayMember({ type: 'block' }), defineArrayMember({ type: 'box' })] });
    const box = defineType({ name: 'box', type: 'object', fields: [defineField({ name: 'title', type: 'string' }), defineField({ name: 'body', type: 'rich' })] });
    const doc = defineType({ name: 'page', type: 'document', fields: [defineField({ name: 'body', type: 'rich' })] });
    const { schema } = compileSchema([rich, box, doc], 'test');
    const passes = createStructurePasses(() => schema);
    let inner: Doc = { _type: 'box', _key: 'b', title: 'đáy', body: [block('x', [span('x')])] };
    for (let i = 0; i < 1500; i++) inner = { _type: 'box', _key: `b${i}`, title: String(i), body: [inner] };
    const { out, paths } = run(passes.repairPortableText, { _id: 'p', _type: 'page', body: [inner] });
    let depth = 0;
    for (let node = (out.body as Doc[])[0]; node; node = (node.body as Doc[] | undefined)?.[0]) depth++;
    // Arrays at depth 1..MAX_PT_DEPTH are kept, each holding one box; the last box loses its body.
    expect(depth).toBe(MAX_PT_DEPTH);
    expect(paths).toEqual([`body${'[0].body'.repeat(MAX_PT_DEPTH)}`]);
  });
});

describe('dates', () => {
  it.each([
    ['2024-02-29', 'date', true],
    ['2023-02-29', 'date', false],
    ['2023-02-30', 'date', false],
    ['2023-04-31', 'date', false],
    ['1899-12-31', 'date', false],
    ['2100-12-31', 'date', true],
    ['+099999-01-01', 'date', false],
    ['99999-01-01', 'date', false],
    ['2023-1-5', 'date', false],
    ['2024-05-01T08:30:00Z', 'datetime', true],
    ['2024-05-01T08:30:00.123+07:00', 'datetime', true],
    ['2024-05-01T24:00:00Z', 'datetime', false],
    ['2023-02-30T08:00:00Z', 'datetime', false],
    ['+099999-01-01T00:00:00Z', 'datetime', false],
    ['2024-05-01', 'datetime', false],
    [20240501, 'date', false],
  ] as const)('%j as %s → %s', (value, kind, valid) => {
    expect(isValidDateValue(value, kind)).toBe(valid);
  });

  it('removes and reports impossible dates in every date field, including nested ones', () => {
    const doc = story([], {
      publishedAt: '2023-02-30T08:00:00Z',
      updatedAt: '2024-03-01T08:00:00Z',
      republishedFrom: { _type: 'republication', outlet: 'Báo', originalDate: '+099999-01-01' },
    });
    const { out, paths } = run(repairDates, doc);
    expect(out).toEqual(story([], { updatedAt: '2024-03-01T08:00:00Z', republishedFrom: { _type: 'republication', outlet: 'Báo' } }));
    expect(paths.sort()).toEqual(['publishedAt', 'republishedFrom.originalDate']);
    const exemplar = { _id: 'e', _type: 'exemplar', lifecycle: { history: [{ _type: 'lifecycleEvent', _key: 'h', stage: 'x', date: '2023-02-30' }] } };
    const lifecycle = run(repairDates, exemplar);
    expect(lifecycle.paths).toEqual(['lifecycle.history[0].date']);
    expect(lifecycle.out.lifecycle).toEqual({ history: [{ _type: 'lifecycleEvent', _key: 'h', stage: 'x' }] });
    expect(run(repairDates, { _id: 'h', _type: 'honour', decisionDate: '2023-02-30' }).paths).toEqual(['decisionDate']);
    expect(run(repairDates, { _id: 'c', _type: 'contest', opensAt: 'ngày mai' }).paths).toEqual(['opensAt']);
  });

  it('leaves valid dates and unknown document types alone', () => {
    const doc = story([], { publishedAt: '2024-02-29T00:00:00Z' });
    expect(run(repairDates, doc).out).toBe(doc);
    const asset = { _id: 'image-x', _type: 'sanity.imageAsset', uploadedAt: 'hỏng' };
    expect(run(repairDates, asset).out).toBe(asset);
  });
});

describe('publication chapters', () => {
  it('drops a chapter that references the publication itself, and never follows references', () => {
    const chapter = (key: string, ref: string) => ({ _type: 'storyChapter', _key: key, story: { _type: 'reference', _ref: ref } });
    const doc = { _id: 'pub.a', _type: 'publication', title: 'Kỷ yếu', chapters: [chapter('a', 'story.a'), chapter('b', 'pub.a'), chapter('c', 'drafts.pub.a')] };
    const { out, paths } = run(repairSelfChapters, doc);
    expect(out.chapters).toEqual([chapter('a', 'story.a')]);
    expect(paths).toEqual(['chapters[1]', 'chapters[2]']);
    const fine = { ...doc, chapters: [chapter('a', 'story.a')] };
    expect(run(repairSelfChapters, fine).out).toBe(fine);
  });
});

describe('STRUCTURE_PASSES', () => {
  it('runs every pass and each leaves a clean document untouched', () => {
    expect(STRUCTURE_PASSES).toHaveLength(3);
    const clean = story([block('p', [span('a', ['strong'])])], { publishedAt: '2024-01-01T00:00:00Z' });
    for (const pass of STRUCTURE_PASSES) expect(run(pass, clean).out).toBe(clean);
  });

  it('is linear enough for a 10,000-block body (completes; output keeps every block)', () => {
    const body = Array.from({ length: 10_000 }, (_, i) => block(`b${i}`, [span(`đoạn ${i}`)], i % 5 === 0 ? { listItem: 'bullet', level: 1e9 } : {}));
    const { out, notes } = run(repairPortableText, story(body));
    expect((out.body as unknown[]).length).toBe(10_000);
    expect(notes).toHaveLength(2_000);
  });
});

describe('reference types', () => {
  it('removes a reference to a document of a type the field does not allow, and keeps the others', async () => {
    const { referenceTypePass } = await import('../../site/src/lib/content/integrity/repair-structure.ts');
    const typeOf = new Map([
      ['exemplar.a', 'exemplar'],
      ['column.x', 'column'],
    ]);
    const story = {
      _id: 'story.s',
      _type: 'story',
      title: 'Bài',
      exemplars: [
        { _type: 'reference', _key: 'k1', _ref: 'column.x' },
        { _type: 'reference', _key: 'k2', _ref: 'exemplar.a' },
        { _type: 'reference', _key: 'k3', _ref: 'exemplar.khong-co' },
      ],
    };
    const notes: string[] = [];
    const out = referenceTypePass(typeOf)(story, (path, message) => notes.push(`${path}: ${message}`));
    expect(out.exemplars).toEqual([
      { _type: 'reference', _key: 'k2', _ref: 'exemplar.a' },
      { _type: 'reference', _key: 'k3', _ref: 'exemplar.khong-co' },
    ]);
    expect(notes).toEqual(['exemplars[0]: đã bỏ tham chiếu tới "column.x": tài liệu đó thuộc loại column, ở đây cần exemplar']);
    expect(story.exemplars).toHaveLength(3);
  });
});
