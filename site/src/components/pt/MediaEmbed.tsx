// Video and audio embeds as click-to-load facades (see embeds.ts). Server-rendered HTML only:
//  - allow-listed provider URL → <gs-embed data-src=player> around a plain link to the provider page;
//    with JS off (or before the click) it is just that link, and nothing from the provider loads;
//  - local audio file → a native <audio preload="none"> (our own file, fetched only on play) + link;
//  - anything else → the link alone.
import { safeHref } from '../../lib/routes/urls.ts';
import { localFileHref } from '../../lib/routes/files.ts';
import { embedPlayer } from './embeds.ts';
import { EMBED_SRC, EMBED_TAG, EMBED_TITLE } from '../../scripts/ids.ts';

/** The click-to-load element (src/scripts/embed-facade.ts defines it). */
const Embed = EMBED_TAG;

export interface VideoEmbedValue {
  url?: string | null;
  title?: string | null;
  caption?: string | null;
}

export interface AudioEmbedValue {
  url?: string | null;
  fileUrl?: string | null;
  fileRef?: string | null;
  title?: string | null;
  transcript?: string | null;
}

function Facade({ href, title, kind }: { href: string; title: string; kind: 'video' | 'audio' }) {
  const player = embedPlayer(href);
  const verb = kind === 'video' ? 'Xem' : 'Nghe';
  const link = (
    <a className="embed__link" href={href} rel="noopener noreferrer">
      <span className="embed__play" aria-hidden="true">{kind === 'video' ? '▶' : '♪'}</span>
      <span className="embed__title">{title}</span>
      <span className="embed__note">
        {player ? `${verb} trên ${player.provider} — trình phát chỉ tải khi bạn bấm` : `${verb} tại trang gốc`}
      </span>
    </a>
  );
  if (!player) return link;
  return (
    <Embed {...{ [EMBED_SRC]: player.src, [EMBED_TITLE]: `${title} (${player.provider})` }}>
      {link}
    </Embed>
  );
}

export function VideoEmbed({ value }: { value: VideoEmbedValue | null | undefined }) {
  const href = safeHref(value?.url);
  if (!href) return null;
  const title = value?.title?.trim() || href;
  return (
    <figure className="embed embed--video">
      <Facade href={href} title={title} kind="video" />
      {value?.caption ? <figcaption>{value.caption}</figcaption> : null}
    </figure>
  );
}

export function AudioEmbed({ value }: { value: AudioEmbedValue | null | undefined }) {
  const remote = safeHref(value?.url);
  const file = remote ? null : (safeHref(value?.fileUrl) ?? localFileHref(value?.fileRef));
  const title = value?.title?.trim() || remote || '';
  if (!remote && !file && !title) return null;
  return (
    <figure className="embed embed--audio">
      {remote ? (
        <Facade href={remote} title={title} kind="audio" />
      ) : file ? (
        <>
          <p className="embed__title">♪ {title}</p>
          <audio controls preload="none" src={file}>
            <a href={file}>Tải tệp âm thanh: {title}</a>
          </audio>
        </>
      ) : (
        <p className="embed__title">♪ {title}</p>
      )}
      {value?.transcript ? (
        <details>
          <summary>Lời thoại</summary>
          <p>{value.transcript}</p>
        </details>
      ) : null}
    </figure>
  );
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'gs-embed': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement>;
    }
  }
}
