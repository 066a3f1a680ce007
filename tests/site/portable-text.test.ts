// Portable Text → static HTML, rendered exactly as Astro renders it at build time (server-side React).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PortableTextBody } from '../../site/src/components/pt/PortableTextBody.tsx';
import type { ResolvedImage } from '../../site/src/lib/images/map.ts';
import { imageKey } from '../../site/src/lib/images/geometry.ts';

const ref = 'image-0123456789abcdef0123456789abcdef01234567-1600x1000-jpg';
const img = { _type: 'accessibleImage', _key: 'i1', asset: { _ref: ref }, crop: { left: 0.1, right: 0, top: 0, bottom: 0.25 }, alt: 'Lớp học vùng cao', caption: 'Giờ học sáng', credit: 'Nguyễn Văn A' };
const resolved: ResolvedImage = { src: '/_astro/x.webp', srcset: '/_astro/x-400.webp 400w, /_astro/x.webp 720w', sizes: '100vw', width: 1440, height: 750 };
const images = new Map([[`${imageKey(img)}|body`, resolved]]);

// A hostile href on purpose: the renderer must never emit it.
// eslint-disable-next-line no-script-url
const SCRIPT_URL = 'javascript:alert(1)';

const span = (text: string, marks: string[] = []) => ({ _type: 'span', _key: text, text, marks });
const block = (key: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ _type: 'block', _key: key, style: 'normal', markDefs: [], children, ...extra });

const render = (value: unknown[]) => renderToStaticMarkup(createElement(PortableTextBody, { value: value as never, images, documentId: 'story.thu' }));

afterEach(() => vi.restoreAllMocks());

describe('Portable Text rendering', () => {
  it('renders headings, lists, blockquotes and decorators', () => {
    const html = render([
      block('h', [span('Tiêu đề')], { style: 'h2' }),
      block('l1', [span('Một')], { listItem: 'number', level: 1 }),
      block('l2', [span('Hai', ['strong'])], { listItem: 'number', level: 1 }),
      block('q', [span('Trích')], { style: 'blockquote' }),
    ]);
    expect(html).toBe('<h2>Tiêu đề</h2><ol><li>Một</li><li><strong>Hai</strong></li></ol><blockquote>Trích</blockquote>');
  });

  it('links only http, https, mailto and tel; internal links go to our URL for the type', () => {
    const html = render([
      block('p', [span('web', ['a']), span(' thư', ['b']), span(' xấu', ['c']), span(' cô Lan', ['d']), span(' mất', ['e'])], {
        markDefs: [
          { _key: 'a', _type: 'link', href: 'https://example.org/a' },
          { _key: 'b', _type: 'link', href: 'mailto:ban@example.org' },
          { _key: 'c', _type: 'link', href: SCRIPT_URL },
          { _key: 'd', _type: 'internalLink', target: { _id: 'exemplar.co-lan', _type: 'exemplar', slug: 'co-lan' } },
          { _key: 'e', _type: 'internalLink', target: null },
        ],
      }),
    ]);
    expect(html).toContain('<a href="https://example.org/a" rel="noopener noreferrer">web</a>');
    expect(html).toContain('<a href="mailto:ban@example.org"> thư</a>');
    expect(html).not.toContain(SCRIPT_URL);
    expect(html).toContain(' xấu');
    expect(html).toContain('<a href="/guong-dien-hinh/co-lan/"> cô Lan</a>');
    expect(html).toMatch(/ mất<\/p>$/);
  });

  it('renders an image with its cropped size, alt, caption and credit', () => {
    const html = render([img]);
    expect(html).toContain('width="1440"');
    expect(html).toContain('height="750"');
    expect(html).toContain('alt="Lớp học vùng cao"');
    expect(html).toMatch(/<figcaption>Giờ học sáng <span class="credit">Ảnh: Nguyễn Văn A<\/span><\/figcaption>/);
  });

  it('renders pull quotes, fact boxes, media facades and exemplar cards', () => {
    const html = render([
      { _type: 'pullQuote', _key: 'pq', text: 'Dạy chữ, dạy người.', attribution: 'Cô Lan' },
      { _type: 'factBox', _key: 'fb', title: 'Con số', body: [block('fb1', [span('12 km')])] },
      { _type: 'videoEmbed', _key: 'v', url: 'https://www.youtube.com/watch?v=x', title: 'Phim' },
      { _type: 'videoEmbed', _key: 'v2', url: SCRIPT_URL, title: 'Xấu' },
      { _type: 'audioEmbed', _key: 'a', url: 'https://soundcloud.com/a/b', title: 'Tiếng', transcript: 'Lời' },
      { _type: 'exemplarCard', _key: 'e', note: 'Nhân vật', exemplar: { _id: 'exemplar.co-lan', name: 'Cô Lan', slug: 'co-lan', role: 'nha-giao' } },
    ]);
    expect(html).toContain('<blockquote><p>Dạy chữ, dạy người.</p></blockquote><figcaption>Cô Lan</figcaption>');
    expect(html).toContain('<p class="fact-box__title">Con số</p><p>12 km</p>');
    expect(html).toContain('href="https://www.youtube.com/watch?v=x"');
    expect(html).not.toContain(SCRIPT_URL);
    expect(html).toContain('href="https://soundcloud.com/a/b"');
    expect(html).toContain('<a href="/guong-dien-hinh/co-lan/">Cô Lan</a>');
    expect(html).toContain('Nhà giáo');
  });

  it('renders nothing for an unknown block type and warns with the document id', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = render([block('p', [span('Trước')]), { _type: 'khongBiet', _key: 'x', secret: 'BÍ MẬT' }, block('p2', [span('Sau')])]);
    expect(html).toBe('<p>Trước</p><p>Sau</p>');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('story.thu'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('khongBiet'));
  });
});
