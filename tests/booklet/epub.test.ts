// EPUB 3: epubcheck clean on both sample publications, structure, metadata, determinism.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBooklet, publicationUuid, type BuildBookletResult } from '../../site/src/lib/booklet/index.ts';
import { prepareContent, type PreparedContent } from '../../site/src/lib/content/index.ts';
import { epubcheck, norm, type EpubcheckResult, PUBLICATIONS, readZip, removeTemp, sampleChapters, tempDir, zipText, type ZipEntry } from './helpers.ts';

let prepared: PreparedContent;
const built = new Map<string, { result: BuildBookletResult; bytes: Buffer; entries: ZipEntry[]; check: EpubcheckResult }>();

beforeAll(async () => {
  prepared = await prepareContent({ env: {}, argv: [] });
  for (const { slug } of Object.values(PUBLICATIONS)) {
    const outDir = tempDir('epub');
    const result = await buildBooklet({ source: prepared.source, locate: prepared.locateAsset, slug, formats: ['epub'], outDir });
    const bytes = readFileSync(join(outDir, `${slug}.epub`));
    built.set(slug, { result, bytes, entries: readZip(bytes), check: await epubcheck(result.files[0]!.path) });
  }
});
afterAll(removeTemp);

describe.each(Object.values(PUBLICATIONS))('EPUB of $slug', ({ id, slug }) => {
  const get = () => built.get(slug)!;

  it('passes epubcheck with 0 fatals, 0 errors and 0 warnings', () => {
    const result = get().check;
    expect(result, result.output).toMatchObject({ fatals: 0, errors: 0, warnings: 0 });
  });

  it('starts with an uncompressed mimetype entry without extra field, then container.xml', () => {
    const [first, second] = get().entries;
    expect(first).toMatchObject({ name: 'mimetype', method: 0, localExtraLength: 0, localHeaderOffset: 0 });
    expect(first!.data.toString('ascii')).toBe('application/epub+zip');
    expect(second!.name).toBe('META-INF/container.xml');
    expect(zipText(get().entries, 'META-INF/container.xml')).toContain('full-path="EPUB/package.opf"');
  });

  it('has the metadata: title, vi, deterministic urn:uuid, publisher, date, contributors with roles, modified', () => {
    const opf = zipText(get().entries, 'EPUB/package.opf');
    const title = get().result.model.title;
    expect(opf).toContain(`<dc:title id="title">${title}</dc:title>`);
    expect(opf).toContain('<dc:language>vi</dc:language>');
    expect(opf).toContain(`<dc:identifier id="pub-id">urn:uuid:${publicationUuid(id)}</dc:identifier>`);
    expect(publicationUuid(id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(publicationUuid(id)).not.toBe(publicationUuid(`${id}-x`));
    expect(opf).toContain('<dc:publisher>Gương sáng</dc:publisher>');
    expect(opf).toMatch(/<dc:date>\d{4}-\d{2}-\d{2}<\/dc:date>/);
    expect(opf).toMatch(/<meta property="dcterms:modified">\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z<\/meta>/);
    // The sample credits an editor (bien-tap → edt) on each publication.
    expect(opf).toMatch(/<dc:creator id="(creator-\d+)">[^<]+<\/dc:creator>\s*<meta refines="#\1" property="role" scheme="marc:relators">edt<\/meta>/);
    expect(opf).toMatch(/properties="cover-image"/);
  });

  it('has one XHTML file per chapter, in the spine and in the nav toc, with the chapter text', () => {
    const { entries } = get();
    const chapters = sampleChapters(id);
    const opf = zipText(entries, 'EPUB/package.opf');
    const nav = zipText(entries, 'EPUB/text/muc-luc.xhtml');
    expect(nav).toContain('epub:type="toc"');
    expect(nav).toContain('epub:type="landmarks"');
    chapters.forEach((chapter, i) => {
      const file = `chuong-${String(i + 1).padStart(2, '0')}.xhtml`;
      expect(opf).toContain(`<itemref idref="chuong-${String(i + 1).padStart(2, '0')}"/>`);
      expect(nav).toContain(`<a href="${file}">${i + 1}. ${escapeXml(chapter.title)}</a>`);
      const text = norm(stripTags(zipText(entries, `EPUB/text/${file}`)));
      expect(text).toContain(norm(chapter.title));
      for (const paragraph of chapter.paragraphs) expect(text).toContain(paragraph);
    });
    expect(entries.filter((e) => /^EPUB\/text\/chuong-\d+\.xhtml$/.test(e.name))).toHaveLength(chapters.length);
    expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(['EPUB/text/bia.xhtml', 'EPUB/text/loi-noi-dau.xhtml', 'EPUB/text/thuc-hien.xhtml', 'EPUB/css/booklet.css']));
  });

  it('embeds every image as a JPEG of at most 1200 px, each referenced from the manifest', async () => {
    const { entries } = get();
    const images = entries.filter((e) => e.name.startsWith('EPUB/images/'));
    expect(images.length).toBeGreaterThan(3);
    const opf = zipText(entries, 'EPUB/package.opf');
    for (const image of images) {
      const meta = await sharp(image.data).metadata();
      expect(meta.format).toBe('jpeg');
      expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(1200);
      expect(opf).toContain(`href="${image.name.slice('EPUB/'.length)}" media-type="image/jpeg"`);
    }
  });

  it('is byte-for-byte deterministic', async () => {
    const outDir = tempDir('again');
    const again = await buildBooklet({ source: prepared.source, locate: prepared.locateAsset, slug, formats: ['epub'], outDir });
    expect(readFileSync(again.files[0]!.path).equals(get().bytes)).toBe(true);
  });
});

it('links an internal link to another chapter of the same book inside the book, and external links stay absolute', () => {
  const all = [...built.values()].flatMap(({ entries }) => entries.filter((e) => e.name.endsWith('.xhtml')).map((e) => e.data.toString('utf8')));
  const hrefs = all.flatMap((text) => [...text.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:|tel:|chuong-\d{2}\.xhtml|[a-z-]+\.xhtml)/);
  expect(hrefs).toContain('mailto:lienhe@guong-sang.example');
});

const stripTags = (xml: string) =>
  xml
    // Inline elements join their text; block elements separate it.
    .replace(/<\/?(?:a|strong|em|code|span)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
