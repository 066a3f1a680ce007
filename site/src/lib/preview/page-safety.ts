// What a rendered preview page may not carry to a browser: dev-server addresses (`/@fs/` paths
// name files on the server, `/@vite/` and `/@id/` are the dev server's own) and Astro's dev image
// endpoint (`/_image?href=/@fs/…`). Image URLs are swapped for opaque keys the server maps to its
// token-checked image route; anything else dev-shaped makes the page unservable. Pure.
import { createHmac, randomBytes } from 'node:crypto';
import { isAbsolute, normalize } from 'node:path';

/** An image the page shows: one resize of one file (image crop cache or the local export's images). */
export interface DevImage {
  file: string;
  width: number;
  height: number | undefined;
  quality: number;
  format: 'webp' | 'avif';
}

/** Written in place of each dev image URL; the server turns `<prefix><key>` into its own image URL. */
export const PREVIEW_IMAGE_PREFIX = 'gs-preview-image:';

// An HTML-escaped dev image URL inside src/srcset: no quotes, spaces or commas (all percent-encoded).
const DEV_IMAGE_URL = /\/_image\/?\?[^"'\s,<>]+/g;
const DEV_MARKERS = ['/@fs/', '/@vite/', '/@id/', '/_image', '/node_modules/', '/@react-refresh'];

function unescapeAttribute(value: string): string {
  return value.replaceAll('&amp;', '&').replaceAll('&#38;', '&');
}

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif)$/i;

function parseDevImage(url: string, imageDirs: readonly string[]): DevImage | undefined {
  const query = new URLSearchParams(unescapeAttribute(url).replace(/^[^?]*\?/, ''));
  const href = query.get('href') ?? '';
  if (!href.startsWith('/@fs/')) return undefined;
  const file = normalize(href.slice('/@fs'.length).replace(/\?.*$/, ''));
  if (!isAbsolute(file) || !IMAGE_FILE.test(file) || !imageDirs.some((dir) => file.startsWith(dir))) return undefined;
  const width = Number(query.get('w'));
  const height = query.get('h') === null ? undefined : Number(query.get('h'));
  const quality = Number(query.get('q') ?? 72);
  const format = query.get('f');
  if (!Number.isInteger(width) || width <= 0 || width > 4000) return undefined;
  if (height !== undefined && (!Number.isInteger(height) || height <= 0 || height > 4000)) return undefined;
  if (!Number.isInteger(quality) || quality < 1 || quality > 100 || (format !== 'webp' && format !== 'avif')) return undefined;
  return { file, width, height, quality, format };
}

// Keys are HMACs under a key that lives and dies with the process: the same image gets the same key
// (one entry per image), and no key can be guessed from an asset name. A key is itself the right
// to fetch that one image, so image URLs need no preview token (and the page carries none).
const KEY_SECRET = randomBytes(32);

/**
 * Replaces every dev image URL (in src/srcset, the JSON-LD, the search metadata) by
 * `PREVIEW_IMAGE_PREFIX + key`; returns the keyed images. Only an image file inside `imageDirs`
 * (absolute, with a trailing slash) gets a key; any other dev-shaped URL (say, a link typed into a
 * draft) is left as it is, and findDevUrl then refuses the page.
 */
export function collectDevImages(html: string, imageDirs: readonly string[]): { html: string; found: Map<string, DevImage> } {
  const found = new Map<string, DevImage>();
  const out = html.replace(DEV_IMAGE_URL, (url) => {
    const image = parseDevImage(url, imageDirs);
    if (!image) return url;
    const key = createHmac('sha256', KEY_SECRET).update(JSON.stringify(image)).digest('hex').slice(0, 32);
    found.set(key, image);
    return `${PREVIEW_IMAGE_PREFIX}${key}`;
  });
  return { html: out, found };
}

/** The first dev-server address left in `html`, if any: such a page must not be served. */
export function findDevUrl(html: string): string | undefined {
  return DEV_MARKERS.find((marker) => html.includes(marker));
}
