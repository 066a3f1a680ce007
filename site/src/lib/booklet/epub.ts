// EPUB 3.3 packager: one XHTML per chapter, cover page and cover image, navigation document (toc +
// landmarks), foreword, credits, CSS and the resized images, zipped deterministically (mimetype
// first and stored, fixed DOS timestamps, fixed entry order) so the same input gives the same bytes.
import { ZipFile } from 'yazl';
import type { BookletModel } from './model.ts';
import { chapterHtml, creditsHtml, forewordHtml, type Layout, type PreparedBooklet } from './render.ts';
import { EPUB_CSS } from './styles.ts';
import { esc } from './xml.ts';

interface Entry {
  path: string;
  data: Buffer;
}

interface Page {
  id: string;
  href: string;
  title: string;
  type: 'cover' | 'toc' | 'foreword' | 'chapter' | 'credits';
}

/** MARC relator codes for our credit roles (opf `role` refinements). */
const RELATORS: Record<string, string> = {
  'tac-gia': 'aut',
  anh: 'pht',
  'bien-tap': 'edt',
  video: 'vdg',
  'do-hoa': 'ill',
  'thuc-hien': 'pro',
  dich: 'trl',
  'loi-binh': 'cwt',
};
const CREATOR_ROLES = new Set(['tac-gia', 'bien-tap']);

const CHAPTER_LAYOUT: Layout = { src: (path) => `../${path}`, chapterHref: (id) => `${id}.xhtml` };

function xhtml(title: string, body: string, bodyAttrs = ''): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n' +
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="vi" xml:lang="vi">\n' +
    `<head><meta charset="UTF-8"/><title>${esc(title)}</title><link rel="stylesheet" type="text/css" href="../css/booklet.css"/></head>\n` +
    `<body${bodyAttrs}>\n${body}\n</body>\n</html>\n`
  );
}

const CONTAINER_XML =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n' +
  '  <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>\n' +
  '</container>\n';

function packageOpf(model: BookletModel, pages: Page[], images: Array<{ id: string; href: string; cover: boolean }>): string {
  const people = model.credits.map((credit, i) => {
    const element = credit.role && CREATOR_ROLES.has(credit.role) ? 'dc:creator' : 'dc:contributor';
    const id = `${element === 'dc:creator' ? 'creator' : 'contributor'}-${i + 1}`;
    const relator = credit.role ? RELATORS[credit.role] : undefined;
    return (
      `    <${element} id="${id}">${esc(credit.name)}</${element}>\n` +
      (relator ? `    <meta refines="#${id}" property="role" scheme="marc:relators">${relator}</meta>\n` : '')
    );
  });
  const manifest = [
    '    <item id="css" href="css/booklet.css" media-type="text/css"/>',
    ...pages.map(
      (page) =>
        `    <item id="${page.id}" href="${page.href}" media-type="application/xhtml+xml"${page.type === 'toc' ? ' properties="nav"' : ''}/>`,
    ),
    ...images.map((image) => `    <item id="${image.id}" href="${image.href}" media-type="image/jpeg"${image.cover ? ' properties="cover-image"' : ''}/>`),
  ];
  const spine = pages.map((page) => `    <itemref idref="${page.id}"/>`);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="vi" dir="ltr">\n' +
    '  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n' +
    `    <dc:identifier id="pub-id">${esc(model.identifier)}</dc:identifier>\n` +
    `    <dc:title id="title">${esc(model.title)}</dc:title>\n` +
    '    <dc:language>vi</dc:language>\n' +
    `    <dc:publisher>${esc(model.publisher)}</dc:publisher>\n` +
    `    <dc:date>${esc(model.date)}</dc:date>\n` +
    people.join('') +
    `    <meta property="dcterms:modified">${esc(model.modified)}</meta>\n` +
    '    <meta property="schema:accessMode">textual</meta>\n' +
    '    <meta property="schema:accessMode">visual</meta>\n' +
    '    <meta property="schema:accessModeSufficient">textual</meta>\n' +
    '    <meta property="schema:accessibilityFeature">structuralNavigation</meta>\n' +
    '    <meta property="schema:accessibilityFeature">alternativeText</meta>\n' +
    '    <meta property="schema:accessibilityFeature">tableOfContents</meta>\n' +
    '    <meta property="schema:accessibilityHazard">none</meta>\n' +
    '    <meta property="schema:accessibilitySummary">Ấn phẩm có mục lục, tiêu đề phân cấp; mọi ảnh đều có mô tả thay thế.</meta>\n' +
    '  </metadata>\n' +
    `  <manifest>\n${manifest.join('\n')}\n  </manifest>\n` +
    `  <spine>\n${spine.join('\n')}\n  </spine>\n` +
    '</package>\n'
  );
}

