// Privacy-friendly embeds: the page shows a plain link to the provider (works with JavaScript off);
// the player (an iframe from the provider) is created only when the reader clicks, by the tiny
// <gs-embed> custom element (src/scripts/embed-facade.ts), inlined on the pages that have one. Nothing from the provider is
// requested on page load. Only the allow-listed providers of the schema vocabulary get a player.
import { audioEmbedProviders, videoEmbedProviders } from '@guong-sang/schemas';

export interface EmbedPlayer {
  /** The iframe URL, loaded only after the click. */
  src: string;
  /** The provider's name ("YouTube"), for the link text. */
  provider: string;
}

const PROVIDER_NAMES: Record<string, string> = {
  'youtube.com': 'YouTube',
  'youtu.be': 'YouTube',
  'vimeo.com': 'Vimeo',
  'facebook.com': 'Facebook',
  'tiktok.com': 'TikTok',
  'soundcloud.com': 'SoundCloud',
  'spotify.com': 'Spotify',
};

const ALLOWED: ReadonlySet<string> = new Set([...videoEmbedProviders, ...audioEmbedProviders].map((p) => p.value));

/** The allow-listed registrable domain of a URL (subdomains accepted), or null. */
function providerOf(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  for (const domain of ALLOWED) if (host === domain || host.endsWith(`.${domain}`)) return domain;
  return null;
}

const ID = /^[\w-]{1,64}$/;

/** The player URL for an allow-listed media page URL, or null (then the link alone is shown). */
export function embedPlayer(href: string | null | undefined): EmbedPlayer | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const domain = providerOf(url);
  if (!domain) return null;
  const provider = PROVIDER_NAMES[domain] ?? domain;
  const parts = url.pathname.split('/').filter(Boolean);
  const make = (src: string | null) => (src ? { src, provider } : null);
  switch (domain) {
    case 'youtube.com':
    case 'youtu.be': {
      const id = domain === 'youtu.be' ? parts[0] : parts[0] === 'watch' ? url.searchParams.get('v') : ['embed', 'shorts', 'live'].includes(parts[0] ?? '') ? parts[1] : null;
      return make(id && ID.test(id) ? `https://www.youtube-nocookie.com/embed/${id}?autoplay=1` : null);
    }
    case 'vimeo.com': {
      const id = parts.find((p) => /^\d+$/.test(p));
      return make(id ? `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1` : null);
    }
    case 'facebook.com':
      return make(`https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(url.href)}&autoplay=1`);
    case 'tiktok.com': {
      const i = parts.indexOf('video');
      const id = i >= 0 ? parts[i + 1] : undefined;
      return make(id && /^\d+$/.test(id) ? `https://www.tiktok.com/embed/v2/${id}` : null);
    }
    case 'soundcloud.com':
      return make(`https://w.soundcloud.com/player/?url=${encodeURIComponent(url.href)}&auto_play=true`);
    case 'spotify.com': {
      const i = parts.findIndex((p) => ['episode', 'show', 'track', 'playlist', 'album'].includes(p));
      const id = i >= 0 ? parts[i + 1] : undefined;
      return make(id && ID.test(id) ? `https://open.spotify.com/embed/${parts[i]}/${id}` : null);
    }
    default:
      return null;
  }
}

/** True when a Portable Text body shows at least one click-to-load player. */
export function hasEmbedFacade(body: unknown): boolean {
  if (!Array.isArray(body)) return false;
  return body.some(
    (block: { _type?: string; url?: string } | null) =>
      (block?._type === 'videoEmbed' || block?._type === 'audioEmbed') && embedPlayer(block.url) !== null,
  );
}
