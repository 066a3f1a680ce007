// PDF: print-ready A5/A4 through Chromium + Paged.js. Checked with poppler: the text of every
// chapter is extractable and intact (NFC, whitespace collapsed), pages are not blank, fonts are
// embedded Noto, and the table of contents gives the pages where the chapters really start.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBooklet, launchPdfRenderer, type PdfRenderer } from '../../site/src/lib/booklet/index.ts';
import { prepareContent } from '../../site/src/lib/content/index.ts';
import { norm, pdfinfo, pdftotext, PUBLICATIONS, readDocs, removeTemp, SAMPLE_DIR, sampleChapters, tempDir } from './helpers.ts';

const files = new Map<string, string>();

beforeAll(async () => {
  const prepared = await prepareContent({ env: {}, argv: [] });
  const renderer: PdfRenderer = await launchPdfRenderer();
  try {
    for (const { slug } of Object.values(PUBLICATIONS)) {
      const result = await buildBooklet({ source: prepared.source, locate: prepared.locateAsset, slug, formats: ['pdf'], outDir: tempDir('pdf'), pdfRenderer: renderer });
      files.set(slug, result.files[0]!.path);
    }
  } finally {
    await renderer.close();
  }
});
afterAll(removeTemp);

/** Text of one page, optionally only the body area (running head and folio cropped away). */
function pageText(file: string, page: number, region: 'all' | 'body' | 'head' | 'foot' = 'all'): string {
  const { width, height } = pdfinfo(file);
  const band = Math.round(height * 0.075);
  const crop = {
    all: [],
    body: ['-x', '0', '-y', String(band), '-W', String(Math.ceil(width)), '-H', String(Math.floor(height - 2 * band))],
    head: ['-x', '0', '-y', '0', '-W', String(Math.ceil(width)), '-H', String(band)],
    foot: ['-x', '0', '-y', String(Math.floor(height - band)), '-W', String(Math.ceil(width)), '-H', String(band)],
  }[region];
  return norm(pdftotext(file, ['-f', String(page), '-l', String(page), ...crop]));
}

