// Portable Text → static HTML. Rendered by Astro on the server with no client directive, so no
// React reaches the browser. Images were resolved beforehand (async, Astro side) into `images`.
// Unknown block types, marks or styles never crash a page: nothing is rendered and a warning names
// the document.
import { PortableText, type PortableTextComponents } from '@portabletext/react';
import type { ReactNode } from 'react';
import type { ImageField } from '../../lib/images/geometry.ts';
import type { ImageMap } from '../../lib/images/map.ts';
import { safeHref, urlFor } from '../../lib/routes/urls.ts';
import type { ExemplarCardData, LinkTarget, PortableTextValue } from '../../lib/routes/types.ts';
import { exemplarRoles, titleOf } from '@guong-sang/schemas';
import { Figure, Img } from '../Img.tsx';
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
}

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

function makeComponents(images: ImageMap, documentId: string, headingIds?: ReadonlyMap<string, string>): PortableTextComponents {
  const idOf = (value: { _key?: string }) => (value._key ? headingIds?.get(value._key) : undefined);
  const simpleBlocks = (value: unknown) => <PortableTextBody value={value as PortableTextValue} images={images} documentId={documentId} simple />;
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
      accessibleImage: ({ value }) => <Figure image={value as ImageField} images={images} preset="body" />,
      gallery: ({ value }) => {
        const list = ((value?.images ?? []) as ImageField[]).filter(Boolean);
        if (!list.length) return null;
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

export function PortableTextBody({ value, images, documentId, headingIds }: PortableTextBodyProps) {
  if (!Array.isArray(value) || value.length === 0) return null;
  return (
    <PortableText
      value={value as never}
      components={makeComponents(images, documentId, headingIds)}
      onMissingComponent={(_message, { type, nodeType }) =>
        warnOnce(`[Portable Text] ${documentId}: chưa hỗ trợ ${nodeType === 'block' ? 'kiểu khối' : nodeType === 'mark' ? 'định dạng' : 'kiểu'} "${type}" — phần này không được hiển thị.`)
      }
    />
  );
}
