// Portable Text → XHTML fragments for the booklets (EPUB chapters and the PDF's one HTML document).
// String-based and synchronous: images are resolved beforehand (`collectImages` + ImageStore) and
// looked up through the context. Embeds become links; an unreadable image becomes its caption;
// unknown block types are skipped with a warning, never a crash.
import { exemplarRoles, titleOf } from '@guong-sang/schemas';
import { safeHref, urlFor } from '../routes/urls.ts';
import { localFileHref } from '../routes/files.ts';
import type { BookletImageFile, ImageField } from './images.ts';
import { esc, oneLine } from './xml.ts';

/** Loose structural view of a Portable Text array (the generated query types are unions of these). */
export interface PtNode {
  _type: string;
  _key?: string | null;
  [field: string]: unknown;
}
export type PtBlocks = ReadonlyArray<PtNode | null> | null | undefined;

interface Span {
  _type: string;
  text?: string;
  marks?: string[];
}
interface MarkDef {
  _key?: string;
  _type?: string;
  href?: string | null;
  target?: { _id?: string; _type?: string; slug?: string | null } | null;
}

export interface RenderContext {
  /** The resolved file of an image, or null when it could not be read (→ caption). */
  image(image: ImageField): BookletImageFile | null;
  /** How a file path inside the book (`images/x.jpg`) is written from this document. */
  src(path: string): string;
  /** A link to another document: a chapter of this book, or the public site; null → plain text. */
  internalHref(target: MarkDef['target']): string | null;
  /** Absolute site URL for a root-relative path (audio files of the local export). */
  siteUrl(path: string): string;
  /** Print only (the PDF): a QR code of an address, as inline SVG, for links a reader on paper cannot click. */
  qr?(url: string): string | null;
  warn(message: string): void;
}

const isNode = (value: unknown): value is PtNode =>
  typeof value === 'object' && value !== null && typeof (value as PtNode)._type === 'string';

/** Every image field a body shows (body images, gallery images), in order. */
export function collectImages(blocks: PtBlocks): ImageField[] {
  const images: ImageField[] = [];
  for (const node of blocks ?? []) {
    if (!isNode(node)) continue;
    if (node._type === 'accessibleImage') images.push(node as ImageField);
    if (node._type === 'gallery' && Array.isArray(node.images)) {
      for (const image of node.images) if (isNode(image)) images.push(image as ImageField);
    }
  }
  return images;
}

/** The visible text of each paragraph-like element, in order (titles, captions and embeds excluded). */
export function blockTexts(blocks: PtBlocks): string[] {
  const texts: string[] = [];
  for (const node of blocks ?? []) {
    if (!isNode(node)) continue;
    if (node._type === 'block') texts.push(spanText(node));
    else if (node._type === 'pullQuote' && typeof node.text === 'string') texts.push(node.text);
    else if (node._type === 'factBox') texts.push(...blockTexts(node.body as PtBlocks));
  }
  return texts.map(oneLine).filter(Boolean);
}

const spanText = (block: PtNode): string =>
  (Array.isArray(block.children) ? (block.children as Span[]) : []).map((child) => (typeof child?.text === 'string' ? child.text : '')).join('');

// ---------------------------------------------------------------------------------------------------

function renderText(text: string): string {
  // Soft line breaks inside a block.
  return text.split('\n').map(esc).join('<br/>');
}

function renderSpans(block: PtNode, ctx: RenderContext): string {
  const defs = new Map<string, MarkDef>();
  for (const def of (Array.isArray(block.markDefs) ? block.markDefs : []) as MarkDef[]) {
    if (def?._key) defs.set(def._key, def);
  }
  const children = (Array.isArray(block.children) ? block.children : []) as Span[];
  return children
    .map((span) => {
      if (!span || typeof span.text !== 'string') return '';
      let html = renderText(span.text);
      // Decorators inside, links outside.
      const marks = [...(span.marks ?? [])].sort((a, b) => Number(defs.has(a)) - Number(defs.has(b)));
      for (const mark of marks) {
        if (mark === 'strong') html = `<strong>${html}</strong>`;
        else if (mark === 'em') html = `<em>${html}</em>`;
        else if (mark === 'code') html = `<code>${html}</code>`;
        else {
          const def = defs.get(mark);
          const href = def?._type === 'link' ? safeHref(def.href) : def?._type === 'internalLink' ? ctx.internalHref(def.target) : null;
          if (href) html = `<a href="${esc(href)}">${html}</a>`;
        }
      }
      return html;
    })
    .join('');
}

