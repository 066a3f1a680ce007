// Deterministic procedural "photo-like" images and a small audio file for the sample dataset.
// No downloads: every pixel comes from a seeded PRNG (multi-octave value noise, gradients, soft
// shapes, film grain) rendered into a raw RGB buffer and encoded by sharp as baseline JPEG q78.
// Same input bytes + same sharp/libvips → byte-identical output, so the dataset is reproducible.

import { createHash } from 'node:crypto';
import sharp from 'sharp';

export interface GeneratedAsset {
  key: string;
  kind: 'image' | 'file';
  /** `<sha1>-<w>x<h>.jpg` for images, `<sha1>.<ext>` for files. */
  fileName: string;
  bytes: Buffer;
  sha1: string;
  width?: number;
  height?: number;
  /** For assets.json: the name the asset had "when uploaded". */
  originalFilename: string;
  mimeType: string;
}

export const LANDSCAPE = { width: 1600, height: 1067 };
export const PORTRAIT = { width: 1600, height: 2000 };
export const JPEG_OPTIONS = { quality: 78, mozjpeg: false, chromaSubsampling: '4:2:0', progressive: false } as const;

type RGB = [number, number, number];

/** Palettes: sky/top, middle, ground/bottom, accent (shapes). Chosen per key for variety. */
const PALETTES: RGB[][] = [
  [[196, 214, 230], [120, 150, 110], [70, 90, 60], [230, 190, 120]], // hills, morning
  [[250, 220, 170], [200, 170, 120], [150, 110, 80], [240, 120, 80]], // warm sunlit yard
  [[180, 205, 215], [90, 140, 90], [60, 100, 50], [210, 220, 140]], // terraced green
  [[210, 225, 235], [120, 160, 170], [70, 110, 120], [240, 210, 150]], // river
  [[170, 200, 230], [60, 120, 170], [40, 80, 120], [250, 240, 220]], // sea
  [[225, 235, 215], [140, 170, 110], [90, 120, 70], [200, 120, 90]], // green library
  [[70, 80, 100], [130, 140, 160], [60, 65, 80], [120, 200, 240]], // computer room
  [[220, 225, 230], [170, 180, 190], [110, 115, 125], [100, 200, 160]], // lab
  [[230, 215, 190], [180, 140, 100], [130, 90, 60], [120, 160, 90]], // dirt road
  [[205, 225, 205], [110, 160, 90], [60, 110, 60], [240, 230, 180]], // tea hills
  [[250, 190, 140], [190, 120, 90], [90, 60, 50], [250, 220, 160]], // plateau dusk
  [[200, 220, 210], [90, 130, 100], [60, 80, 60], [180, 160, 120]], // mangrove
  [[140, 30, 40], [200, 60, 50], [90, 20, 30], [250, 210, 90]], // ceremony
  [[160, 165, 170], [110, 110, 115], [70, 70, 75], [250, 160, 60]], // workshop
  [[230, 220, 200], [190, 170, 140], [120, 100, 80], [240, 240, 230]], // kitchen
  [[40, 40, 70], [150, 60, 80], [30, 30, 50], [250, 200, 120]], // stage
  [[230, 230, 225], [170, 160, 150], [110, 100, 95], [90, 130, 180]], // lecture hall
  [[215, 220, 230], [180, 160, 140], [100, 90, 90], [230, 170, 70]], // old street
  [[120, 110, 100], [200, 160, 130], [60, 50, 45], [230, 200, 180]], // portrait warm
  [[90, 110, 100], [190, 150, 120], [50, 60, 55], [220, 190, 160]], // portrait green
  [[100, 110, 130], [180, 145, 115], [50, 55, 70], [210, 180, 150]], // portrait blue
  [[140, 120, 90], [170, 130, 100], [70, 60, 45], [240, 210, 170]], // portrait ochre
  [[170, 190, 200], [200, 160, 130], [80, 90, 100], [250, 220, 200]], // portrait bright
  [[150, 170, 140], [190, 170, 150], [70, 80, 70], [200, 60, 60]], // group
];

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: small, fast, deterministic PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const smooth = (t: number): number => t * t * (3 - 2 * t);

