// The site's icons, all drawn by sharp from one source (src/assets/icon.svg): the SVG favicon as is,
// /favicon.ico (a 32 px PNG in an ICO container, for browsers and tools that ask for it blindly),
// /apple-touch-icon.png (180 px) and the web app manifest's 192 and 512 px PNGs. The manifest's
// colours are the light theme's --paper token (styles/tokens.css), like the pages' theme-color.
import sharp from 'sharp';
import { MANIFEST_ICONS } from './paths.ts';

const ICO_SIZE = 32;

/** The icon drawn at `size` × `size` px as PNG. */
export function iconPng(svg: string, size: number): Promise<Buffer> {
  // density scales the 64-unit viewBox so librsvg draws at the target size instead of upscaling a bitmap.
  return sharp(Buffer.from(svg), { density: Math.ceil((72 * size) / 64) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/**
 * An ICO file holding one PNG image (allowed since Windows Vista and read by every browser): a
 * 6-byte ICONDIR, one 16-byte ICONDIRENTRY, then the PNG itself. sharp does not write ICO.
 */
export function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size >= 256 ? 0 : size, 6); // width (0 means 256)
  header.writeUInt8(size >= 256 ? 0 : size, 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14); // image size
  header.writeUInt32LE(header.length, 18); // image offset
  return Buffer.concat([header, png]);
}

export async function faviconIco(svg: string): Promise<Buffer> {
  return icoFromPng(await iconPng(svg, ICO_SIZE), ICO_SIZE);
}

/** A custom property's value in the first (light) `:root` block of tokens.css. */
export function tokenValue(tokensCss: string, name: string): string {
  const root = /:root\s*\{([^}]*)\}/.exec(tokensCss)?.[1] ?? '';
  const value = new RegExp(`--${name}\\s*:\\s*([^;]+);`).exec(root)?.[1]?.trim();
  if (!value) throw new Error(`tokens.css không có biến --${name} trong khối :root.`);
  return value;
}

export interface WebManifest {
  name: string;
  short_name: string;
  description?: string;
  lang: string;
  dir: 'ltr';
  start_url: string;
  scope: string;
  display: 'standalone';
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

export function webManifest(options: { name: string; description?: string | null; tokensCss: string }): WebManifest {
  const { name } = options;
  // short_name is shown under the home-screen icon: keep it to the first two words when the name is long.
  const shortName = [...name].length <= 12 ? name : name.split(/\s+/).slice(0, 2).join(' ');
  return {
    name,
    short_name: shortName,
    ...(options.description ? { description: options.description } : {}),
    lang: 'vi',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: tokenValue(options.tokensCss, 'paper'),
    background_color: tokenValue(options.tokensCss, 'paper'),
    icons: MANIFEST_ICONS.map((icon) => ({ src: icon.href, sizes: `${icon.size}x${icon.size}`, type: 'image/png' })),
  };
}
