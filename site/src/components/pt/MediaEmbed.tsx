// Video and audio embeds as click-to-load facades (see embeds.ts). Server-rendered HTML only:
//  - allow-listed provider URL → <gs-embed data-src=player> around a plain link to the provider page;
//    with JS off (or before the click) it is just that link, and nothing from the provider loads;
//  - local audio file → a native <audio preload="none"> (our own file, fetched only on play) + link;
//  - anything else → the link alone.
import { safeHref } from '../../lib/routes/urls.ts';
import { localFileHref } from '../../lib/routes/files.ts';
import { embedPlayer } from './embeds.ts';
import { formatDuration, isoDuration, validSeconds } from '../../lib/format/duration.ts';
import { EMBED_SRC, EMBED_TAG, EMBED_TITLE } from '../../scripts/ids.ts';

/** The click-to-load element (src/scripts/embed-facade.ts defines it). */
const Embed = EMBED_TAG;

export interface VideoEmbedValue {
  url?: string | null;
  title?: string | null;
  caption?: string | null;
  /** Whole seconds. */
  duration?: number | null;
  transcript?: string | null;
}

export interface AudioEmbedValue {
  url?: string | null;
  fileUrl?: string | null;
  fileRef?: string | null;
  title?: string | null;
  /** Whole seconds. */
  duration?: number | null;
  transcript?: string | null;
}

/** "Thời lượng: 12 phút 30 giây", with the ISO duration for machines; nothing for a missing or bad value. */
function Duration({ seconds }: { seconds: unknown }) {
  const valid = validSeconds(seconds);
  if (valid === undefined) return null;
  return (
    <p className="embed__duration">
      Thời lượng: <time dateTime={isoDuration(valid)}>{formatDuration(valid)}</time>
    </p>
  );
}

/** The spoken words, folded: for readers who cannot or would rather not listen. */
function Transcript({ text }: { text: string | null | undefined }) {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  return (
    <details className="embed__transcript">
      <summary>Lời thoại</summary>
      {trimmed.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </details>
  );
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
      <Duration seconds={value?.duration} />
      <Transcript text={value?.transcript} />
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
      <Duration seconds={value?.duration} />
      <Transcript text={value?.transcript} />
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
