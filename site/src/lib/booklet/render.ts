// Shared rendering for both formats: resolves every image of the book once (progress per chapter),
// then renders chapter, foreword and credits fragments for a given file layout (EPUB: one file per
// chapter under text/; PDF: one document at the root).
import type { AssetLocation } from '../content/backend.ts';
import type { BookletWarning } from './errors.ts';
import { ImageStore, type BookletImageFile, type ImageField } from './images.ts';
import type { BookletChapter, BookletModel } from './model.ts';
import { collectImages, renderImage, renderPortableText, siteHref, type RenderContext } from './portable-text.ts';
import { esc } from './xml.ts';

/** The public site's origin (links to pages outside the book); same variable and default as astro.config.mjs. */
export function bookletSiteUrl(env: Record<string, string | undefined> = process.env): string {
  const value = env.SITE_URL?.trim() || 'https://guongsang.example.vn';
  try {
    const url = new URL(value);
    return url.origin + url.pathname.replace(/\/?$/, '');
  } catch {
    return 'https://guongsang.example.vn';
  }
}

export interface PreparedBooklet {
  model: BookletModel;
  images: ImageStore;
  cover: BookletImageFile | null;
  siteUrl: string;
  warn: (warning: BookletWarning) => void;
}

export interface PrepareOptions {
  locate: (reference: string) => AssetLocation;
  warn?: (warning: BookletWarning) => void;
  /** Called once per chapter after its images are ready ("Chương 3/12: …"). */
  onChapter?: (chapter: BookletChapter, total: number) => void;
  siteUrl?: string;
  maxImageSize?: number;
}

export async function prepareBooklet(model: BookletModel, options: PrepareOptions): Promise<PreparedBooklet> {
  const warn = options.warn ?? (() => {});
  const images = new ImageStore({ locate: options.locate, publicationId: model.id, warn, maxSize: options.maxImageSize });
  const settled = new Map<string, BookletImageFile | null>();
  SETTLED.set(images, settled);
  const resolve = (list: ImageField[], documentId: string) =>
    Promise.all(list.map(async (image) => settled.set(imageKey(image), await images.get(image, documentId))));
  const cover = await images.get(model.cover, model.id);
  await resolve(collectImages(model.foreword), model.id);
  for (const chapter of model.chapters) {
    await resolve([...(chapter.cover ? [chapter.cover as ImageField] : []), ...collectImages(chapter.body)], chapter.documentId);
    options.onChapter?.(chapter, model.chapters.length);
  }
  return { model, images, cover, siteUrl: options.siteUrl ?? bookletSiteUrl(), warn };
}

export interface Layout {
  /** How a path inside the book (`images/x.jpg`) is referenced from the current document. */
  src(path: string): string;
  /** Href of a chapter from the current document. */
  chapterHref(chapterId: string): string;
  /** Print only: a QR code (inline SVG) for a video's address. */
  qr?(url: string): string | null;
}

/** A synchronous render context over already-resolved images. */
export function renderContext(book: PreparedBooklet, layout: Layout, documentId: string): RenderContext {
  return {
    image: (image) => lookup(book, image),
    src: layout.src,
    internalHref: (target) => {
      if (!target) return null;
      if (target._type === 'story' && target._id) {
        const chapterId = book.model.chapterByStoryId.get(target._id);
        if (chapterId) return layout.chapterHref(chapterId);
      }
      return siteHref(book.siteUrl, target._type, target.slug);
    },
    siteUrl: (path) => book.siteUrl + path,
    qr: layout.qr,
    warn: (message) =>
      book.warn({ code: 'unknown-block', publicationId: book.model.id, documentId, message: `${documentId}: ${message}.` }),
  };
}

/** Settled results of `ImageStore.get`, so rendering stays synchronous (filled by `prepareBooklet`). */
const SETTLED = new WeakMap<ImageStore, Map<string, BookletImageFile | null>>();
const imageKey = (image: ImageField) => JSON.stringify([image.asset?._ref ?? null, image.crop ?? null]);

function lookup(book: PreparedBooklet, image: ImageField): BookletImageFile | null {
  return SETTLED.get(book.images)?.get(imageKey(image)) ?? null;
}

// ---------------------------------------------------------------------------------------------------
// Fragments shared by the EPUB and PDF writers

export function chapterHtml(book: PreparedBooklet, chapter: BookletChapter, layout: Layout): string {
  const ctx = renderContext(book, layout, chapter.documentId);
  const label = `Chương ${chapter.index}`;
  const header =
    `<header class="chapter__header"><p class="chapter__number">${label}</p>` +
    `<h1 class="chapter__title">${esc(chapter.title)}</h1>` +
    (chapter.dek ? `<p class="chapter__dek">${esc(chapter.dek)}</p>` : '') +
    (chapter.byline.length ? `<p class="chapter__byline">${chapter.byline.map(esc).join(' · ')}</p>` : '') +
    `</header>`;
  const cover = chapter.cover ? renderImage(chapter.cover as ImageField, ctx, 'figure chapter__cover') : '';
  return `${header}${cover}<div class="chapter__body">${renderPortableText(chapter.body, ctx)}</div>`;
}

export function forewordHtml(book: PreparedBooklet, layout: Layout): string {
  const body = renderPortableText(book.model.foreword, renderContext(book, layout, book.model.id));
  return body ? `<h1 class="matter__title">Lời nói đầu</h1>${body}` : '';
}

export function creditsHtml(book: PreparedBooklet): string {
  const { model } = book;
  const rows = model.credits.map(
    (credit) => `<p class="credits__row"><span class="credits__role">${esc(credit.roleTitle ?? 'Thực hiện')}:</span> ${esc(credit.name)}</p>`,
  );
  const facts = [
    model.edition ? `<p>${esc(model.edition)}</p>` : '',
    `<p>Đơn vị phát hành: ${esc(model.publisher)}</p>`,
    model.year ? `<p>Năm ${model.year}</p>` : '',
    `<p>Nội dung lấy từ trang ${esc(book.siteUrl.replace(/^https?:\/\//, ''))}</p>`,
  ];
  return `<h1 class="matter__title">Thực hiện</h1><div class="credits">${rows.join('')}</div><div class="colophon">${facts.join('')}</div>`;
}
