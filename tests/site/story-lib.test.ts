// Pure helpers behind the story page (lib/story/) and the route data's cache keys and cards.
// Expectations are written out by hand from the inputs, not computed with the code under test.
import { describe, expect, it } from 'vitest';
import { creditGroups, storyAuthors } from '../../site/src/lib/story/credits.ts';
import { headingsOf, wantsToc } from '../../site/src/lib/story/headings.ts';
import { bodyText, countWords, readingMinutes } from '../../site/src/lib/story/reading-time.ts';
import { articleSchema } from '../../site/src/lib/story/article-schema.ts';
import type { StoryPage } from '../../site/src/lib/routes/pages/story.ts';
import { cacheKey } from '../../site/src/lib/routes/cache-key.ts';
import { toStoryCard } from '../../site/src/lib/routes/story-card.ts';
import { paginate, pageParam } from '../../site/src/lib/routes/pagination.ts';
import type { Story } from '../../site/src/lib/routes/types.ts';

const person = (id: string, name: string | null, slug: string | null = id) => ({ _id: id, name, slug, jobTitle: null });
const credit = (key: string, role: string | null, who: ReturnType<typeof person> | null) => ({ _key: key, role, person: who });

describe('credits', () => {
  const a = person('a', 'Lê Hoài An');
  const b = person('b', 'Vũ Bích Ngọc');
  const c = person('c', 'Đinh Thị Mai');
  const credits = [credit('1', 'anh', b), credit('2', 'tac-gia', a), credit('3', 'vai-tro-la', c), credit('4', 'tac-gia', person('x', null)), credit('5', 'tac-gia', b)] as Story['credits'];

  it('groups named people by role in the vocabulary order, unknown roles last as "Thực hiện"', () => {
    expect(creditGroups(credits)).toEqual([
      { label: 'Tác giả', people: [a, b] },
      { label: 'Ảnh', people: [b] },
      { label: 'Thực hiện', people: [c] },
    ]);
  });

  it('authors are those credited as tác giả, or everyone named when nobody is', () => {
    expect(storyAuthors(credits)).toEqual([a, b]);
    expect(storyAuthors([credit('1', 'anh', b), credit('2', null, c)] as Story['credits'])).toEqual([b, c]);
    expect(storyAuthors(null)).toEqual([]);
  });
});

describe('reading time', () => {
  const block = (text: string, style = 'normal', key = text) => ({ _type: 'block', _key: key, style, children: [{ _type: 'span', text }] });

  it('counts space-separated Vietnamese syllables that hold a letter or digit', () => {
    expect(countWords('Mười tám năm cắm bản — ở Phiêng Lả, năm 2024.')).toBe(10);
    expect(countWords('  \n ')).toBe(0);
  });

  it('reads paragraphs, pull quotes, fact boxes, captions and transcripts, and nothing else', () => {
    const body = [
      block('Một hai'),
      { _type: 'pullQuote', text: 'ba', attribution: 'bốn' },
      { _type: 'factBox', title: 'năm', body: [block('sáu')] },
      { _type: 'accessibleImage', caption: 'bảy', alt: 'không đọc' },
      { _type: 'audioEmbed', transcript: 'tám', url: 'https://example.vn/khong-doc' },
      { _type: 'unknownThing', text: 'không đọc' },
    ];
    expect(bodyText(body).split('\n')).toEqual(['Một hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám']);
  });

  it('rounds to whole minutes at 200 words a minute, never under one', () => {
    expect([0, 99, 299, 300, 1000].map(readingMinutes)).toEqual([1, 1, 1, 2, 5]);
  });
});

describe('headings', () => {
  const h = (text: string, style: 'h2' | 'h3', key: string) => ({ _type: 'block', _key: key, style, children: [{ _type: 'span', text }] });

  it('gives repeated headings numbered ids and never takes a reserved id', () => {
    const body = [h('Nội dung', 'h2', 'k1'), h('Đường đến trường', 'h2', 'k2'), h('Đường đến trường', 'h3', 'k3'), h('Đường đến trường', 'h2', 'k4'), h('   ', 'h2', 'k5')];
    expect(headingsOf(body, ['noi-dung'])).toEqual([
      { key: 'k1', level: 2, text: 'Nội dung', id: 'noi-dung-2' },
      { key: 'k2', level: 2, text: 'Đường đến trường', id: 'duong-den-truong' },
      { key: 'k3', level: 3, text: 'Đường đến trường', id: 'duong-den-truong-2' },
      { key: 'k4', level: 2, text: 'Đường đến trường', id: 'duong-den-truong-3' },
    ]);
  });

  it('shows a table of contents from four headings, or two in a long story', () => {
    const heading = { key: 'k', level: 2 as const, text: 't', id: 't' };
    expect(wantsToc(Array(4).fill(heading), 100)).toBe(true);
    expect(wantsToc(Array(3).fill(heading), 1200)).toBe(false);
    expect(wantsToc(Array(2).fill(heading), 1201)).toBe(true);
    expect(wantsToc(Array(1).fill(heading), 5000)).toBe(false);
  });
});

