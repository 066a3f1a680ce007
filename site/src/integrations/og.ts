// Open Graph images: after Astro has written dist/, one 1200×630 JPEG per share card (a story's at
// /og/<slug>.jpg, the others at /og/<kind>/<slug>.jpg; lib/routes/share-cards.ts)
// (src/lib/og/generate.ts), drawn only when its inputs changed since the last build (cache in
// site/.cache/og/); the missing ones start in the background while pages render. Counted for
// `pnpm bench` as og.generated / og.reused, timed as phase "og".
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { logSafe } from '../lib/content/integrity/log-safe.ts';
import { addCount, startPhase } from '../lib/build-stats.ts';
import { imageSource } from '../lib/images/geometry.ts';
import { inspectImages, type ImageInspection } from '../lib/images/inspect.ts';
import { generateOgImages, startOgPrefetch, type OgInput, type OgPrefetch } from '../lib/og/generate.ts';
import { loadPreparedContent } from '../lib/build/content.ts';
import { loadRouteData } from '../lib/routes/data.ts';
import { shareCards } from '../lib/routes/share-cards.ts';

export function ogIntegration(): AstroIntegration {
  let cacheDir = '';
  let inputs: Promise<OgInput[]> | undefined;
  let prefetch: OgPrefetch | undefined;
  return {
    name: 'guong-sang:og',
    hooks: {
      'astro:config:setup': ({ config }) => {
        // OG_CACHE_DIR: `pnpm bench` keeps its own cache, so bench runs and sample builds never evict each other.
        cacheDir = process.env.OG_CACHE_DIR || fileURLToPath(new URL('./.cache/og/', config.root));
      },
      // Pages are rendered on one core: the images missing from the cache are drawn on another
      // meanwhile (see startOgPrefetch), and build:done draws the rest on all of them.
      'astro:build:start': () => {
        inputs = ogInputs();
        prefetch = startOgPrefetch(inputs, { cacheDir });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const drawnEarlier = await prefetch?.stop();
        const done = startPhase('og');
        try {
          const result = await generateOgImages(await (inputs ?? ogInputs()), { outDir: fileURLToPath(dir), cacheDir, drawnEarlier });
          addCount('og.generated', result.generated.length);
          addCount('og.reused', result.reused.length);
          for (const fallback of result.fallbacks) logger.warn(logSafe(`Ảnh chia sẻ "${fallback.slug}" chỉ có chữ vì không vẽ được ảnh bìa: ${fallback.message}`));
          for (const failure of result.failed) logger.warn(logSafe(`Không tạo được ảnh chia sẻ "${failure.slug}": ${failure.message}`));
          logger.info(`Ảnh chia sẻ (Open Graph): vẽ mới ${result.generated.length}, dùng lại ${result.reused.length} từ bộ nhớ đệm.`);
        } finally {
          done();
        }
      },
    },
  };
}

/** One OgInput per share card the route data lists (lib/routes/share-cards.ts): stories, profiles, events… */
async function ogInputs(): Promise<OgInput[]> {
  const [prepared, data] = await Promise.all([loadPreparedContent(), loadRouteData()]);
  const cards = shareCards(data);
  // Local export: draw the picture, if its file passes the inspection every image passes (a
  // refused picture gives the text-only card). A live Sanity project: text-only card (no download at build).
  const dataset = prepared.dataset;
  const pictures = dataset
    ? await inspectImages(
        cards.flatMap((card) => imageSource(card.image)?.ref ?? []),
        dataset.assetPath,
      )
    : new Map<string, ImageInspection>();
  return cards.map((card) => {
    const src = imageSource(card.image);
    let file: string | undefined;
    if (src && dataset && pictures.get(src.ref)?.ok) {
      try {
        file = dataset.assetPath(src.ref);
      } catch {
        file = undefined;
      }
    }
    return {
      slug: card.name,
      title: card.title,
      format: card.kicker,
      column: card.column,
      siteName: data.siteName,
      cover: src && file ? { file, width: src.width, height: src.height, crop: card.image?.crop, hotspot: card.image?.hotspot } : null,
      ...(card.layout !== 'cover' ? { layout: card.layout } : {}),
      ...(card.subtitle ? { subtitle: card.subtitle } : {}),
    };
  });
}
