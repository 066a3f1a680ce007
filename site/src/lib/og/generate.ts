// Open Graph images (1200×630 JPEG), one per story: satori lays out the template with Noto Serif /
// Noto Sans (latin + vietnamese subsets, woff — satori cannot read woff2) into SVG, sharp rasterises
// it. Each image is cached in `cacheDir` under a hash of exactly what it shows — title, format label,
// column, site name, the cover's bytes, crop and hotspot, and TEMPLATE_VERSION — so an unchanged
// story is copied from the cache, never drawn again. Node only (build time).
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { cropRect, type SanityCrop, type SanityHotspot } from '../images/geometry.ts';
import { MAX_IMAGE_PIXELS } from '../images/inspect.ts';
import { OG_DIR, OG_HEIGHT, OG_WIDTH } from './paths.ts';

/** Bump when the template, fonts or encoding change: every image is drawn again once. */
export const TEMPLATE_VERSION = 1;

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
  slug: string;
  title: string;
  /** Format label ("Phóng sự"), already translated; omitted for plain articles. */
  format?: string | null;
  column?: string | null;
  siteName: string;
  cover?: OgCover | null;
}

export interface OgResult {
  generated: string[];
  reused: string[];
  /** Stories drawn as the text-only card because their cover could not be drawn. */
  fallbacks: Array<{ slug: string; message: string }>;
  failed: Array<{ slug: string; message: string }>;
}

// ---------------------------------------------------------------------------------------------------
// Cache key

const fileHashes = new Map<string, Promise<string>>();

/** sha256 of a file's bytes, once per process per file (many stories share a cover). */
function hashFile(file: string): Promise<string> {
  let hash = fileHashes.get(file);
  if (!hash) {
    hash = readFile(file).then((bytes) => createHash('sha256').update(bytes).digest('hex'));
    fileHashes.set(file, hash);
  }
  return hash;
}

/** The cache key: a hash of exactly the inputs the picture is drawn from. */
export async function ogCacheKey(input: OgInput): Promise<string> {
  const cover = input.cover
    ? {
        bytes: await hashFile(input.cover.file),
        rect: cropRect(input.cover.width, input.cover.height, input.cover.crop),
        hotspot: input.cover.hotspot ? [input.cover.hotspot.x ?? null, input.cover.hotspot.y ?? null] : null,
      }
    : null;
  const key = JSON.stringify({ v: TEMPLATE_VERSION, title: input.title, format: input.format ?? null, column: input.column ?? null, site: input.siteName, cover });
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

// ---------------------------------------------------------------------------------------------------
// Drawing

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

/** The cover cut to 1200×630 (crop, then cover-fit around the hotspot), as a JPEG data URL. */
async function coverDataUrl(cover: OgCover): Promise<string> {
  const rect = cropRect(cover.width, cover.height, cover.crop);
  const x = typeof cover.hotspot?.x === 'number' ? cover.hotspot.x : 0.5;
  const y = typeof cover.hotspot?.y === 'number' ? cover.hotspot.y : 0.5;
  // Cover-fit by hand so the hotspot (not the centre) stays in frame.
  const scale = Math.max(OG_WIDTH / rect.width, OG_HEIGHT / rect.height);
  const w = Math.min(rect.width, Math.round(OG_WIDTH / scale));
  const h = Math.min(rect.height, Math.round(OG_HEIGHT / scale));
  const left = rect.left + Math.round(Math.min(Math.max(x * cover.width - rect.left - w / 2, 0), rect.width - w));
  const top = rect.top + Math.round(Math.min(Math.max(y * cover.height - rect.top - h / 2, 0), rect.height - h));
  const jpeg = await sharp(cover.file, { limitInputPixels: MAX_IMAGE_PIXELS })
    .extract({ left, top, width: w, height: h })
    .resize(OG_WIDTH, OG_HEIGHT, { fit: 'fill' })
    .jpeg({ quality: 78 })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
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

/** One story's JPEG (no cache). */
export async function renderOgImage(input: OgInput): Promise<Buffer> {
  const background = input.cover ? await coverDataUrl(input.cover) : null;
  const svg = await satori(template(input, background) as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: await loadFonts() });
  // JPEG: a photo background compresses to ~100 KB, and encoding takes a tenth of the time of a
  // 256-colour PNG (libimagequant + zlib took ~5 s under load, JPEG ~0.5 s; `pnpm bench`). At
  // 10.000 stories that is the difference between minutes and an hour for a cold build.
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

// ---------------------------------------------------------------------------------------------------
// Many, cached, bounded concurrency

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes `<outDir>/og/<slug>.jpg` for every input, drawing only those whose cache key is not in
 * `cacheDir`. Every page's `og:image` points at that file, so a story whose cover cannot be drawn
 * (unreadable, refused…) gets the text-only card instead and is listed in `fallbacks`; only a story
 * whose text-only card fails too is listed in `failed` (and has no file).
 */
export async function generateOgImages(
  inputs: readonly OgInput[],
  options: { outDir: string; cacheDir: string; concurrency?: number },
): Promise<OgResult> {
  const { outDir, cacheDir } = options;
  const concurrency = Math.max(1, options.concurrency ?? Math.min(availableParallelism(), 4));
  await mkdir(cacheDir, { recursive: true });
  await mkdir(join(outDir, OG_DIR), { recursive: true });
  const result: OgResult = { generated: [], reused: [], fallbacks: [], failed: [] };
  const write = async (input: OgInput) => {
    const cached = join(cacheDir, `${await ogCacheKey(input)}.jpg`);
    if (await exists(cached)) {
      result.reused.push(input.slug);
    } else {
      const jpeg = await renderOgImage(input);
      const tmp = `${cached}.${process.pid}.tmp`;
      await writeFile(tmp, jpeg);
      await rename(tmp, cached);
      result.generated.push(input.slug);
    }
    await copyFile(cached, join(outDir, OG_DIR, `${input.slug}.jpg`));
  };
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const input = inputs[next++]!;
      try {
        await write(input);
      } catch (error) {
        if (!input.cover) {
          result.failed.push({ slug: input.slug, message: message(error) });
          continue;
        }
        try {
          await write({ ...input, cover: null });
          result.fallbacks.push({ slug: input.slug, message: message(error) });
        } catch (again) {
          result.failed.push({ slug: input.slug, message: message(again) });
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, inputs.length) }, worker));
  return result;
}
