import type { Vocabulary } from './types.ts';

/**
 * Hosts whose players we embed. Only these are allowed: an embed runs third-party code on our pages.
 * `value` is the registrable domain; subdomains (www., m., player.) are accepted too.
 */
export const videoEmbedProviders = [
  { value: 'youtube.com', title: 'YouTube' },
  { value: 'youtu.be', title: 'YouTube (link rút gọn)' },
  { value: 'vimeo.com', title: 'Vimeo' },
  { value: 'facebook.com', title: 'Facebook' },
  { value: 'tiktok.com', title: 'TikTok' },
] as const satisfies Vocabulary;

export const audioEmbedProviders = [
  { value: 'soundcloud.com', title: 'SoundCloud' },
  { value: 'spotify.com', title: 'Spotify' },
] as const satisfies Vocabulary;

export const embedProviders = [...videoEmbedProviders, ...audioEmbedProviders] as const satisfies Vocabulary;