/** Multi-octave value noise in [0,1], sampled on a w×h grid. */
function valueNoise(w: number, h: number, rnd: () => number, baseCells: number, octaves: number): Float32Array {
  const out = new Float32Array(w * h);
  let amp = 1;
  let total = 0;
  let cells = baseCells;
  for (let o = 0; o < octaves; o++) {
    const gw = cells + 2;
    const gh = Math.ceil((cells * h) / w) + 2;
    const grid = new Float32Array(gw * gh);
    for (let i = 0; i < grid.length; i++) grid[i] = rnd();
    const sx = cells / w;
    for (let y = 0; y < h; y++) {
      const fy = y * sx;
      const iy = Math.floor(fy);
      const ty = smooth(fy - iy);
      const row0 = iy * gw;
      const row1 = (iy + 1) * gw;
      for (let x = 0; x < w; x++) {
        const fx = x * sx;
        const ix = Math.floor(fx);
        const tx = smooth(fx - ix);
        const a = grid[row0 + ix]! + (grid[row0 + ix + 1]! - grid[row0 + ix]!) * tx;
        const b = grid[row1 + ix]! + (grid[row1 + ix + 1]! - grid[row1 + ix]!) * tx;
        out[y * w + x] = out[y * w + x]! + (a + (b - a) * ty) * amp;
      }
    }
    total += amp;
    amp *= 0.5;
    cells *= 2;
  }
  for (let i = 0; i < out.length; i++) out[i] = out[i]! / total;
  return out;
}

const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
const clamp8 = (v: number): number => (v < 0 ? 0 : v > 255 ? 255 : Math.round(v));

/** Renders the raw RGB pixels for one key. Exported for tests of determinism of the pixel stage. */
export function renderPixels(
  key: string,
  paletteIndex: number,
  width: number,
  height: number,
  portrait: boolean,
): Buffer {
  const rnd = prng(fnv1a(key));
  const pal = PALETTES[paletteIndex % PALETTES.length]!;
  const [top, mid, bot, accent] = pal as [RGB, RGB, RGB, RGB];
  const broad = valueNoise(width, height, rnd, 3, 3);
  const detail = valueNoise(width, height, rnd, 40, 5);
  const horizon = portrait ? 0.55 + rnd() * 0.1 : 0.38 + rnd() * 0.22;
  // soft shapes: ellipses with accent / mid colours (people, trees, buildings suggested by blobs)
  const shapes = Array.from({ length: portrait ? 5 : 9 }, () => ({
    cx: rnd() * width,
    cy: (portrait ? 0.25 + rnd() * 0.6 : horizon - 0.1 + rnd() * 0.5) * height,
    rx: (portrait ? 0.18 + rnd() * 0.22 : 0.04 + rnd() * 0.12) * width,
    ry: (portrait ? 0.15 + rnd() * 0.25 : 0.05 + rnd() * 0.18) * height,
    col: rnd() < 0.5 ? accent : mid,
    a: 0.35 + rnd() * 0.45,
  }));
  if (portrait) {
    // a central "figure": head and shoulders silhouette
    shapes.push({ cx: width * 0.5, cy: height * 0.38, rx: width * 0.16, ry: height * 0.15, col: accent, a: 0.8 });
    shapes.push({ cx: width * 0.5, cy: height * 0.88, rx: width * 0.38, ry: height * 0.3, col: mid, a: 0.85 });
  }
  // hard-edged rectangles (windows, boards, roofs) give the encoder real edges to work on
  const rects = Array.from({ length: portrait ? 3 : 7 }, () => ({
    x0: rnd() * width,
    y0: (0.2 + rnd() * 0.6) * height,
    w: (0.03 + rnd() * 0.12) * width,
    h: (0.03 + rnd() * 0.1) * height,
    col: rnd() < 0.5 ? top : bot,
    a: 0.5 + rnd() * 0.4,
  }));
  const grain = prng(fnv1a(`${key}#grain`));
  const buf = Buffer.alloc(width * height * 3);
  const lightX = rnd();
  for (let y = 0; y < height; y++) {
    const v = y / height;
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const n = broad[i]!;
      const d = detail[i]!;
      const warped = v + (n - 0.5) * 0.12;
      let r: number, g: number, b: number;
      if (warped < horizon) {
        const t = warped / horizon;
        r = lerp(top[0], mid[0], t * t);
        g = lerp(top[1], mid[1], t * t);
        b = lerp(top[2], mid[2], t * t);
      } else {
        const t = Math.min(1, (warped - horizon) / (1 - horizon));
        r = lerp(mid[0], bot[0], t);
        g = lerp(mid[1], bot[1], t);
        b = lerp(mid[2], bot[2], t);
      }
      for (const s of shapes) {
        const dx = (x - s.cx) / s.rx;
        const dy = (y - s.cy) / s.ry;
        const q = dx * dx + dy * dy;
        if (q < 1) {
          const edge = smooth(Math.min(1, (1 - q) * 3)) * s.a;
          r = lerp(r, s.col[0] * (0.8 + d * 0.4), edge);
          g = lerp(g, s.col[1] * (0.8 + d * 0.4), edge);
          b = lerp(b, s.col[2] * (0.8 + d * 0.4), edge);
        }
      }
      for (const q of rects) {
        if (x >= q.x0 && x < q.x0 + q.w && y >= q.y0 && y < q.y0 + q.h) {
          r = lerp(r, q.col[0], q.a);
          g = lerp(g, q.col[1], q.a);
          b = lerp(b, q.col[2], q.a);
        }
      }
      // texture and light falloff (vignette towards a light source)
      const tex = (d - 0.5) * 46 + (n - 0.5) * 30;
      const lx = x / width - lightX;
      const ly = v - 0.3;
      const light = 1.08 - Math.min(0.35, (lx * lx + ly * ly) * 0.45);
      const gr = (grain() - 0.5) * 14;
      buf[i * 3] = clamp8((r + tex) * light + gr);
      buf[i * 3 + 1] = clamp8((g + tex) * light + gr);
      buf[i * 3 + 2] = clamp8((b + tex * 0.9) * light + gr);
    }
  }
  return buf;
}

