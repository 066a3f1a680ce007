// Where the icons and the web app manifest live (no runtime imports: the layout links them).
export interface IconFile {
  /** Root-relative URL, also the file name in dist/. */
  href: string;
  size: number;
}

export const FAVICON_SVG = '/favicon.svg';
export const FAVICON_ICO = '/favicon.ico';
export const APPLE_TOUCH_ICON: IconFile = { href: '/apple-touch-icon.png', size: 180 };
export const MANIFEST_ICONS: IconFile[] = [
  { href: '/icon-192.png', size: 192 },
  { href: '/icon-512.png', size: 512 },
];
export const MANIFEST_URL = '/manifest.webmanifest';
/** The podcast feed's channel artwork: Apple Podcasts asks for a square PNG or JPEG of 1400–3000 px. */
export const PODCAST_ARTWORK: IconFile = { href: '/podcast-artwork.png', size: 1400 };
