/**
 * Where the Studio reads and writes content.
 *
 * The real values come from `SANITY_STUDIO_PROJECT_ID` / `SANITY_STUDIO_DATASET` (a `.env` file in
 * `studio/` or the CI environment). Without them the Studio falls back to obvious placeholders, so
 * that offline commands (`sanity build`, `schema validate`, `schema extract`, `typegen generate`)
 * work in CI; a Studio built with the placeholder cannot reach any content.
 */

/** Placeholder project id used when `SANITY_STUDIO_PROJECT_ID` is not set (offline CI builds). */
export const PLACEHOLDER_PROJECT_ID = 'placeholder';
/** Dataset used when `SANITY_STUDIO_DATASET` is not set. */
export const DEFAULT_DATASET = 'production';

/**
 * GROQ API version pinned for the Studio's own queries (structure lists, status look-ups) and as
 * Vision's default. Bump deliberately, together with the site's client.
 */
export const API_VERSION = '2025-02-19';

// Each variable is read with its full literal `process.env.SANITY_STUDIO_…` expression so that the
// Studio bundler can replace it at build time. In a browser build without the variable, `process`
// does not exist: the ReferenceError means "not set".
function projectIdFromEnv(): string | undefined {
  try {
    return process.env.SANITY_STUDIO_PROJECT_ID;
  } catch {
    return undefined;
  }
}

function datasetFromEnv(): string | undefined {
  try {
    return process.env.SANITY_STUDIO_DATASET;
  } catch {
    return undefined;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export const projectId: string = nonEmpty(projectIdFromEnv()) ?? PLACEHOLDER_PROJECT_ID;
export const dataset: string = nonEmpty(datasetFromEnv()) ?? DEFAULT_DATASET;

/** The private dataset of public participation (issue 11) when `SANITY_STUDIO_PARTICIPATION_DATASET` is not set. */
export const DEFAULT_PARTICIPATION_DATASET = 'tham-gia';

function participationDatasetFromEnv(): string | undefined {
  try {
    return process.env.SANITY_STUDIO_PARTICIPATION_DATASET;
  } catch {
    return undefined;
  }
}

/**
 * The PRIVATE dataset holding contest entries, nominations, judges and scores (the "Tham gia"
 * workspace). Created with `sanity dataset create tham-gia --visibility private`.
 */
export const participationDataset: string = nonEmpty(participationDatasetFromEnv()) ?? DEFAULT_PARTICIPATION_DATASET;
