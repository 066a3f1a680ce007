// Portable Text → static HTML. Rendered by Astro on the server with no client directive, so no
// React reaches the browser. Images were resolved beforehand (async, Astro side) into `images`.
// Unknown block types, marks or styles never crash a page: nothing is rendered and a warning names
// the document. The content repairs (lib/content/integrity/repair-structure.ts) already fix stored
// text; `renderable` below repeats the checks that keep the renderer itself safe (defence in depth).
import { PortableText, type PortableTextComponents } from '@portabletext/react';
import type { ReactNode } from 'react';
import type { ImageField } from '../../lib/images/geometry.ts';
import type { ImageMap } from '../../lib/images/map.ts';
import { safeHref, urlFor } from '../../lib/routes/urls.ts';
import type { ExemplarCardData, LinkTarget, PortableTextValue } from '../../lib/routes/types.ts';
import { exemplarRoles, titleOf } from '@guong-sang/schemas';
import { Figure, Img } from '../Img.tsx';
import { ZoomFigure } from './ZoomFigure.tsx';
import { AudioEmbed, VideoEmbed } from './MediaEmbed.tsx';

export interface PortableTextBodyProps {
  value: PortableTextValue | null | undefined;
  images: ImageMap;
  /** For warnings: which document this text belongs to. */
  documentId: string;
  /** Heading level the body's h2 maps to stays h2; `simple` bodies (bio, fact box) get no figures. */
  simple?: boolean;
  /** Block `_key` → `id` of h2/h3 headings (table of contents anchors, see lib/story/headings.ts). */
  headingIds?: ReadonlyMap<string, string>;
  /** How many bodies enclose this one (fact box in fact box…); internal. */
  depth?: number;
  /** How the story's layout draws pictures (lib/story/layout.ts); articles use the defaults. */
  pictures?: PictureOptions;
  /** A block drawn elsewhere on the page (the lead player of a video or podcast), by `_key`. */
  omitKey?: string;
}

export interface PictureOptions {
  /** Each picture links to its full-size file, which the lightbox (scripts/lightbox.ts) opens in a <dialog>. */
  zoom?: boolean;
  /** Gallery pictures drawn one after another at the body's size (photo essays), not as a grid of cards. */
  largeGallery?: boolean;
}

/** List levels beyond this are clamped: @portabletext/toolkit allocates one nested list per level. */
export const MAX_RENDER_LIST_LEVEL = 10;
/** Bodies nested deeper than this render nothing (each level is a React render recursion). */
export const MAX_RENDER_DEPTH = 8;

