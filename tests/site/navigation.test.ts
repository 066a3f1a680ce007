// The main navigation's items (site/src/lib/routes/navigation.ts): the editors' items in their order,
// then the directory and the honours register unless the editors already link them.
import { describe, expect, it } from 'vitest';
import { currentNavHref, mainNavigation } from '../../site/src/lib/routes/navigation.ts';

// A hostile href on purpose: the navigation must drop it.
// eslint-disable-next-line no-script-url
const SCRIPT_URL = 'javascript:alert(1)';
type Navigation = Parameters<typeof mainNavigation>[0]['navigation'];
const item = (key: string, label: string | null, target: { _type: string; slug: string; title?: string } | null, url: string | null = null) =>
  ({ _key: key, label, url, target: target && { title: null, ...target } }) as unknown as NonNullable<Navigation>[number];

describe('mainNavigation', () => {
  it('keeps the editors’ items and adds the directory and the register after them', () => {
    const nav = mainNavigation({
      navigation: [item('a', 'Mái trường', { _type: 'column', slug: 'mai-truong' }), item('b', 'Bộ GD&ĐT', null, 'https://moet.gov.vn')],
    });
    expect(nav.map((i) => [i.label, i.href])).toEqual([
      ['Mái trường', '/chuyen-muc/mai-truong/'],
      ['Bộ GD&ĐT', 'https://moet.gov.vn'],
      ['Gương điển hình', '/guong-dien-hinh/'],
      ['Bảng vàng', '/bang-vang/'],
    ]);
  });

  it('drops unsafe, relative or empty items; works with no navigation set', () => {
    const nav = mainNavigation({
      navigation: [
        item('a', 'Xấu', null, SCRIPT_URL),
        item('b', 'Tương đối', null, '/trang/'),
        item('c', '', null, 'https://moet.gov.vn'),
        item('d', null, { _type: 'column', slug: 'mai-truong', title: 'Mái trường' }),
      ],
    });
    expect(nav.map((i) => [i.label, i.href])).toEqual([
      ['Mái trường', '/chuyen-muc/mai-truong/'],
      ['Gương điển hình', '/guong-dien-hinh/'],
      ['Bảng vàng', '/bang-vang/'],
    ]);
    expect(mainNavigation({ navigation: null }).map((i) => i.href)).toEqual(['/guong-dien-hinh/', '/bang-vang/']);
  });

  it('marks the current section by the longest matching prefix', () => {
    const nav = mainNavigation({ navigation: [item('a', 'Mái trường', { _type: 'column', slug: 'mai-truong' })] });
    expect(currentNavHref(nav, '/guong-dien-hinh/tinh/lai-chau/')).toBe('/guong-dien-hinh/');
    expect(currentNavHref(nav, '/chuyen-muc/mai-truong/trang/2/')).toBe('/chuyen-muc/mai-truong/');
    expect(currentNavHref(nav, '/bai-viet/x/')).toBeUndefined();
  });
});
