// Favicon and web app manifest in the sample build: the files exist with the right pixel sizes
// (read by sharp, and the ICO's header parsed by hand), the manifest is valid JSON with the members
// browsers need, every page links them, and a static server answers /favicon.ico with 200.
// Expectations come from the dataset (site name), tokens.css (colours) and the spec (sizes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBuild } from '../helpers/sample-build.ts';
import { serveDir, type SiteServer } from '../e2e/helpers/server.ts';
import { exists, isDraft, listFiles, readNdjson, repoRoot, sampleDatasetDir } from './helpers/build.ts';

let outDir: string;
let server: SiteServer;

beforeAll(async () => {
  const build = await sampleBuild();
  expect(build.code, build.output).toBe(0);
  outDir = build.outDir;
  server = await serveDir(outDir);
}, 900_000);
afterAll(() => server?.close());

const file = (href: string) => join(outDir, href.replace(/^\//, ''));

describe('icons', () => {
  it('/favicon.svg is an SVG that draws as a square', async () => {
    const svg = readFileSync(file('/favicon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const meta = await sharp(Buffer.from(svg)).metadata();
    expect(meta.format).toBe('svg');
    expect(meta.width).toBe(meta.height);
  });

  it('/favicon.ico is an ICO holding one 32 × 32 PNG', async () => {
    const ico = readFileSync(file('/favicon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7]]).toEqual([32, 32]);
    const size = ico.readUInt32LE(14);
    const offset = ico.readUInt32LE(18);
    expect(offset + size).toBe(ico.length);
    const meta = await sharp(ico.subarray(offset, offset + size)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 32, 32]);
  });

  it.each([
    ['/apple-touch-icon.png', 180],
    ['/icon-192.png', 192],
    ['/icon-512.png', 512],
  ])('%s is a %i px PNG', async (href, px) => {
    const meta = await sharp(readFileSync(file(href))).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', px, px]);
  });

  it('a static server answers /favicon.ico, the manifest and the icons with 200 and their types', async () => {
    for (const [path, type] of [
      ['/favicon.ico', 'image/x-icon'],
      ['/favicon.svg', 'image/svg+xml'],
      ['/manifest.webmanifest', 'application/manifest+json'],
      ['/apple-touch-icon.png', 'image/png'],
    ]) {
      const response = await fetch(server.url(path!));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
    }
  });
});

describe('manifest.webmanifest', () => {
  const settings = readNdjson(sampleDatasetDir).find((d) => !isDraft(d) && d._type === 'siteSettings');
  // The light theme's paper colour, as tokens.css declares it first.
  const paper = /--paper:\s*(#[0-9a-f]{3,8})/i.exec(readFileSync(join(repoRoot, 'site/src/styles/tokens.css'), 'utf8'))![1];

  it('is valid JSON with name, short_name, lang vi, start_url, standalone display, colours and icons 192/512', async () => {
    const manifest = JSON.parse(readFileSync(file('/manifest.webmanifest'), 'utf8')) as Record<string, unknown> & { icons: { src: string; sizes: string; type: string }[] };
    expect(manifest.name).toBe(settings?.title ?? 'Gương sáng');
    expect(typeof manifest.short_name).toBe('string');
    expect([...(manifest.short_name as string)].length).toBeLessThanOrEqual(12);
    expect(manifest.lang).toBe('vi');
    expect(manifest.start_url).toBe('/');
    expect(manifest.display).toBe('standalone');
    expect(manifest.theme_color).toBe(paper);
    expect(manifest.background_color).toBe(paper);
    expect(manifest.icons.map((i) => i.sizes).sort()).toEqual(['192x192', '512x512']);
    for (const icon of manifest.icons) {
      expect(icon.type).toBe('image/png');
      const meta = await sharp(readFileSync(file(icon.src))).metadata();
      expect(`${meta.width}x${meta.height}`).toBe(icon.sizes);
    }
  });
});

describe('every page links the icons and the manifest', () => {
  it('in its <head>, to files that exist', () => {
    const pages = listFiles(outDir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const head = /<head>([\s\S]*?)<\/head>/.exec(readFileSync(page, 'utf8'))?.[1] ?? '';
      const links = [...head.matchAll(/<link rel="(icon|apple-touch-icon|manifest)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
      expect(links, page).toEqual(expect.arrayContaining(['icon /favicon.ico', 'icon /favicon.svg', 'apple-touch-icon /apple-touch-icon.png', 'manifest /manifest.webmanifest']));
      for (const link of links) expect(exists(file(link.split(' ')[1]!)), link).toBe(true);
    }
  });
});