function renderBlock(block: PtNode, ctx: RenderContext): string {
  const inner = renderSpans(block, ctx);
  switch (block.style) {
    case 'h2':
      return `<h2>${inner}</h2>`;
    case 'h3':
      return `<h3>${inner}</h3>`;
    case 'h4':
    case 'h5':
    case 'h6':
      return `<h4>${inner}</h4>`;
    case 'blockquote':
      return `<blockquote><p>${inner}</p></blockquote>`;
    default:
      return `<p>${inner}</p>`;
  }
}

/** Consecutive list blocks → nested <ul>/<ol> (levels from `level`, default 1). */
function renderList(items: PtNode[], ctx: RenderContext): string {
  const levelOf = (item: PtNode) => Math.max(1, Math.min(6, typeof item.level === 'number' ? item.level : 1));
  const tagOf = (item: PtNode) => (item.listItem === 'number' ? 'ol' : 'ul');
  let i = 0;
  const renderLevel = (level: number): string => {
    let html = '';
    while (i < items.length && levelOf(items[i]!) >= level) {
      const tag = levelOf(items[i]!) > level ? 'ul' : tagOf(items[i]!);
      html += `<${tag}>`;
      while (i < items.length) {
        const item = items[i]!;
        const itemLevel = levelOf(item);
        if (itemLevel < level || (itemLevel === level && tagOf(item) !== tag)) break;
        if (itemLevel > level) {
          // A deeper item with no parent at this level: give it an empty parent item.
          html += `<li>${renderLevel(level + 1)}</li>`;
          continue;
        }
        i++;
        let li = renderSpans(item, ctx);
        if (i < items.length && levelOf(items[i]!) > level) li += renderLevel(level + 1);
        html += `<li>${li}</li>`;
      }
      html += `</${tag}>`;
    }
    return html;
  };
  let html = '';
  while (i < items.length) html += renderLevel(Math.min(...items.slice(i).map(levelOf)));
  return html;
}

function figcaption(caption: unknown, credit: unknown): string {
  const text = oneLine(caption);
  const by = oneLine(credit);
  if (!text && !by) return '';
  return `<figcaption>${esc(text)}${by ? `${text ? ' ' : ''}<span class="credit">Ảnh: ${esc(by)}</span>` : ''}</figcaption>`;
}

/** An image, or — when it cannot be shown — its caption (or alt text) as a paragraph. */
export function renderImage(image: ImageField, ctx: RenderContext, className = 'figure'): string {
  const file = ctx.image(image);
  const alt = oneLine(image.alt);
  if (!file) {
    const text = oneLine(image.caption) || alt;
    return text ? `<p class="image-fallback">${esc(text)}</p>` : '';
  }
  return (
    `<figure class="${className}"><img src="${esc(ctx.src(file.path))}" alt="${esc(alt)}" width="${file.width}" height="${file.height}"/>` +
    `${figcaption(image.caption, image.credit)}</figure>`
  );
}