describe('article structured data', () => {
  const page = (over: Partial<StoryPage>): StoryPage =>
    ({
      story: { _id: 's', slug: 's', title: 'T', publishedAt: '2024-03-05T02:00:00Z', column: { _id: 'c', title: 'Mái trường', slug: 'mai-truong', kind: null }, themes: null },
      title: 'T',
      updated: undefined,
      words: 321,
      authors: [person('a', 'Lê Hoài An', 'le-hoai-an')],
      exemplars: [],
      republishedHref: null,
      ...over,
    }) as unknown as StoryPage;
  const context = { siteName: 'Gương sáng', canonical: 'https://g.example/bai-viet/s/', abs: (p: string) => `https://g.example${p}`, description: undefined, images: ['https://g.example/og/s.jpg'] };

  it('is a NewsArticle with linked authors, the section and the word count', () => {
    expect(articleSchema(page({}), context)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'T',
      image: ['https://g.example/og/s.jpg'],
      datePublished: '2024-03-05T02:00:00Z',
      dateModified: '2024-03-05T02:00:00Z',
      author: [{ '@type': 'Person', name: 'Lê Hoài An', url: 'https://g.example/tac-gia/le-hoai-an/' }],
      publisher: { '@type': 'Organization', name: 'Gương sáng', url: 'https://g.example/' },
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://g.example/bai-viet/s/' },
      inLanguage: 'vi',
      wordCount: 321,
      articleSection: 'Mái trường',
    });
  });

  it('cuts headlines over 110 characters and types collectives as organisations', () => {
    const long = 'Đ'.repeat(120);
    const schema = articleSchema(
      page({ title: long, exemplars: [{ _id: 'e', _type: 'exemplar', name: 'Trường Tiểu học Cầu Tre', slug: 'cau-tre', kind: 'tap-the', role: null, portrait: null, organisation: null, province: null }] }),
      context,
    );
    expect(schema.headline).toBe(`${'Đ'.repeat(109)}…`);
    expect(schema.about).toEqual([{ '@type': 'Organization', name: 'Trường Tiểu học Cầu Tre', url: 'https://g.example/guong-dien-hinh/cau-tre/' }]);
  });
});

describe('cache keys and cards', () => {
  it('a key changes with any rendered value and only then', () => {
    const page = { title: 'Chuyến đò', items: [1, 2] };
    expect(cacheKey({ site: 1 }, page)).toBe(cacheKey({ site: 1 }, structuredClone(page)));
    expect(cacheKey({ site: 1 }, page)).not.toBe(cacheKey({ site: 1 }, { ...page, title: 'Chuyến đò ' }));
    expect(cacheKey({ site: 1 }, page)).not.toBe(cacheKey({ site: 2 }, page));
    expect(cacheKey({ a: 1 }, { b: 2 })).not.toBe(cacheKey({ b: 2 }, { a: 1 }));
  });

  it('a card keeps the card fields and drops the rest', () => {
    const story = { _id: 's', title: 'T', slug: 's', dek: 'D', format: null, publishedAt: null, cover: null, column: null, body: [{ _type: 'block' }], credits: [] } as unknown as Story;
    expect(toStoryCard(story)).toEqual({ _id: 's', title: 'T', slug: 's', dek: 'D', format: null, publishedAt: null, cover: null, column: null });
  });

  it('pagination: an empty list has one page; later pages get a trang/<n> parameter', () => {
    expect(paginate([], 12)).toEqual([{ number: 1, total: 1, items: [], start: 0 }]);
    expect(paginate([1, 2, 3, 4, 5], 2).map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect([1, 2, 3].map(pageParam)).toEqual([undefined, 'trang/2', 'trang/3']);
  });
});
