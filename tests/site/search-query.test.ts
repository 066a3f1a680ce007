// Search, the pure parts (no build): Vietnamese query expansion, search state in the URL and the
// filter options. The built Pagefind index is searched in search-index.test.ts.
import { describe, expect, it } from 'vitest';
import {
  fold,
  hasMarks,
  mergeHits,
  normalizeQuery,
  planSearch,
  queryWords,
  tonePlacementAlternate,
  wordVariants,
} from '../../site/src/lib/search/vietnamese.ts';
import { stateFromUrl, urlForState } from '../../site/src/scripts/search-page.ts';
import { exemplarFilters, filterOptions, storyFilters } from '../../site/src/lib/search/filters.ts';

describe('Vietnamese query expansion (pure)', () => {
  it('normalises to NFC and maps Đ look-alikes', () => {
    expect(normalizeQuery('  Đu\u031Bo\u031B\u0300ng   đến ')).toBe('Đường đến');
    expect(normalizeQuery('\u00D0ường \u0189ồng \u00F0i')).toBe('Đường Đồng đi');
    expect(fold('Đường đến trường')).toBe('duong den truong');
    expect(hasMarks('duong')).toBe(false);
    expect(hasMarks('đuong')).toBe(true);
    expect(hasMarks('em')).toBe(false);
    expect(queryWords('"Đọc chậm" ở Lam-Hồng!')).toEqual(['đọc', 'chậm', 'ở', 'lam', 'hồng']);
  });

  it('knows both tone placements of oa / oe / uy in open syllables only', () => {
    expect(tonePlacementAlternate('hoà')).toBe('hòa');
    expect(tonePlacementAlternate('hòa')).toBe('hoà');
    expect(tonePlacementAlternate('Hòa')).toBe('Hoà');
    expect(tonePlacementAlternate('khoẻ')).toBe('khỏe');
    expect(tonePlacementAlternate('thủy')).toBe('thuỷ');
    expect(tonePlacementAlternate('uỷ')).toBe('ủy');
    for (const word of ['hoàng', 'ngoài', 'quý', 'hoa', 'duy', 'toán', 'khuya']) expect(tonePlacementAlternate(word), word).toBeUndefined();
  });

  it('expands d to đ for words typed without marks, equally', () => {
    expect(wordVariants('duong')).toEqual({ word: 'duong', exact: ['duong', 'đuong'], loose: [] });
    expect(planSearch('duong den truong')).toMatchObject({
      accented: false,
      exact: [],
      folded: ['duong den truong', 'duong đen truong', 'đuong den truong', 'đuong đen truong'],
    });
  });

  it('asks an accented query exactly first, d→đ of marked words only loosely', () => {
    expect(planSearch('Đường đến trường')).toMatchObject({ accented: true, exact: ['đường đến trường'], folded: ['đường đến trường'] });
    expect(planSearch('dương')).toMatchObject({ exact: ['dương'], folded: ['dương', 'đương'] });
    expect(planSearch('Khánh Hoà')).toMatchObject({ exact: ['khánh hoà', 'khánh hòa'] });
    expect(planSearch('   ').folded).toEqual([]);
    expect(planSearch('d '.repeat(8)).folded.length).toBeLessThanOrEqual(16);
  });

  it('merges runs: exact tier first, best score per page', () => {
    const merged = mergeHits(
      [[{ id: 'a', score: 1, result: 'a-exact' }]],
      [
        [{ id: 'b', score: 9, result: 'b1' }, { id: 'a', score: 8, result: 'a-folded' }],
        [{ id: 'b', score: 10, result: 'b2' }, { id: 'c', score: 2, result: 'c' }],
      ],
    );
    expect(merged.map((h) => [h.id, h.tier, h.result])).toEqual([
      ['a', 0, 'a-exact'],
      ['b', 1, 'b2'],
      ['c', 1, 'c'],
    ]);
  });

  it('carries the query and filters in the URL and reads them back', () => {
    const url = urlForState({ q: 'đường đến trường', filters: { format: 'Phóng sự', year: '2024' } }, '/tim-kiem/');
    expect(url).toBe('/tim-kiem/?q=%C4%91%C6%B0%E1%BB%9Dng+%C4%91%E1%BA%BFn+tr%C6%B0%E1%BB%9Dng&dang=Ph%C3%B3ng+s%E1%BB%B1&nam=2024');
    expect(stateFromUrl(new URL(url, 'http://x'))).toEqual({ q: 'đường đến trường', filters: { format: 'Phóng sự', year: '2024' } });
  });

  it('derives page filters from the content', () => {
    expect(
      storyFilters({
        format: 'phong-su',
        publishedAt: '2024-12-31T18:00:00Z', // 1 Jan 2025 in Vietnam
        column: { title: 'Nơi vùng khó' },
        themes: [{ title: 'Lớp học thân thiện' }, null],
        exemplars: [{ province: { name: 'Quảng Trị' } }, { province: { name: 'Quảng Trị' } }, null],
      }),
    ).toEqual({ type: ['Bài viết'], format: ['Phóng sự'], column: ['Nơi vùng khó'], theme: ['Lớp học thân thiện'], province: ['Quảng Trị'], year: ['2025'] });
    expect(exemplarFilters({ province: { name: 'Khánh Hòa' } })).toEqual({ type: ['Gương điển hình'], province: ['Khánh Hòa'] });
    expect(filterOptions([{ year: ['2023'] }, { year: ['2025', '2023'] }, { province: ['Đà Nẵng', 'Cà Mau'] }, { type: ['Khen thưởng'] }, { type: ['Bài viết'] }])).toMatchObject({
      year: ['2025', '2023'],
      province: ['Cà Mau', 'Đà Nẵng'],
      // The type filter keeps the order of the six kinds, not the alphabet.
      type: ['Bài viết', 'Khen thưởng'],
    });
  });
});
