// The text repair pass and the log-safe helper: tables of inputs → outputs written by hand.
import { describe, expect, it } from 'vitest';
import { repairText, repairString } from '../../site/src/lib/content/integrity/repair-text.ts';
import { logSafe } from '../../site/src/lib/content/integrity/log-safe.ts';

// Spelled with escapes so every invisible character is visible in this file.
const cases: Array<[name: string, input: string, output: string, message: string]> = [
  ['clean Vietnamese', 'Đường đến trường', 'Đường đến trường', ''],
  ['NFD → NFC', 'Tru\u031Bo\u031B\u0300ng', 'Trường', 'đã chuẩn hóa Unicode (NFC)'],
  ['look-alike Ð and ɖ', '\u00D0ồng \u0256ất', 'Đồng đất', 'đã thay 2 chữ trông giống Đ/đ (Ð, ð, Ɖ, ɖ) bằng Đ/đ'],
  ['NUL, BEL, ESC and C1 NEL removed', 'a\u0000b\u0007c\u001b[31md\u0085', 'abc[31md', 'đã bỏ 4 ký tự điều khiển'],
  ['LF kept, CR LF → LF, lone CR → LF', 'dòng 1\r\ndòng 2\rdòng 3\ndòng 4', 'dòng 1\ndòng 2\ndòng 3\ndòng 4', 'đã bỏ 2 ký tự điều khiển'],
  ['TAB → space', 'Họ\ttên', 'Họ tên', 'đã thay 1 ký tự tab bằng dấu cách'],
  ['bidi override and isolates removed', '\u202Egnal\u202C \u2066Lan\u2069\u200F\u061C', 'gnal Lan', 'đã bỏ 6 ký tự đổi chiều viết (bidi)'],
  ['ZWSP, word joiner and BOM removed', '\uFEFFHà\u200BNội\u2060', 'HàNội', 'đã bỏ 3 ký tự vô hình (độ rộng 0)'],
  ['ZWJ/ZWNJ between Latin letters removed', 'Hà\u200DNội\u200Cx', 'HàNộix', 'đã bỏ 2 ký tự vô hình (độ rộng 0)'],
  ['ZWJ inside an emoji sequence kept', 'Cô giáo \u{1F469}\u200D\u{1F3EB}', 'Cô giáo \u{1F469}\u200D\u{1F3EB}', ''],
  ['ZWNJ/ZWJ between Khmer letters kept', '\u1780\u200C\u1781\u200D\u1782', '\u1780\u200C\u1781\u200D\u1782', ''],
  ['ZWJ at the ends removed', '\u200DLan\u200D', 'Lan', 'đã bỏ 2 ký tự vô hình (độ rộng 0)'],
  ['lone high and low surrogates → U+FFFD, pairs kept', 'a\uD83Db\uDE00\u{1F600}', 'a\uFFFDb\uFFFD\u{1F600}', 'đã thay 2 nửa ký tự UTF-16 lẻ bằng ký tự thay thế (U+FFFD)'],
  [
    'several at once, in the fixed order of the message',
    'Tru\u031Bo\u031B\u0300ng\u0001\u200B',
    'Trường',
    'đã chuẩn hóa Unicode (NFC); đã bỏ 1 ký tự điều khiển; đã bỏ 1 ký tự vô hình (độ rộng 0)',
  ],
];

describe('repairText: one string', () => {
  it.each(cases)('%s', (_name, input, output, message) => {
    const notes: Array<[string, string]> = [];
    const doc = { _id: 'story.a', _type: 'story', title: input };
    const repaired = repairText(doc, (path, m) => notes.push([path, m]));
    expect(repaired.title).toBe(output);
    expect(notes).toEqual(message === '' ? [] : [['title', message]]);
    // Idempotent: a second pass finds nothing.
    expect(repairString(output).text).toBe(output);
  });
});

describe('repairText: a whole document', () => {
  const doc = {
    _id: 'story.\u200Bx',
    _type: 'story',
    _createdAt: '2024-01-01T00:00:00Z',
    title: 'Lan\u202E',
    slug: { _type: 'slug', current: 'lan\u200B' },
    count: 3,
    flags: [true, null],
    body: [
      { _type: 'block', _key: 'b1', markDefs: [{ _type: 'link', _key: 'm1', href: 'https://a.vn/\u0000' }], children: [{ _type: 'span', _key: 's1', text: 'x\ty', marks: ['m1'] }] },
      { _type: 'block', _key: 'b2', children: [{ _type: 'span', _key: 's2', text: 'sạch', marks: [] }] },
    ],
  };

  it('repairs every field at any depth, one note per field, identifiers only reported', () => {
    const before = structuredClone(doc);
    const notes: Array<[string, string]> = [];
    const repaired = repairText(doc, (path, m) => notes.push([path, m]));
    expect(doc).toEqual(before); // input untouched
    expect(repaired).toEqual({
      ...before,
      title: 'Lan',
      slug: { _type: 'slug', current: 'lan' },
      body: [
        { _type: 'block', _key: 'b1', markDefs: [{ _type: 'link', _key: 'm1', href: 'https://a.vn/' }], children: [{ _type: 'span', _key: 's1', text: 'x y', marks: ['m1'] }] },
        before.body[1],
      ],
    });
    // Unchanged subtrees are shared, not copied.
    expect(repaired.body).not.toBe(doc.body);
    expect((repaired.body as unknown[])[1]).toBe(doc.body[1]);
    expect(notes.map(([path]) => path).sort()).toEqual(['_id', 'body[0].children[0].text', 'body[0].markDefs[0].href', 'slug.current', 'title'].sort());
    expect(notes.find(([path]) => path === '_id')![1]).toMatch(/^mã định danh .*không tự sửa/);
  });

  it('returns the same object when nothing changed', () => {
    const cleanDoc = { _id: 'a', _type: 'story', title: 'Lan', body: [{ _type: 'block', children: [{ text: 'x' }] }] };
    const notes: string[] = [];
    expect(repairText(cleanDoc, (p) => notes.push(p))).toBe(cleanDoc);
    expect(notes).toEqual([]);
  });
});

describe('logSafe', () => {
  it.each([
    ['plain Vietnamese', 'story.đường-đến-trường', 'story.đường-đến-trường'],
    ['ANSI colour and clear-screen removed', 'a\u001b[31mb\u001b[2J\u001b[0mc', 'abc'],
    ['OSC title sequence removed', 'x\u001b]0;pwned\u0007y', 'xy'],
    ['8-bit CSI removed', 'x\u009b31my', 'xy'],
    ['other controls shown visibly', 'a\rb\u0000c\nd', 'a\\u000db\\u0000c\\u000ad'],
    ['bidi override shown visibly', 'gnal\u202E', 'gnal\\u202e'],
  ])('%s', (_name, input, output) => {
    expect(logSafe(input)).toBe(output);
  });
});
