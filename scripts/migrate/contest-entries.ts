/**
 * `pnpm migrate:contest-entries [--dataset <export folder>] [--sanity] [--dry-run]`
 *
 * Turns every `contest.entries[]` item into a `contestEntry` document and unsets `entries` (the plan
 * is in `contest-entries-plan.ts`). Idempotent: entry ids are derived from the contest and the
 * entry's `_key`, and a second run finds no `entries` left.
 * - `--dataset <dir>` (default `site/dataset`): a local Sanity export; `data.ndjson` is rewritten
 *   atomically (a temporary file renamed over it), so a crash never leaves half a dataset.
 * - `--sanity`: the dataset of SANITY_PROJECT_ID / SANITY_DATASET (SANITY_API_HOST optional), written
 *   with SANITY_WRITE_TOKEN in ONE transaction: all entries created and all contests patched, or nothing.
 * - `--dry-run`: prints the plan in Vietnamese and changes nothing.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createClient } from '@sanity/client';
import { formatNdjson, readNdjsonFile } from '../../schemas/util/ndjson.ts';
import { applyContestEntryMigration, describePlan, planContestEntryMigration, type Doc, type EntryMigrationPlan } from './contest-entries-plan.ts';

const DEFAULT_DATASET = fileURLToPath(new URL('../../site/dataset/', import.meta.url));
const API_VERSION = '2025-02-19';

export interface MigrationResult {
  plan: EntryMigrationPlan;
  report: string;
  changed: boolean;
}

/** Migrates a local export folder (its `data.ndjson`). */
export function migrateExportFolder(dir: string, options: { dryRun?: boolean } = {}): MigrationResult {
  const file = join(dir, 'data.ndjson');
  const documents = readNdjsonFile<Doc>(file);
  const plan = planContestEntryMigration(documents);
  const changed = plan.contests.length > 0;
  if (changed && !options.dryRun) {
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, formatNdjson(applyContestEntryMigration(documents, plan)));
    renameSync(temporary, file);
  }
  return { plan, report: describePlan(plan), changed };
}

export interface SanityTarget {
  projectId: string;
  dataset: string;
  token: string;
  apiHost?: string;
}

/** Migrates a Sanity dataset in one transaction. */
export async function migrateSanityDataset(target: SanityTarget, options: { dryRun?: boolean } = {}): Promise<MigrationResult> {
  const client = createClient({
    projectId: target.projectId,
    dataset: target.dataset,
    token: target.token,
    apiVersion: API_VERSION,
    useCdn: false,
    perspective: 'raw',
    ...(target.apiHost ? { apiHost: target.apiHost, useProjectHostname: false } : {}),
  });
  const documents = await client.fetch<Doc[]>(
    '*[(_type == "contest" && defined(entries)) || _type == "province"]',
    {},
    { tag: 'migrate.contest-entries' },
  );
  const plan = planContestEntryMigration(documents);
  const changed = plan.contests.length > 0;
  if (changed && !options.dryRun) {
    const transaction = client.transaction();
    for (const entry of plan.created) transaction.createOrReplace(entry);
    for (const contest of plan.contests) transaction.patch(contest.id, (patch) => patch.unset(['entries']));
    await transaction.commit({ tag: 'migrate.contest-entries', visibility: 'sync' });
  }
  return { plan, report: describePlan(plan), changed };
}

function sanityTargetFromEnv(env: NodeJS.ProcessEnv): SanityTarget {
  const missing = ['SANITY_PROJECT_ID', 'SANITY_DATASET', 'SANITY_WRITE_TOKEN'].filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`Thiếu biến môi trường ${missing.join(', ')} để chuyển dữ liệu trên Sanity.`);
  return { projectId: env.SANITY_PROJECT_ID!, dataset: env.SANITY_DATASET!, token: env.SANITY_WRITE_TOKEN!, apiHost: env.SANITY_API_HOST || undefined };
}

async function main(argv: readonly string[]): Promise<void> {
  const dryRun = argv.includes('--dry-run');
  const datasetArg = argv.indexOf('--dataset');
  const result = argv.includes('--sanity')
    ? await migrateSanityDataset(sanityTargetFromEnv(process.env), { dryRun })
    : migrateExportFolder(datasetArg >= 0 ? resolve(argv[datasetArg + 1] ?? DEFAULT_DATASET) : DEFAULT_DATASET, { dryRun });
  console.log(result.report);
  if (result.changed) console.log(dryRun ? '(Chạy thử: chưa thay đổi gì.)' : 'Đã chuyển xong.');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`Không chuyển được dữ liệu: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