const warned = new Set<string>();
function warnOnce(message: string) {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

function ExternalLink({ href, children }: { href: unknown; children: ReactNode }) {
  const safe = safeHref(href);
  if (!safe) return <>{children}</>;
  const external = /^https?:/i.test(safe);
  return (
    <a href={safe} rel={external ? 'noopener noreferrer' : undefined}>
      {children}
    </a>
  );
}

function InternalLink({ target, children }: { target: LinkTarget | null | undefined; children: ReactNode }) {
  const href = urlFor(target?._type, target?.slug);
  return href ? <a href={href}>{children}</a> : <>{children}</>;
}

export function ExemplarCard({ exemplar, note, images }: { exemplar: ExemplarCardData | null | undefined; note?: string | null; images: ImageMap }) {
  if (!exemplar) return null;
  const href = urlFor('exemplar', exemplar.slug);
  const meta = [titleOf(exemplarRoles, exemplar.role), exemplar.organisation?.name, exemplar.province?.name].filter(Boolean).join(' · ');
  return (
    <aside className="exemplar-card">
      <Img image={exemplar.portrait} images={images} preset="thumb" />
      <div>
        <p className="exemplar-card__name">{href ? <a href={href}>{exemplar.name}</a> : exemplar.name}</p>
        {meta ? <p className="exemplar-card__meta">{meta}</p> : null}
        {note ? <p className="exemplar-card__note">{note}</p> : null}
      </div>
    </aside>
  );
}

function makeComponents(images: ImageMap, documentId: string, headingIds: ReadonlyMap<string, string> | undefined, depth: number, pictures: PictureOptions): PortableTextComponents {
  const idOf = (value: { _key?: string }) => (value._key ? headingIds?.get(value._key) : undefined);
  const simpleBlocks = (value: unknown) => <PortableTextBody value={value as PortableTextValue} images={images} documentId={documentId} simple depth={depth + 1} />;
  return {
    block: {
      normal: ({ children }) => <p>{children}</p>,
      h2: ({ children, value }) => <h2 id={idOf(value)}>{children}</h2>,
      h3: ({ children, value }) => <h3 id={idOf(value)}>{children}</h3>,
      h4: ({ children }) => <h4>{children}</h4>,
      blockquote: ({ children }) => <blockquote>{children}</blockquote>,
    },
    list: {
      bullet: ({ children }) => <ul>{children}</ul>,
      number: ({ children }) => <ol>{children}</ol>,
    },
    listItem: ({ children }) => <li>{children}</li>,
    marks: {
      strong: ({ children }) => <strong>{children}</strong>,
      em: ({ children }) => <em>{children}</em>,
      link: ({ value, children }) => <ExternalLink href={value?.href}>{children}</ExternalLink>,
      internalLink: ({ value, children }) => <InternalLink target={value?.target}>{children}</InternalLink>,
    },
    types: {
      accessibleImage: ({ value }) => <ZoomFigure image={value as ImageField} images={images} preset="body" zoom={pictures.zoom} />,
      gallery: ({ value }) => {
        const list = ((value?.images ?? []) as ImageField[]).filter(Boolean);
        if (!list.length) return null;
        if (pictures.largeGallery)
          return (
            <section className="photo-series" aria-label={value?.caption || undefined}>
              {list.map((image, i) => (
                <ZoomFigure key={image._key ?? i} image={image} images={images} preset="body" zoom={pictures.zoom} />
              ))}
              {value?.caption ? <p className="photo-series__caption">{value.caption}</p> : null}
            </section>
          );
        return (
          <figure className="gallery">
            <ul>
              {list.map((image, i) => (
                <li key={image._key ?? i}>
                  <Figure image={image} images={images} preset="card" />
                </li>
              ))}
            </ul>
            {value?.caption ? <figcaption>{value.caption}</figcaption> : null}
          </figure>
        );
      },
      pullQuote: ({ value }) =>
        value?.text ? (
          <figure className="pull-quote">
            <blockquote>
              <p>{value.text}</p>
            </blockquote>
            {value.attribution ? <figcaption>{value.attribution}</figcaption> : null}
          </figure>
        ) : null,
      factBox: ({ value }) => (
        <aside className="fact-box" aria-label={value?.title ?? undefined}>
          {value?.title ? <p className="fact-box__title">{value.title}</p> : null}
          {simpleBlocks(value?.body)}
        </aside>
      ),
      videoEmbed: ({ value }) => <VideoEmbed value={value} />,
      audioEmbed: ({ value }) => <AudioEmbed value={value} />,
      exemplarCard: ({ value }) => <ExemplarCard exemplar={value?.exemplar} note={value?.note} images={images} />,
    },
    unknownType: () => null,
    unknownMark: ({ children }) => <>{children}</>,
    unknownBlockStyle: ({ children }) => <p>{children}</p>,
    unknownList: ({ children }) => <ul>{children}</ul>,
    unknownListItem: ({ children }) => <li>{children}</li>,
  };
}

const own = (map: object, key: unknown): boolean => typeof key === 'string' && Object.hasOwn(map, key);

function clampLevel(level: unknown): number {
  return typeof level === 'number' && Number.isFinite(level) ? Math.min(MAX_RENDER_LIST_LEVEL, Math.max(1, Math.trunc(level))) : 1;
}

/**
 * The blocks as @portabletext/react can render them without crashing or blowing up, in one linear
 * pass: list levels clamped (a level of 1e9 would allocate 1e9 lists, 1,500 would overflow the
 * stack), block types, styles, list kinds and marks looked up as *own* keys of our component maps
 * (the library uses `in` and `map[name]`, so `_type: "constructor"` would render `Object`), spans
 * with string text. Unknown block types are left out here, with one warning naming the document.
 */
function renderable(value: readonly unknown[], components: PortableTextComponents, warn: (type: string) => void): unknown[] {
  const { types = {}, block: styles = {}, list: lists = {}, marks = {} } = components as Record<string, object>;
  const out: unknown[] = [];
  for (const item of value) {
    if (!item || typeof item !== 'object') continue;
    const node = item as Record<string, unknown>;
    if (node._type !== 'block') {
      if (own(types, node._type)) out.push(node);
      else warn(String(node._type));
      continue;
    }
    const markDefs = Array.isArray(node.markDefs) ? node.markDefs.filter((def) => def && typeof def === 'object' && typeof def._key === 'string' && own(marks, def._type)) : [];
    const defKeys = new Set(markDefs.map((def: { _key: string }) => def._key));
    const children = Array.isArray(node.children)
      ? node.children
          .filter((child) => child && typeof child === 'object' && child._type === 'span')
          .map((child) => ({
            ...child,
            text: typeof child.text === 'string' ? child.text : '',
            marks: Array.isArray(child.marks) ? child.marks.filter((mark: unknown) => (typeof mark === 'string' && defKeys.has(mark)) || own(marks, mark)) : [],
          }))
      : [];
    const repaired: Record<string, unknown> = { ...node, markDefs, children, style: own(styles, node.style) ? node.style : 'normal' };
    if (node.listItem !== undefined) {
      repaired.listItem = own(lists, node.listItem) ? node.listItem : 'bullet';
      repaired.level = clampLevel(node.level);
    } else delete repaired.level;
    out.push(repaired);
  }
  return out;
}

export function PortableTextBody({ value, images, documentId, headingIds, depth = 0, pictures = {}, omitKey }: PortableTextBodyProps) {
  if (!Array.isArray(value) || value.length === 0 || depth > MAX_RENDER_DEPTH) return null;
  const components = makeComponents(images, documentId, headingIds, depth, pictures);
  if (omitKey !== undefined) value = value.filter((block) => (block as { _key?: unknown } | null)?._key !== omitKey) as typeof value;
  const missing = (nodeType: string, type: string) =>
    warnOnce(`[Portable Text] ${documentId}: chưa hỗ trợ ${nodeType === 'block' ? 'kiểu khối' : nodeType === 'mark' ? 'định dạng' : 'kiểu'} "${type}" — phần này không được hiển thị.`);
  return (
    <PortableText
      value={renderable(value, components, (type) => missing('block', type)) as never}
      components={components}
      onMissingComponent={(_message, { type, nodeType }) => missing(nodeType, type)}
    />
  );
}