function navXhtml(model: BookletModel, pages: Page[]): string {
  const entries = pages
    .filter((page) => page.type !== 'cover' && page.type !== 'toc')
    .map((page) => `      <li><a href="${page.href.replace(/^text\//, '')}">${esc(page.title)}</a></li>`);
  const first = pages.find((page) => page.type === 'chapter');
  const landmarks = [
    `      <li><a epub:type="cover" href="bia.xhtml">Bìa</a></li>`,
    `      <li><a epub:type="toc" href="muc-luc.xhtml">Mục lục</a></li>`,
    first ? `      <li><a epub:type="bodymatter" href="${first.href.replace(/^text\//, '')}">Nội dung chính</a></li>` : '',
  ].filter(Boolean);
  const body =
    `<nav epub:type="toc" id="toc" role="doc-toc"><h1 class="matter__title">Mục lục</h1>\n    <ol>\n${entries.join('\n')}\n    </ol>\n</nav>\n` +
    `<nav epub:type="landmarks" id="landmarks" hidden="hidden"><h2>Định hướng</h2>\n    <ol>\n${landmarks.join('\n')}\n    </ol>\n</nav>`;
  return xhtml(`Mục lục — ${model.title}`, body);
}

/** Builds the EPUB file's bytes. */
export async function packageEpub(book: PreparedBooklet): Promise<Buffer> {
  const { model } = book;
  const entries: Entry[] = [];
  const add = (path: string, text: string) => entries.push({ path: `EPUB/${path}`, data: Buffer.from(text, 'utf8') });
  const pages: Page[] = [];

  const coverImg = book.cover
    ? `<img src="../${book.cover.path}" alt="${esc(model.cover?.alt ?? `Bìa ấn phẩm ${model.title}`)}" width="${book.cover.width}" height="${book.cover.height}"/>`
    : '';
  pages.push({ id: 'bia', href: 'text/bia.xhtml', title: 'Bìa', type: 'cover' });
  add(
    'text/bia.xhtml',
    xhtml(
      model.title,
      `<section class="cover" epub:type="cover">${coverImg}<h1 class="cover__title">${esc(model.title)}</h1>` +
        `${model.edition ? `<p class="cover__edition">${esc(model.edition)}</p>` : ''}<p>${esc(model.publisher)}${model.year ? ` · ${model.year}` : ''}</p></section>`,
    ),
  );
  pages.push({ id: 'muc-luc', href: 'text/muc-luc.xhtml', title: 'Mục lục', type: 'toc' });

  const foreword = forewordHtml(book, CHAPTER_LAYOUT);
  if (foreword) {
    pages.push({ id: 'loi-noi-dau', href: 'text/loi-noi-dau.xhtml', title: 'Lời nói đầu', type: 'foreword' });
    add('text/loi-noi-dau.xhtml', xhtml(`Lời nói đầu — ${model.title}`, `<section epub:type="foreword">${foreword}</section>`, ' epub:type="frontmatter"'));
  }
  for (const chapter of model.chapters) {
    pages.push({ id: chapter.id, href: `text/${chapter.id}.xhtml`, title: `${chapter.index}. ${chapter.title}`, type: 'chapter' });
    add(
      `text/${chapter.id}.xhtml`,
      xhtml(chapter.title, `<section epub:type="chapter" id="${chapter.id}">${chapterHtml(book, chapter, CHAPTER_LAYOUT)}</section>`, ' epub:type="bodymatter"'),
    );
  }
  pages.push({ id: 'thuc-hien', href: 'text/thuc-hien.xhtml', title: 'Thực hiện', type: 'credits' });
  add('text/thuc-hien.xhtml', xhtml(`Thực hiện — ${model.title}`, `<section>${creditsHtml(book)}</section>`, ' epub:type="backmatter"'));
  add('text/muc-luc.xhtml', navXhtml(model, pages));
  add('css/booklet.css', EPUB_CSS);

  const images = book.images.files().map((file, i) => ({ id: `img-${i + 1}`, href: file.path, cover: file === book.cover, file }));
  for (const image of images) entries.push({ path: `EPUB/${image.href}`, data: image.file.bytes });
  const opf = packageOpf(model, pages, images);

  return zip(
    [
      { path: 'META-INF/container.xml', data: Buffer.from(CONTAINER_XML, 'utf8') },
      { path: 'EPUB/package.opf', data: Buffer.from(opf, 'utf8') },
      ...entries,
    ],
    model.modified,
  );
}

/** Zips with the mimetype entry first and stored, and the same timestamp on every entry. */
function zip(entries: Entry[], modified: string): Promise<Buffer> {
  // DOS timestamps are local time: build the Date from the *local* fields so TZ never changes bytes.
  const [y, m, d] = modified.slice(0, 10).split('-').map(Number);
  const mtime = new Date(Math.max(1980, y ?? 2000), (m ?? 1) - 1, d ?? 1, 12, 0, 0);
  const file = new ZipFile();
  const options = { mtime, mode: 0o100644, forceDosTimestamp: true };
  file.addBuffer(Buffer.from('application/epub+zip', 'ascii'), 'mimetype', { ...options, compress: false });
  for (const entry of entries) {
    const compress = !entry.path.endsWith('.jpg');
    file.addBuffer(entry.data, entry.path, { ...options, compress, ...(compress ? { compressionLevel: 9 } : {}) });
  }
  file.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    file.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    file.outputStream.on('error', reject);
    file.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
