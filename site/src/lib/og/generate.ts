// Open Graph images (1200×630 JPEG), one per story, drawn by draw.ts in a pool of worker threads
// (draw-pool.ts). Each image is cached in `cacheDir` under a hash of exactly what it shows — title, format label,
// column, site name, the cover's bytes, crop and hotspot, and TEMPLATE_VERSION — so an unchanged
// story is copied from the cache, never drawn again. Node only (build time).
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { cropRect } from '../images/geometry.ts';
import { createDrawPool, type DrawPool } from './draw-pool.ts';
import type { OgInput } from './draw.ts';
import { OG_DIR } from './paths.ts';

// draw.ts also loads sharp in this (main) thread before any worker does: sharp's native library must
// stay loaded for the process's lifetime, or a worker ending would unload it under the others.
export { renderOgImage, type OgCover, type OgInput } from './draw.ts';

/** Bump when the template, fonts or encoding change: every image is drawn again once. */
export const TEMPLATE_VERSION = 1;

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
  // layout and subtitle join the key only when set, so a story card's key (and its cached image) is
  // the same as before they existed.
  const side = input.layout && input.layout !== 'cover' ? { layout: input.layout, subtitle: input.subtitle ?? null } : input.subtitle ? { subtitle: input.subtitle } : {};
  const key = JSON.stringify({ v: TEMPLATE_VERSION, title: input.title, format: input.format ?? null, column: input.column ?? null, site: input.siteName, cover, ...side });
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
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

/** The cached JPEG of one input, drawn (and stored) only if the cache does not have it. */
async function drawToCache(input: OgInput, cacheDir: string, pool: DrawPool): Promise<{ key: string; cached: string; drawn: boolean }> {
  const key = await ogCacheKey(input);
  const cached = join(cacheDir, `${key}.jpg`);
  if (await exists(cached)) return { key, cached, drawn: false };
  const jpeg = await pool.draw(input);
  const tmp = `${cached}.${process.pid}.tmp`;
  await writeFile(tmp, jpeg);
  await rename(tmp, cached);
  return { key, cached, drawn: true };
}

export interface OgPrefetch {
  /** Stops taking new images, waits for those in progress, and returns the cache keys drawn. */
  stop(): Promise<Set<string>>;
}

/**
 * Starts drawing the images missing from the cache in the background, with one worker: Astro renders
 * pages on one core, so the other is free for OG images until `generateOgImages` (after the pages)
 * does the rest with every core. Only the cache is written; an image that fails here is simply left
 * to `generateOgImages`, which draws it again and reports it.
 */
export function startOgPrefetch(inputs: Promise<readonly OgInput[]>, options: { cacheDir: string; workers?: number }): OgPrefetch {
  const workers = Math.max(1, options.workers ?? 1);
  const drawn = new Set<string>();
  const pool = createDrawPool(workers);
  let stopped = false;
  const run = (async () => {
    const list = await inputs;
    await mkdir(options.cacheDir, { recursive: true });
    let next = 0;
    const worker = async () => {
      while (!stopped && next < list.length) {
        const input = list[next++]!;
        try {
          const result = await drawToCache(input, options.cacheDir, pool);
          if (result.drawn) drawn.add(result.key);
        } catch {
          // Left to generateOgImages, which retries it and reports why it fails.
        }
      }
    };
    await Promise.all(Array.from({ length: workers * 2 }, worker));
  })().catch(() => undefined); // no inputs (content failed): the build reports that itself
  return {
    async stop() {
      stopped = true;
      await run;
      await pool.close();
      return drawn;
    },
  };
}

/**
 * The cached image into the output, as a hard link where the two folders share a file system (the
 * site server's cache and stage do: 11,000 copies cost ~3 s of every 10,000-story publish) and as a
 * copy otherwise. Safe because a cache file is never written in place: it is written whole under a
 * temporary name and renamed (drawToCache), and its name is its inputs' hash.
 */
async function linkOrCopy(cached: string, target: string): Promise<void> {
  // Never written into: an existing file there may itself be a link to a cache file.
  await rm(target, { force: true });
  try {
    await link(cached, target);
  } catch {
    await copyFile(cached, target);
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
  options: {
    outDir: string;
    cacheDir: string;
    /** Drawing workers (default: one per core, at most 4). */
    workers?: number;
    /** Images in progress at once (default: two per worker, so one is laid out while the other is rasterised). */
    concurrency?: number;
    /** Cache keys drawn by an earlier `startOgPrefetch` in this build: counted as generated, not reused. */
    drawnEarlier?: ReadonlySet<string>;
  },
): Promise<OgResult> {
  const { outDir, cacheDir } = options;
  const workers = Math.max(1, options.workers ?? Math.min(availableParallelism(), 4));
  const concurrency = Math.max(1, options.concurrency ?? workers * 2);
  await mkdir(cacheDir, { recursive: true });
  await mkdir(join(outDir, OG_DIR), { recursive: true });
  const result: OgResult = { generated: [], reused: [], fallbacks: [], failed: [] };
  const pool = createDrawPool(workers);
  const write = async (input: OgInput) => {
    const { key, cached, drawn } = await drawToCache(input, cacheDir, pool);
    (drawn || options.drawnEarlier?.has(key) ? result.generated : result.reused).push(input.slug);
    const target = join(outDir, OG_DIR, `${input.slug}.jpg`);
    if (input.slug.includes('/')) await mkdir(dirname(target), { recursive: true });
    await linkOrCopy(cached, target);
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
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, inputs.length) }, worker));
  } finally {
    await pool.close();
  }
  return result;
}