/** Chapter start pages as printed in the table of contents (page 3 for both samples, after the foreword). */
function tocPages(file: string, titles: string[]): number[] {
  const pages = pdfinfo(file).pages;
  for (let page = 2; page <= Math.min(5, pages); page++) {
    const text = pageText(file, page);
    if (!text.startsWith('Mục lục') && !text.includes(' Mục lục ')) continue;
    return titles.map((title, i) => {
      const escaped = `${i + 1}. ${title}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const m = new RegExp(`${escaped} (\\d+)`).exec(text);
      if (!m) throw new Error(`TOC entry for "${title}" has no page number: ${text}`);
      return Number(m[1]);
    });
  }
  throw new Error('no table of contents page');
}

describe.each([
  { ...PUBLICATIONS.a5, size: 'A5', width: 420, height: 595 },
  { ...PUBLICATIONS.a4, size: 'A4', width: 595, height: 842 },
])('PDF of $slug', ({ id, slug, width, height }) => {
  const file = () => files.get(slug)!;
  const chapters = sampleChapters(id);

  it('has the page size the publication asks for', () => {
    const info = pdfinfo(file());
    expect(Math.round(info.width)).toBe(width);
    expect(Math.round(info.height)).toBe(height);
    expect(info.pages).toBeGreaterThan(chapters.length + 2);
  });

  it('has a table of contents whose page numbers are the pages where the chapters start', () => {
    const starts = tocPages(file(), chapters.map((c) => c.title));
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    starts.forEach((page, i) => {
      const body = pageText(file(), page, 'body');
      expect(body, `page ${page}`).toContain(`Chương ${i + 1} ${norm(chapters[i]!.title)}`);
      // …and not on the page before (the number is exact, not just "somewhere near").
      expect(pageText(file(), page - 1, 'body')).not.toContain(`Chương ${i + 1} ${norm(chapters[i]!.title)}`);
    });
  }, 120_000);

  it('contains every paragraph of every chapter as extractable, intact Vietnamese text', () => {
    const pages = pdfinfo(file()).pages;
    const starts = tocPages(file(), chapters.map((c) => c.title));
    chapters.forEach((chapter, i) => {
      const end = (starts[i + 1] ?? pages) - (starts[i + 1] ? 1 : 0);
      const text = Array.from({ length: end - starts[i]! + 1 }, (_, k) => pageText(file(), starts[i]! + k, 'body')).join(' ');
      expect(chapter.paragraphs.length).toBeGreaterThan(0);
      for (const paragraph of chapter.paragraphs) expect(text, `chapter ${i + 1}`).toContain(paragraph);
    });
  }, 180_000);

  it('has running heads (book title, chapter title) and page numbers', () => {
    const starts = tocPages(file(), chapters.map((c) => c.title));
    // A page inside the first chapter (its second page).
    const inside = starts[0]! + 1;
    const head = pageText(file(), inside, 'head');
    expect(head).toContain(slug === PUBLICATIONS.a4.slug ? 'Gương sáng 2025' : 'Những bông hoa đẹp vùng cao');
    expect(head).toContain(norm(chapters[0]!.title));
    expect(pageText(file(), inside, 'foot')).toBe(String(inside));
    // The cover has neither.
    expect(pageText(file(), 1, 'foot')).toBe('');
  });

  it('renders no blank page (pixel variance at 40 dpi)', () => {
    const dir = tempDir('png');
    execFileSync('pdftoppm', ['-r', '40', '-gray', file(), join(dir, 'p')]);
    const images = readdirSync(dir).filter((f) => f.endsWith('.pgm'));
    expect(images).toHaveLength(pdfinfo(file()).pages);
    for (const name of images) {
      const { pixels } = readPgm(readFileSync(join(dir, name)));
      let sum = 0;
      for (const p of pixels) sum += p;
      const mean = sum / pixels.length;
      let variance = 0;
      for (const p of pixels) variance += (p - mean) ** 2;
      variance /= pixels.length;
      expect(variance, name).toBeGreaterThan(20);
    }
  }, 180_000);

  it('embeds its fonts, all Noto Serif / Noto Sans (no fallback font for any Vietnamese letter)', () => {
    const out = execFileSync('pdffonts', [file()], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(out.length).toBeGreaterThan(2);
    for (const line of out) {
      const [name] = line.split(/\s+/);
      expect(name).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans)-(Regular|Bold|Italic|BoldItalic)$/);
      // columns: name type… encoding emb sub uni → "yes yes yes"
      expect(line).toMatch(/\byes\s+yes\s+yes\b/);
    }
    const names = out.map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]+\+/, ''));
    expect(names).toEqual(expect.arrayContaining(['NotoSerif-Regular', 'NotoSans-Bold']));
  });
});

/** pdfinfo's fields ("Title", "Author", …), values as printed. */
function pdfInfoFields(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').flatMap((line) => (/^([^:]+):\s*(.*)$/.exec(line) ? [[RegExp.$1.trim(), RegExp.$2.trim()]] : [])));
}

/** Every QR code jsQR finds on a page rendered at 150 dpi (one pass per code: found codes are blanked). */
async function pageQrCodes(file: string, page: number): Promise<string[]> {
  const dir = tempDir('qr');
  execFileSync('pdftoppm', ['-r', '150', '-png', '-f', String(page), '-l', String(page), file, join(dir, 'p')]);
  const png = readdirSync(dir).find((f) => f.endsWith('.png'))!;
  const { data, info } = await sharp(join(dir, png)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const pixels = new Uint8ClampedArray(data);
  const codes: string[] = [];
  for (let i = 0; i < 4; i++) {
    const code = jsQR(pixels, info.width, info.height);
    if (!code) break;
    codes.push(code.data);
    // Paint the found symbol white so the next pass can find another one.
    const xs = [code.location.topLeftCorner.x, code.location.bottomLeftCorner.x, code.location.topRightCorner.x, code.location.bottomRightCorner.x];
    const ys = [code.location.topLeftCorner.y, code.location.bottomLeftCorner.y, code.location.topRightCorner.y, code.location.bottomRightCorner.y];
    for (let y = Math.max(0, Math.floor(Math.min(...ys)) - 10); y < Math.min(info.height, Math.ceil(Math.max(...ys)) + 10); y++) {
      for (let x = Math.max(0, Math.floor(Math.min(...xs)) - 10); x < Math.min(info.width, Math.ceil(Math.max(...xs)) + 10); x++) pixels.fill(255, (y * info.width + x) * 4, (y * info.width + x) * 4 + 4);
    }
  }
  return codes;
}

describe('PDF metadata and printed video links (from the sample dataset)', () => {
  const docs = readDocs(SAMPLE_DIR).filter((d) => !d._id.startsWith('drafts.'));
  const byId = new Map(docs.map((d) => [d._id, d]));
  const settings = docs.find((d) => d._type === 'siteSettings' && d._id === 'site-settings');
  const publisher = (settings?.title as string | undefined) ?? 'Gương sáng';

  it.each(Object.values(PUBLICATIONS))('$slug names the publication (Title) and the publisher (Author, Creator), not HeadlessChrome', ({ id, slug }) => {
    const info = pdfInfoFields(files.get(slug)!);
    expect(info.Title).toBe(norm(byId.get(id)!.title as string));
    expect(info.Author).toBe(publisher);
    expect(info.Creator).toBe(publisher);
    expect(JSON.stringify(info)).not.toMatch(/HeadlessChrome/i);
  });

  // Every video block of every story chapter in the sample publications: its address is printed and
  // a QR code of exactly that address is on the same page.
  const videos = Object.values(PUBLICATIONS).flatMap(({ id, slug }) =>
    ((byId.get(id)!.chapters ?? []) as Array<{ story?: { _ref: string } }>).flatMap((chapter) => {
      const story = chapter.story && byId.get(chapter.story._ref);
      return ((story?.body ?? []) as Array<{ _type: string; url?: string }>).filter((b) => b._type === 'videoEmbed' && b.url).map((b) => ({ slug, url: b.url! }));
    }),
  );

  it('the sample has a video chapter to check', () => expect(videos.length).toBeGreaterThan(0));

  it.each(videos)('$slug prints $url in full with a QR code that decodes to it', async ({ slug, url }) => {
    const file = files.get(slug)!;
    // One text dump, pages split at form feeds; pdftotext may break a long address across lines,
    // so compare with whitespace removed.
    const index = pdftotext(file).split('\f').findIndex((text) => text.replace(/\s+/g, '').includes(url));
    expect(index, `no page prints ${url}`).toBeGreaterThanOrEqual(0);
    expect(await pageQrCodes(file, index + 1)).toContain(url);
  }, 60_000);
});

function readPgm(bytes: Buffer): { width: number; height: number; pixels: Uint8Array } {
  // P5\n<w> <h>\n<max>\n<data>
  const header = bytes.subarray(0, 64).toString('latin1');
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header)!;
  const width = Number(m[1]);
  const height = Number(m[2]);
  return { width, height, pixels: bytes.subarray(m[0].length, m[0].length + width * height) };
}
