// The text a page's search fingerprint is taken from (site/src/lib/search/searchable-view.ts): two
// versions of a page must give the same view exactly when Pagefind would index them alike. Each row
// is a page before and after an edit, written by hand, and whether the archive could be reused.
import { describe, expect, it } from 'vitest';
import { searchableView } from '../../site/src/lib/search/searchable-view.ts';

const page = (parts: { body?: string; related?: string; pager?: string; meta?: string; head?: string; footer?: string }) =>
  `<!doctype html><html lang="vi"><head><title>${parts.head ?? 'Thuyền qua suối'}</title></head><body><header><a href="/">Gương sáng</a></header>` +
  `<article class="prose story" data-pagefind-body><h1>Thuyền qua suối</h1><p>${parts.body ?? 'Cô giáo chèo thuyền qua suối mỗi sáng.'}</p>` +
  `<div hidden data-pagefind-ignore><span data-pagefind-filter="Chuyên mục:Nhà giáo"></span>${parts.meta ?? '<span data-pagefind-meta="image:/og/thuyen.jpg"></span>'}</div>` +
  `<nav class="pager" aria-label="Bài khác" data-pagefind-ignore><a href="/bai-viet/a/">${parts.pager ?? 'Bài trước'}</a></nav>` +
  `<section class="related" data-pagefind-ignore><h2>Bài liên quan</h2><ul><li>${parts.related ?? '<img src="/_astro/a.webp" alt=""><div><a href="/bai-viet/b/">Bài B</a></div>'}</li></ul></section>` +
  `</article><footer>${parts.footer ?? 'Bộ Giáo dục và Đào tạo'}</footer></body></html>`;

const rows: Array<[string, string, string, 'same' | 'changed']> = [
  ['nothing edited', page({}), page({}), 'same'],
  ['a neighbour\'s title in the pager', page({}), page({ pager: 'Bài trước đã đổi tên' }), 'same'],
  ['a related story\'s title and picture (the page names its own image)', page({}), page({ related: '<img src="/_astro/z.webp" alt=""><div><a href="/bai-viet/z/">Bài Z</a></div>' }), 'same'],
  ['the <title> in <head>, before the indexed region', page({}), page({ head: 'Tên khác' }), 'same'],
  ['the story\'s own text', page({}), page({ body: 'Cô giáo chèo thuyền qua suối mỗi chiều.' }), 'changed'],
  ['a filter inside an ignored region', page({}), page({ meta: '<span data-pagefind-meta="image:/og/khac.jpg"></span>' }), 'changed'],
  ['a related picture when the page names no image of its own', page({ meta: '' }), page({ meta: '', related: '<img src="/_astro/z.webp" alt=""><div><a href="/bai-viet/b/">Bài B</a></div>' }), 'changed'],
  ['the footer after the indexed region', page({}), page({ footer: 'Bộ Giáo dục' }), 'changed'],
  ['an ignored element never closed: the whole file counts', page({}).replace('</nav>', ''), page({ pager: 'Khác' }).replace('</nav>', ''), 'changed'],
];

describe('searchableView', () => {
  for (const [name, before, after, expected] of rows) {
    it(`${name}: ${expected}`, () => {
      expect(before === after, 'the row really edits the page').toBe(name === 'nothing edited');
      expect(searchableView(before) === searchableView(after) ? 'same' : 'changed').toBe(expected);
    });
  }

  it('keeps everything Pagefind reads of the page', () => {
    const view = searchableView(page({}));
    for (const text of ['data-pagefind-body', 'Cô giáo chèo thuyền qua suối mỗi sáng.', 'data-pagefind-filter="Chuyên mục:Nhà giáo"', 'image:/og/thuyen.jpg', '<h1>Thuyền qua suối</h1>']) {
      expect(view).toContain(text);
    }
    expect(view).not.toContain('Bài liên quan');
  });

  it('is the whole file for a page without an indexed region', () => {
    const html = '<html><body><p>Không có vùng chỉ mục</p></body></html>';
    expect(searchableView(html)).toBe(html);
  });
});
