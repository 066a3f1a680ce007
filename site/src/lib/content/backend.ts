/**
 * Builds the raw content source (published perspective, nothing excluded) that the config asks
 * for, together with a way to find an asset's bytes. Not memoised: tests build several.
 */
import type { ContentConfig } from './config.ts';
import { loadDataset, type LoadedDataset } from './dataset.ts';
import { createLocalSource } from './local-source.ts';
import { mergeOverlay, readOverlay, type OverlayProblem } from './overlay.ts';
import { createSanitySource, type SanitySourceOptions } from './sanity-source.ts';
import type { ContentSource } from './source.ts';

/** Where an asset's bytes are: a file in the local export, or Sanity's CDN (or `SANITY_API_HOST`). */
export type AssetLocation = { kind: 'file'; path: string } | { kind: 'url'; url: string };

export interface ContentBackend {
  config: ContentConfig;
  /** The loaded export (local only): `assetPath`, `root`, raw documents. */
  dataset: LoadedDataset | undefined;
  /** Raw source (published perspective, nothing excluded). */
  source: ContentSource;
  /** Resolves an asset `_ref` / `_id` (or an export `_sanityAsset` string, local only). */
  locateAsset(reference: string): AssetLocation;
  /** Lines of the `CONTENT_OVERLAY` file that were skipped (local only; empty otherwise). */
  overlayProblems?: OverlayProblem[];
}

const ASSET_ID = /^(image|file)-([a-f0-9]+)(?:-(\d+x\d+))?-([a-z0-9]+)$/i;

/** Sanity's asset CDN; `SANITY_API_HOST` replaces it (a proxy, or a loopback stand-in in tests). */
export const SANITY_CDN_ORIGIN = 'https://cdn.sanity.io';

/** Sanity's CDN URL is a pure function of the asset id, so no query is needed to find it. */
export function sanityAssetUrl(projectId: string, dataset: string, reference: string, origin: string = SANITY_CDN_ORIGIN): string {
  const match = ASSET_ID.exec(reference);
  if (!match) throw new TypeError(`Không nhận ra mã tệp Sanity ${JSON.stringify(reference)}.`);
  const [, kind, sha1, size, ext] = match;
  const name = size === undefined ? `${sha1}.${ext}` : `${sha1}-${size}.${ext}`;
  return `${origin}/${kind === 'image' ? 'images' : 'files'}/${projectId}/${dataset}/${name}`;
}

export async function createContentBackend(
  config: ContentConfig,
  options: SanitySourceOptions = {},
): Promise<ContentBackend> {
  if (config.kind === 'local') {
    const loaded: LoadedDataset = await loadDataset(config.datasetPath);
    const overlay = config.overlayPath === undefined ? undefined : readOverlay(config.overlayPath);
    const dataset: LoadedDataset = overlay ? { ...loaded, documents: mergeOverlay(loaded.documents, overlay.documents) } : loaded;
    return {
      config,
      dataset,
      overlayProblems: overlay?.problems ?? [],
      source: createLocalSource(dataset, { perspective: options.perspective }),
      locateAsset: (reference) => ({ kind: 'file', path: dataset.assetPath(reference) }),
    };
  }
  return {
    config,
    dataset: undefined,
    source: createSanitySource(config, options),
    locateAsset: (reference) => ({ kind: 'url', url: sanityAssetUrl(config.projectId, config.dataset, reference, config.apiHost) }),
  };
}

