// Drawing one Open Graph image (1200×630 JPEG): satori lays out the template with Noto Serif /
// Noto Sans (latin + vietnamese subsets, woff — satori cannot read woff2) into SVG, sharp rasterises
// it. Loaded by the drawing workers (draw-worker.ts) and, for single images, by generate.ts.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { cropRect, type SanityCrop, type SanityHotspot } from '../images/geometry.ts';
import { MAX_IMAGE_PIXELS } from '../images/inspect.ts';
import { OG_HEIGHT, OG_WIDTH } from './paths.ts';

export interface OgCover {
  /** Local file of the original picture. */
  file: string;
  /** Its full size (Sanity's crop fractions apply to it). */
  width: number;
  height: number;
  crop?: SanityCrop | null;
  hotspot?: SanityHotspot | null;
}

export interface OgInput {
  /** The image's name under /og/ without `.jpg`: a story's slug, or `<kind>/<slug>` for other cards (paths.ts). */
  slug: string;
  title: string;
  /** Format label ("Phóng sự"), already translated; omitted for plain articles. */
  format?: string | null;
  column?: string | null;
  siteName: string;
  cover?: OgCover | null;
  /**
   * How the picture is placed: `cover` (default) fills the card behind the title (stories, events,
   * contests, columns, themes); `portrait` (a profile's photo) and `book` (an e-publication's cover)
   * stand whole beside the title, so a face or a cover is never cut by a wide crop.
   */
  layout?: 'cover' | 'portrait' | 'book';
  /** A line under the title (a profile's organisation, a booklet's edition); plain text. */
  subtitle?: string | null;
}

/** The box a side picture (portrait, book cover) is drawn into, right of the title. */
export function sideBox(layout: 'portrait' | 'book'): { width: number; height: number } {
  return layout === 'book' ? { width: 360, height: 510 } : { width: 400, height: 500 };
}


const SERIF = 'Noto Serif, Noto Serif VI';
const SANS = 'Noto Sans, Noto Sans VI';

type Font = Parameters<typeof satori>[1]['fonts'][number];
let fonts: Promise<Font[]> | undefined;

function loadFonts(): Promise<Font[]> {
  fonts ??= (async () => {
    const require = createRequire(import.meta.url);
    const entries: Array<[name: string, pkg: string, weight: 400 | 700]> = [
      ['Noto Serif', 'noto-serif', 700],
      ['Noto Sans', 'noto-sans', 400],
      ['Noto Sans', 'noto-sans', 700],
    ];
    // satori keeps one font per family name and weight, so each subset gets its own family name and
    // the text asks for both ("Noto Serif, Noto Serif VI"): latin first, Vietnamese letters after.
    const out: Font[] = [];
    for (const [name, pkg, weight] of entries) {
      for (const [subset, suffix] of [['latin', ''], ['vietnamese', ' VI']] as const) {
        const path = require.resolve(`@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff`);
        out.push({ name: `${name}${suffix}`, data: await readFile(path), weight, style: 'normal' });
      }
    }
    return out;
  })();
  return fonts;
}

/** Where the cover is cut: Sanity's crop, then a `width`×`height` cover-fit around the hotspot (not the centre). */
function coverCut(cover: OgCover, width = OG_WIDTH, height = OG_HEIGHT): { left: number; top: number; width: number; height: number } {
  const rect = cropRect(cover.width, cover.height, cover.crop);
  const x = typeof cover.hotspot?.x === 'number' ? cover.hotspot.x : 0.5;
  const y = typeof cover.hotspot?.y === 'number' ? cover.hotspot.y : 0.5;
  const scale = Math.max(width / rect.width, height / rect.height);
  const w = Math.min(rect.width, Math.round(width / scale));
  const h = Math.min(rect.height, Math.round(height / scale));
  const left = rect.left + Math.round(Math.min(Math.max(x * cover.width - rect.left - w / 2, 0), rect.width - w));
  const top = rect.top + Math.round(Math.min(Math.max(y * cover.height - rect.top - h / 2, 0), rect.height - h));
  return { left, top, width: w, height: h };
}

// Stories often share a photo (a school's, a column's): the cut cover is kept per file and cut, so
// each distinct one is decoded, resized and encoded once per worker instead of once per story
// (about a fifth of an image's CPU time). Bounded: ~110 KB of base64 each, the oldest dropped first.
const COVER_MEMO_LIMIT = 256;
const coverMemo = new Map<string, Promise<string>>();

/** The cover cut to `width`×`height` (crop, then cover-fit around the hotspot), as a JPEG data URL. */
function coverDataUrl(cover: OgCover, width = OG_WIDTH, height = OG_HEIGHT): Promise<string> {
  const cut = coverCut(cover, width, height);
  const key = `${cover.file}\0${cut.left},${cut.top},${cut.width},${cut.height}\0${width}x${height}`;
  let url = coverMemo.get(key);
  if (url) {
    coverMemo.delete(key); // re-inserted below: most recently used last
  } else {
    url = sharp(cover.file, { limitInputPixels: MAX_IMAGE_PIXELS })
      .extract(cut)
      .resize(width, height, { fit: 'fill' })
      .jpeg({ quality: 78 })
      .toBuffer()
      .then((jpeg) => `data:image/jpeg;base64,${jpeg.toString('base64')}`);
    // A failed cut is not remembered: the story falls back to the text-only card, and the next one retries.
    url.catch(() => coverMemo.delete(key));
  }
  coverMemo.set(key, url);
  if (coverMemo.size > COVER_MEMO_LIMIT) coverMemo.delete(coverMemo.keys().next().value!);
  return url;
}

interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: Array<Node | string> | Node | string; src?: string; width?: number; height?: number };
}
const h = (type: string, style: Record<string, unknown>, ...children: Array<Node | string | null | undefined | false>): Node => ({
  type,
  props: { style, children: children.filter((c): c is Node | string => Boolean(c)) },
});

/** Long titles are cut at a word boundary so they fit in three lines. */
function fitTitle(title: string): { text: string; size: number } {
  const clean = title.replace(/\s+/g, ' ').trim();
  const size = clean.length > 90 ? 50 : clean.length > 55 ? 58 : 66;
  const max = 130;
  if (clean.length <= max) return { text: clean, size };
  const cut = clean.slice(0, max);
  return { text: `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:–—-]$/, '')}…`, size };
}

/** A portrait or book cover standing beside the title on the brand gradient. */
function sideTemplate(input: OgInput, picture: string | null, layout: 'portrait' | 'book'): Node {
  const box = sideBox(layout);
  const title = fitTitle(input.title);
  const textWidth = picture ? OG_WIDTH - 128 - box.width - 56 : OG_WIDTH - 128;
  return h(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', position: 'relative', fontFamily: SANS, backgroundImage: 'linear-gradient(135deg, #a4161a 0%, #3b0d0e 100%)' },
    h(
      'div',
      { position: 'absolute', top: 48, left: 64, width: textWidth, height: OG_HEIGHT - 48 - 56, display: 'flex', flexDirection: 'column', justifyContent: 'space-between' },
      h(
        'div',
        { display: 'flex', flexDirection: 'column' },
        h('div', { display: 'flex', fontFamily: SERIF, fontWeight: 700, fontSize: 40, color: '#ffffff' }, input.siteName),
        h('div', { display: 'flex', width: 96, height: 8, marginTop: 20, backgroundColor: '#f2c14e' }),
      ),
      h(
        'div',
        { display: 'flex', flexDirection: 'column' },
        input.format ? h('div', { display: 'flex', fontSize: 28, fontWeight: 700, color: '#f2c14e', marginBottom: 16, textTransform: 'uppercase', letterSpacing: 1 }, input.format) : null,
        h('div', { display: 'flex', fontFamily: SERIF, fontWeight: 700, fontSize: Math.min(title.size, 58), lineHeight: 1.2, color: '#ffffff' }, title.text),
        input.subtitle ? h('div', { display: 'flex', fontSize: 28, color: '#f5e6d3', marginTop: 20 }, fitTitle(input.subtitle).text) : null,
      ),
    ),
    picture
      ? {
          type: 'img',
          props: {
            src: picture,
            width: box.width,
            height: box.height,
            style: { position: 'absolute', top: Math.round((OG_HEIGHT - box.height) / 2), right: 64, borderRadius: layout === 'portrait' ? 16 : 4, border: '6px solid #f2c14e' },
          },
        }
      : null,
  );
}

function template(input: OgInput, background: string | null): Node {
  const title = fitTitle(input.title);
  const kicker = [input.column, input.format].filter(Boolean).join(' · ');
  const root = h(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', position: 'relative', backgroundColor: '#3b0d0e', fontFamily: SANS },
    background
      ? { type: 'img', props: { src: background, width: OG_WIDTH, height: OG_HEIGHT, style: { position: 'absolute', top: 0, left: 0 } } }
      : null,
    h('div', {
      position: 'absolute', top: 0, left: 0, width: OG_WIDTH, height: OG_HEIGHT, display: 'flex',
      backgroundImage: background
        ? 'linear-gradient(180deg, rgba(0,0,0,0.55) 0%, rgba(0,0,0,0.15) 35%, rgba(0,0,0,0.55) 60%, rgba(0,0,0,0.88) 100%)'
        : 'linear-gradient(135deg, #a4161a 0%, #3b0d0e 100%)',
    }),
    h(
      'div',
      { position: 'absolute', top: 48, left: 64, width: OG_WIDTH - 128, height: OG_HEIGHT - 48 - 56, display: 'flex', flexDirection: 'column', justifyContent: 'space-between' },
      h(
        'div',
        { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
        h('div', { display: 'flex', fontFamily: SERIF, fontWeight: 700, fontSize: 40, color: '#ffffff' }, input.siteName),
        h('div', { display: 'flex', width: 96, height: 8, backgroundColor: '#f2c14e' }),
      ),
      h(
        'div',
        { display: 'flex', flexDirection: 'column' },
        kicker ? h('div', { display: 'flex', fontSize: 28, fontWeight: 700, color: '#f2c14e', marginBottom: 16, textTransform: 'uppercase', letterSpacing: 1 }, kicker) : null,
        h('div', { display: 'flex', fontFamily: SERIF, fontWeight: 700, fontSize: title.size, lineHeight: 1.2, color: '#ffffff' }, title.text),
      ),
    ),
  );
  return root;
}

/** One card's JPEG (no cache). */
export async function renderOgImage(input: OgInput): Promise<Buffer> {
  const layout = input.layout ?? 'cover';
  let tree: Node;
  if (layout === 'cover') {
    tree = template(input, input.cover ? await coverDataUrl(input.cover) : null);
  } else {
    const box = sideBox(layout);
    tree = sideTemplate(input, input.cover ? await coverDataUrl(input.cover, box.width, box.height) : null, layout);
  }
  const svg = await satori(tree as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: await loadFonts() });
  // JPEG: a photo background compresses to ~100 KB, and encoding takes a tenth of the time of a
  // 256-colour PNG (libimagequant + zlib took ~5 s under load, JPEG ~0.5 s; `pnpm bench`). At
  // 10.000 stories that is the difference between minutes and an hour for a cold build.
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}
