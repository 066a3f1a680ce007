// Builds the site with the real CLI path (`site/scripts/build.mjs` → `astro build`) into a temp
// directory, capturing everything it prints. The sample site itself is built once for every test file
// by tests/helpers/sample-build.ts (`sampleBuild()`); `runBuild` is for other datasets and settings.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readNdjsonFile } from '../../../schemas/util/ndjson.ts';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const siteDir = join(repoRoot, 'site');
export const sampleDatasetDir = join(siteDir, 'dataset');

export interface BuildResult {
  outDir: string;
  code: number | null;
  /** stdout and stderr interleaved as printed. */
  output: string;
  ms: number;
}

export interface BuildOptions {
  env?: Record<string, string | undefined>;
  args?: string[];
  /** Run this command line instead of the site wrapper (e.g. `pnpm build --strict` from the root). */
  command?: { cmd: string; args: string[]; cwd: string };
}

export function runBuild(options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = mkdtempSync(join(tmpdir(), 'guong-sang-dist-'));
  const env: Record<string, string | undefined> = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...options.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const { cmd, args, cwd } = options.command ?? {
    cmd: process.execPath,
    args: [join(siteDir, 'scripts/build.mjs'), '--outDir', outDir, ...(options.args ?? [])],
    cwd: siteDir,
  };
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ outDir, code, output, ms: Math.round(performance.now() - started) }));
  });
}

/** Delete a build's output directory. */
export function removeBuild(build: BuildResult | undefined): void {
  if (build) rmSync(build.outDir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------------
// Reading the dataset and the output

export interface Doc {
  _id: string;
  _type: string;
  [key: string]: unknown;
}

export function readNdjson(dir: string): Doc[] {
  return readNdjsonFile<Doc>(join(dir, 'data.ndjson'));
}

export const isDraft = (doc: Doc) => doc._id.startsWith('drafts.') || doc._id.startsWith('versions.');
export const slugOf = (doc: Doc) => (doc.slug as { current?: string } | undefined)?.current;

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

/** A file's text; gzip files (Pagefind's index and fragments) are inflated first. */
export function fileText(path: string): string {
  const bytes = readFileSync(path);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes).toString('utf8');
    } catch {
      return bytes.toString('latin1');
    }
  }
  return bytes.toString('utf8');
}

export const pagePath = (outDir: string, route: string) => join(outDir, route.replace(/^\//, ''), 'index.html');

export function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

export const rel = (outDir: string, path: string) => relative(outDir, path);

/** HTML text with the entities our renderers emit decoded, for comparing against source strings. */
export function decodeEntities(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

export interface ImgTag {
  src: string;
  srcset: string;
  width: number;
  height: number;
  alt: string;
}

export function imgTags(html: string): ImgTag[] {
  return [...html.matchAll(/<img\b[^>]*>/gi)].map(([tag]) => {
    const attr = (name: string) => decodeEntities(new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1] ?? '');
    return { src: attr('src'), srcset: attr('srcset'), width: Number(attr('width')), height: Number(attr('height')), alt: attr('alt') };
  });
}

/** Sanity's crop arithmetic (as @sanity/image-url does it), from the export's `_sanityAsset`. */
export function expectedImageSize(image: { _sanityAsset?: string; crop?: Record<string, number> }): { sha1: string; width: number; height: number } | undefined {
  const m = /images\/([a-f0-9]+)-(\d+)x(\d+)\.\w+$/.exec(image._sanityAsset ?? '');
  if (!m) return undefined;
  const [w, h] = [Number(m[2]), Number(m[3])];
  const c = { top: 0, bottom: 0, left: 0, right: 0, ...image.crop };
  const left = c.left * w;
  const top = c.top * h;
  return { sha1: m[1]!, width: Math.round(w - c.right * w - left), height: Math.round(h - c.bottom * h - top) };
}
