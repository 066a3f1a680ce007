// The pieces the story page is made of, tested on their own (no build): related stories and the
// column order, reading aids, embed players, photo credits, and the Open Graph image cache.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { creditText } from '../../site/src/components/Img.tsx';
import { embedPlayer } from '../../site/src/components/pt/embeds.ts';
import { bodyText, countWords, readingMinutes } from '../../site/src/lib/story/reading-time.ts';
import { headingsOf } from '../../site/src/lib/story/headings.ts';
import { generateOgImages, type OgInput } from '../../site/src/lib/og/generate.ts';
import { computeStoryRelations } from '../../site/src/lib/routes/story-relations.ts';
import { listFiles, siteDir } from './helpers/build.ts';

describe('story page pieces', () => {
  it('scores related stories by shared exemplars, themes and column, and orders the column', () => {
    const s = (slug: string, date: string, column: string, themes: string[], exemplars: string[]) => ({
      _id: `story.${slug}`,
      slug,
      publishedAt: `${date}T08:00:00+07:00`,
      column: { _id: column },
      themes: themes.map((_id) => ({ _id })),
      exemplars: exemplars.map((_id) => ({ _id })),
    });
    const list = [
      s('a', '2025-01-01', 'c1', ['t1'], ['e1']),
      s('b', '2025-02-01', 'c2', [], ['e1']), // exemplar: 3
      s('c', '2025-03-01', 'c1', ['t1'], []), // theme + column: 3, later than b… tie broken by date distance
      s('d', '2025-04-01', 'c1', [], []), // column: 1
      s('e', '2025-05-01', 'c3', [], []), // nothing shared
    ];
    const rel = computeStoryRelations(list);
    expect(rel.get('a')!.related.map((x) => x.slug)).toEqual(['b', 'c', 'd']);
    expect(rel.get('e')!.related).toEqual([]);
    expect(rel.get('a')!.previous).toBeUndefined();
    expect(rel.get('a')!.next?.slug).toBe('c');
    expect(rel.get('c')!.previous?.slug).toBe('a');
    expect(rel.get('c')!.next?.slug).toBe('d');
    expect(rel.get('d')!.next).toBeUndefined();
  });

  it('counts Vietnamese words, reading time and unique heading anchors', () => {
    const block = (key: string, style: string, text: string) => ({ _type: 'block', _key: key, style, children: [{ _type: 'span', text }] });
    const body = [block('a', 'h2', 'Đường đến trường'), block('b', 'normal', 'Một hai ba bốn'), block('c', 'h3', 'Đường đến trường'), block('d', 'h2', '!!!')];
    expect(countWords(bodyText(body))).toBe(10);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
    expect(headingsOf(body).map((h) => [h.id, h.level])).toEqual([['duong-den-truong', 2], ['duong-den-truong-2', 3], ['muc', 2]]);
    expect(headingsOf(body, ['duong-den-truong'])[0]!.id).toBe('duong-den-truong-2');
  });

  it('makes player URLs only for allow-listed providers', () => {
    expect(embedPlayer('https://youtu.be/abc_123')?.src).toBe('https://www.youtube-nocookie.com/embed/abc_123?autoplay=1');
    expect(embedPlayer('https://www.youtube.com/watch?v=abc')?.provider).toBe('YouTube');
    expect(embedPlayer('https://vimeo.com/912345678')?.src).toContain('player.vimeo.com/video/912345678');
    expect(embedPlayer('https://soundcloud.com/a/b')?.src).toContain('w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fa%2Fb');
    expect(embedPlayer('https://evil.example/watch?v=abc')).toBeNull();
    expect(embedPlayer('https://youtube.com.evil.example/watch?v=abc')).toBeNull();
    expect(embedPlayer('https://www.youtube.com/watch?v=%22%3E%3Cscript%3E')).toBeNull();
  });

  it('prints "Ảnh:" before a credit only when the editor did not write a label', () => {
    expect(creditText('Bùi Gia Huy')).toBe('Ảnh: Bùi Gia Huy');
    expect(creditText('Ảnh: Bùi Gia Huy')).toBe('Ảnh: Bùi Gia Huy');
    expect(creditText('Đồ họa: Đỗ Thanh Tâm')).toBe('Đồ họa: Đỗ Thanh Tâm');
    expect(creditText('Ảnh cắt từ video: Phạm Quốc Việt')).toBe('Ảnh cắt từ video: Phạm Quốc Việt');
    expect(creditText('TTXVN')).toBe('Ảnh: TTXVN');
  });
});

describe('Open Graph image cache', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'gs-og-cache-'));
  const outDir = mkdtempSync(join(tmpdir(), 'gs-og-out-'));
  afterAll(() => {
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });

  const covers = listFiles(join(siteDir, 'dataset/images')).filter((f) => f.endsWith('.jpg')).slice(0, 2);
  const sizeOf = (file: string) => /-(\d+)x(\d+)\.\w+$/.exec(file)!.slice(1).map(Number) as [number, number];
  const inputs = (): OgInput[] => [
    { slug: 'mot', title: 'Đường đến trường của học trò bản Ra Ly', format: 'Phóng sự', column: 'Nơi vùng khó', siteName: 'Gương sáng', cover: { file: covers[0]!, width: sizeOf(covers[0]!)[0], height: sizeOf(covers[0]!)[1] } },
    { slug: 'hai', title: 'Những người giữ lửa biên cương', format: null, column: 'Tri ân thầy cô', siteName: 'Gương sáng', cover: { file: covers[1]!, width: sizeOf(covers[1]!)[0], height: sizeOf(covers[1]!)[1], crop: { top: 0.1, bottom: 0.1, left: 0, right: 0.2 } } },
    { slug: 'ba', title: 'Ươm mầm: ước mơ đỗ đạt của Đặng Thị Ơn', format: 'Ký sự', column: null, siteName: 'Gương sáng', cover: null },
  ];

  it('draws every image once, then reuses all of them, then redraws only the changed story', async () => {
    expect(covers.length).toBe(2);
    const first = await generateOgImages(inputs(), { outDir, cacheDir, concurrency: 2 });
    expect(first.failed).toEqual([]);
    expect(first.generated.sort()).toEqual(['ba', 'hai', 'mot']);
    for (const slug of ['mot', 'hai', 'ba']) {
      const info = await sharp(join(outDir, 'og', `${slug}.jpg`)).metadata();
      expect([info.format, info.width, info.height]).toEqual(['jpeg', 1200, 630]);
    }

    const second = await generateOgImages(inputs(), { outDir, cacheDir, concurrency: 2 });
    expect(second.generated).toEqual([]);
    expect(second.reused.sort()).toEqual(['ba', 'hai', 'mot']);

    const changed = inputs();
    changed[1]!.title = 'Những người giữ lửa nơi biên cương';
    const before = readFileSync(join(outDir, 'og', 'hai.jpg'));
    const third = await generateOgImages(changed, { outDir, cacheDir, concurrency: 2 });
    expect(third.generated).toEqual(['hai']);
    expect(third.reused.sort()).toEqual(['ba', 'mot']);
    expect(readFileSync(join(outDir, 'og', 'hai.jpg')).equals(before)).toBe(false);

    // A different crop of the same cover is a different picture.
    const recropped = inputs();
    recropped[0]!.cover!.crop = { left: 0.2 };
    const fourth = await generateOgImages(recropped, { outDir, cacheDir, concurrency: 2 });
    expect(fourth.generated).toEqual(['mot']);
  });
});