export async function generateImage(key: string, paletteIndex: number, portrait: boolean): Promise<GeneratedAsset> {
  const { width, height } = portrait ? PORTRAIT : LANDSCAPE;
  const raw = renderPixels(key, paletteIndex, width, height, portrait);
  const bytes = await sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg(JPEG_OPTIONS)
    .toBuffer();
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  return {
    key,
    kind: 'image',
    fileName: `${sha1}-${width}x${height}.jpg`,
    bytes,
    sha1,
    width,
    height,
    originalFilename: `${key}.jpg`,
    mimeType: 'image/jpeg',
  };
}

/** A 6-second mono 16-bit 16 kHz WAV: a soft school-bell-like chime over a low hum. */
export function generateAudio(): GeneratedAsset {
  const rate = 16000;
  const seconds = 6;
  const n = rate * seconds;
  const data = Buffer.alloc(n * 2);
  const notes: number[] = [523.25, 659.25, 783.99, 1046.5, 783.99, 659.25];
  const rnd = prng(fnv1a('audio'));
  for (let i = 0; i < n; i++) {
    const t = i / rate;
    let s = 0.05 * Math.sin(2 * Math.PI * 110 * t);
    for (let k = 0; k < notes.length; k++) {
      const start = k * 0.8;
      if (t >= start) {
        const dt = t - start;
        const env = Math.exp(-dt * 2.2) * Math.min(1, dt * 200);
        const f = notes[k]!;
        s += 0.22 * env * (Math.sin(2 * Math.PI * f * dt) + 0.3 * Math.sin(2 * Math.PI * f * 2.01 * dt));
      }
    }
    s += (rnd() - 0.5) * 0.004;
    const fade = Math.min(1, (seconds - t) * 2);
    data.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(s * fade * 32767 * 0.8))), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  const bytes = Buffer.concat([header, data]);
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  return {
    key: 'tieng-trong-truong',
    kind: 'file',
    fileName: `${sha1}.wav`,
    bytes,
    sha1,
    originalFilename: 'tieng-trong-truong.wav',
    mimeType: 'audio/wav',
  };
}