function renderNode(node: PtNode, ctx: RenderContext): string {
  switch (node._type) {
    case 'block':
      return renderBlock(node, ctx);
    case 'accessibleImage':
      return renderImage(node as ImageField, ctx);
    case 'gallery': {
      const images = (Array.isArray(node.images) ? node.images : []).filter(isNode) as ImageField[];
      const figures = images.map((image) => renderImage(image, ctx, 'gallery__item')).join('');
      if (!figures) return '';
      const caption = oneLine(node.caption);
      return `<div class="gallery">${figures}${caption ? `<p class="gallery__caption">${esc(caption)}</p>` : ''}</div>`;
    }
    case 'pullQuote': {
      const text = oneLine(node.text);
      if (!text) return '';
      const who = oneLine(node.attribution);
      return `<blockquote class="pull-quote"><p>${esc(text)}</p>${who ? `<p class="pull-quote__by">${esc(who)}</p>` : ''}</blockquote>`;
    }
    case 'factBox': {
      const title = oneLine(node.title);
      return `<aside class="fact-box">${title ? `<p class="fact-box__title">${esc(title)}</p>` : ''}${renderPortableText(node.body as PtBlocks, ctx)}</aside>`;
    }
    case 'videoEmbed': {
      const href = safeHref(node.url);
      const title = oneLine(node.title) || href || '';
      const caption = oneLine(node.caption);
      // The address is printed in full (a title alone tells a reader on paper nowhere to go), with a QR code in the PDF.
      const qr = href && ctx.qr ? ctx.qr(href) : null;
      return (
        `<div class="media-link${qr ? ' media-link--qr' : ''}">${qr ? `<div class="media-link__qr">${qr}</div>` : ''}` +
        `<p>Xem video: ${href ? `<a href="${esc(href)}">${esc(title)}</a>` : esc(title)}</p>` +
        (href && title !== href ? `<p class="media-link__url">${esc(href)}</p>` : '') +
        `${caption ? `<p class="media-link__caption">${esc(caption)}</p>` : ''}</div>`
      );
    }
    case 'audioEmbed': {
      const local = localFileHref(typeof node.fileRef === 'string' ? node.fileRef : undefined);
      const href = safeHref(node.url) ?? safeHref(node.fileUrl) ?? (local ? ctx.siteUrl(local) : null);
      const title = oneLine(node.title) || href || '';
      const transcript = typeof node.transcript === 'string' ? node.transcript.trim() : '';
      return (
        `<div class="media-link"><p>Nghe: ${href ? `<a href="${esc(href)}">${esc(title)}</a>` : esc(title)}</p>` +
        (transcript ? `<p class="media-link__caption">Lời thoại:</p>${transcript.split(/\n\s*\n/).map((p) => `<p>${renderText(p.trim())}</p>`).join('')}` : '') +
        `</div>`
      );
    }
    case 'exemplarCard': {
      const exemplar = node.exemplar as { _id?: string; _type?: string; name?: string; slug?: string | null; role?: string; organisation?: { name?: string } | null; province?: { name?: string } | null } | null;
      if (!exemplar?.name) return '';
      const href = ctx.internalHref({ _type: 'exemplar', slug: exemplar.slug ?? null, _id: exemplar._id });
      const meta = [titleOf(exemplarRoles, exemplar.role), exemplar.organisation?.name, exemplar.province?.name].filter(Boolean).join(' · ');
      const note = oneLine(node.note);
      return (
        `<aside class="exemplar-card"><p class="exemplar-card__name">${href ? `<a href="${esc(href)}">${esc(exemplar.name)}</a>` : esc(exemplar.name)}</p>` +
        `${meta ? `<p class="exemplar-card__meta">${esc(meta)}</p>` : ''}${note ? `<p class="exemplar-card__note">${esc(note)}</p>` : ''}</aside>`
      );
    }
    default:
      ctx.warn(`kiểu khối "${node._type}" chưa được hỗ trợ trong ấn phẩm nên bị bỏ qua`);
      return '';
  }
}

/** Renders a Portable Text array to an XHTML fragment. */
export function renderPortableText(blocks: PtBlocks, ctx: RenderContext): string {
  const nodes = (blocks ?? []).filter(isNode);
  let html = '';
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node._type === 'block' && node.listItem) {
      const items: PtNode[] = [];
      while (i < nodes.length && nodes[i]!._type === 'block' && nodes[i]!.listItem) items.push(nodes[i++]!);
      i--;
      html += renderList(items, ctx);
    } else {
      html += renderNode(node, ctx);
    }
  }
  return html;
}

/** The public site's absolute URL for a document, if it has a page there. */
export function siteHref(siteUrl: string, type: string | null | undefined, slug: string | null | undefined): string | null {
  const path = urlFor(type, slug);
  return path ? siteUrl + path : null;
}
