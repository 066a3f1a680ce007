// Render robustness (defence in depth, independent of the content repairs): hostile Portable Text must
// render to bounded HTML without crashing, and big bodies must finish. No timing assertions.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_RENDER_LIST_LEVEL, PortableTextBody } from '../../site/src/components/pt/PortableTextBody.tsx';
import { headingsOf } from '../../site/src/lib/story/headings.ts';
import { shareLinks } from '../../site/src/lib/story/share.ts';

const span = (text: unknown, marks: unknown = []) => ({ _type: 'span', _key: `s${String(text)}`, text, marks });
const block = (key: string, children: unknown, extra: Record<string, unknown> = {}) => ({ _type: 'block', _key: key, style: 'normal', markDefs: [], children, ...extra });
const render = (value: unknown[], headingIds?: Map<string, string>) =>
  renderToStaticMarkup(createElement(PortableTextBody, { value: value as never, images: new Map(), documentId: 'story.hostile', headingIds }));
const count = (html: string, tag: string) => html.split(`<${tag}>`).length - 1;

afterEach(() => vi.restoreAllMocks());

describe('hostile lists', () => {
  it('clamps a list item with level 1e9 (no allocation per level)', () => {
    const html = render([block('a', [span('sâu')], { listItem: 'bullet', level: 1e9 })]);
    expect(count(html, 'ul')).toBe(MAX_RENDER_LIST_LEVEL);
    expect(html).toContain('sâu');
  });

  it('renders a list nested 1,500 deep with at most 10 nested lists', () => {
    const body = Array.from({ length: 1500 }, (_, i) => block(`l${i}`, [span(`mục ${i}`)], { listItem: 'number', level: i + 1 }));
    const html = render(body);
    for (const i of [0, 9, 10, 1499]) expect(html).toContain(`mục ${i}<`);
    expect(count(html, 'ol')).toBe(MAX_RENDER_LIST_LEVEL);
    expect(count(html, 'li')).toBe(1500 + 0);
  });

  it('survives non-numeric levels, unknown list kinds, styles, marks and types named like Object members', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = render([
      block('a', [span('một', ['constructor', 'strong'])], { listItem: 'constructor', level: 'x', style: 'toString' }),
      block('b', [span(7), { _type: 'span', _key: 'n', text: null }], { markDefs: [{ _key: 'm', _type: '__proto__' }] }),
      block('c', 'không phải mảng'),
      { _type: 'constructor', _key: 'o' },
      { _type: 'khongBiet', _key: 'k' },
      null,
      block('d', [span('cuối')], { style: 'h2' }),
    ]);
    expect(html).toBe('<ul><li><strong>một</strong></li></ul><p></p><p></p><h2>cuối</h2>');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('story.hostile'));
    for (const [message] of warn.mock.calls) expect(String(message)).not.toMatch(/Error|at \w+ \(/);
  });

  it('renders nothing for fact boxes nested beyond the depth limit', () => {
    let inner: Record<string, unknown> = { _type: 'factBox', _key: 'f', title: 'đáy', body: [block('x', [span('đáy')])] };
    for (let i = 0; i < 1500; i++) inner = { _type: 'factBox', _key: `f${i}`, title: `t${i}`, body: [inner] };
    const html = render([inner]);
    // The top body (depth 0) and the bodies at depths 1..8 each show one box; depth 9 renders nothing.
    expect(html.split('<aside class="fact-box"').length - 1).toBe(9);
    expect(html).not.toContain('đáy');
  });
});

describe('a 10,000-block body with 2,000 repeated headings', () => {
  const body = Array.from({ length: 10_000 }, (_, i) => (i % 5 === 0 ? block(`h${i}`, [span('Mục lặp')], { style: 'h2' }) : block(`p${i}`, [span(`đoạn ${i}`)])));

  it('gets linear-time heading ids equal to "first free of base, base-2, base-3…", reserved ids skipped', () => {
    const headings = headingsOf(body, ['muc-lap-3']);
    expect(headings).toHaveLength(2000);
    const expected = ['muc-lap', 'muc-lap-2', ...Array.from({ length: 1998 }, (_, i) => `muc-lap-${i + 4}`)];
    expect(headings.map((h) => h.id)).toEqual(expected);
  });

  it('renders every block', () => {
    const ids = new Map(headingsOf(body).map((h) => [h.key, h.id]));
    const html = render(body, ids);
    expect(count(html, 'p')).toBe(8000);
    expect(html.split('<h2 id="muc-lap').length - 1).toBe(2000);
    expect(html).toContain('<h2 id="muc-lap-2000">');
  });
});

describe('headingsOf keeps suffixes stable when a heading text is itself suffixed', () => {
  it('never reuses an id', () => {
    const b = (k: string, text: string) => block(k, [span(text)], { style: 'h3' });
    const ids = headingsOf([b('1', 'A'), b('2', 'A-2'), b('3', 'A'), b('4', 'A'), b('5', 'A-2')]).map((h) => h.id);
    expect(ids).toEqual(['a', 'a-2', 'a-3', 'a-4', 'a-2-2']);
  });
});

describe('share links', () => {
  it('encode a title with a lone surrogate instead of throwing', () => {
    const links = shareLinks('https://guongsang.vn/bai-viet/a/', 'Cô Lan \uD800 dạy học');
    expect(links.map((l) => l.name)).toEqual(['Facebook', 'Zalo', 'X', 'E-mail']);
    expect(links[2]!.href).toBe('https://x.com/intent/tweet?url=https%3A%2F%2Fguongsang.vn%2Fbai-viet%2Fa%2F&text=C%C3%B4%20Lan%20%EF%BF%BD%20d%E1%BA%A1y%20h%E1%BB%8Dc');
  });
});
