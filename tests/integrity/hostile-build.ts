// The hostile corpus (hostile-corpus.ts), built through the real build CLI (`runBuild`) twice — without
// strict mode and with STRICT=1 — and cached on disk beside the shared sample build
// ($TMPDIR/guong-sang-e2e/, tests/helpers/sample-build.ts), keyed by hostile-build-key.ts (the sample
// build's inputs plus the generator's source). A later run with no change reuses both builds; a lock
// directory makes concurrent test processes wait for one build instead of starting two. The key is
// fixed once per vitest run by tests/helpers/global-setup.ts.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { tryBuildLock } from '../helpers/build-lock.ts';
import { inject } from 'vitest';
import { cacheRoot } from '../helpers/sample-build-key.ts';
import { runBuild } from '../site/helpers/build.ts';
import { hostileInputsHash } from './hostile-build-key.ts';
import { type HostileCorpus, writeHostileCorpus } from './hostile-corpus.ts';

export interface HostileBuild {
  outDir: string;
  code: number | null;
  output: string;
  ms: number;
}

export interface HostileBuilds {
  key: string;
  /** Built without strict mode: must exit 0. */
  lenient: HostileBuild;
  /** Built with STRICT=1: must fail with one paragraph. */
  strict: HostileBuild;
}

const RECORD_VERSION = 1;
/** Same horizon as the sample build: the checkout's caches it filled forget entries after a day. */
const MAX_AGE_MS = 12 * 3600_000;

function runKey(): string {
  try {
    const provided = inject('hostileBuildKey');
    if (provided) return provided;
  } catch {
    /* not inside a vitest worker */
  }
  return hostileInputsHash();
}

/** The corpus's cases (written to a scratch folder and removed: the generator is deterministic). */
export function hostileCases(): HostileCorpus {
  const scratch = mkdtempSync(join(tmpdir(), 'guong-sang-hostile-cases-'));
  try {
    return writeHostileCorpus(scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function readRecord(file: string): HostileBuilds | undefined {
  try {
    if (Date.now() - statSync(file).mtimeMs > MAX_AGE_MS) return undefined;
    const record = JSON.parse(readFileSync(file, 'utf8')) as HostileBuilds & { version: number };
    return record.version === RECORD_VERSION && existsSync(join(record.lenient.outDir)) ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Drop corpus folders and records of other keys older than a day. */
function pruneOld(keep: string): void {
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const name of readdirSync(cacheRoot)) {
    if (!name.startsWith('hostile-') || name.includes(keep)) continue;
    const path = join(cacheRoot, name);
    try {
      if (statSync(path).mtimeMs > dayAgo) continue;
      if (name.endsWith('.json')) {
        const record = JSON.parse(readFileSync(path, 'utf8')) as Partial<HostileBuilds>;
        for (const build of [record.lenient, record.strict]) if (build?.outDir.startsWith(tmpdir())) rmSync(build.outDir, { recursive: true, force: true });
      }
      rmSync(path, { recursive: true, force: true });
    } catch {
      /* gone or unreadable */
    }
  }
}

let memo: Promise<HostileBuilds> | undefined;

/** Both builds of the hostile corpus; built at most once per set of inputs. Never modify the result. */
export function hostileBuilds(): Promise<HostileBuilds> {
  memo ??= buildOrReuse(runKey());
  return memo;
}

async function buildOrReuse(key: string): Promise<HostileBuilds> {
  mkdirSync(cacheRoot, { recursive: true });
  const recordFile = join(cacheRoot, `hostile-${key}.json`);
  const lockDir = join(cacheRoot, `hostile-${key}.lock`);
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    const cached = readRecord(recordFile);
    if (cached) return cached;
    // Someone else is building these inputs: wait for them (or take over if they died).
    if (!tryBuildLock(lockDir)) {
      if (Date.now() > deadline) throw new Error(`Quá 20 phút chờ bản build ${lockDir}`);
      await sleep(500);
      continue;
    }
    try {
      const corpus = writeHostileCorpus(join(cacheRoot, `hostile-corpus-${key}`));
      const env = { CONTENT_DATASET: corpus.dataset, SANITY_PROJECT_ID: undefined, SANITY_DATASET: undefined, SANITY_READ_TOKEN: undefined };
      const lenient = await runBuild({ env: { ...env, STRICT: undefined } });
      const strict = await runBuild({ env: { ...env, STRICT: '1' } });
      const record = { version: RECORD_VERSION, key, lenient, strict };
      writeFileSync(`${recordFile}.tmp`, JSON.stringify(record));
      renameSync(`${recordFile}.tmp`, recordFile);
      console.info(`[hostile] builds ${key}: ${(lenient.ms / 1000).toFixed(1)} s (code ${lenient.code}), strict ${(strict.ms / 1000).toFixed(1)} s (code ${strict.code})`);
      pruneOld(key);
      return record;
    } finally {
      rmSync(lockDir, { recursive: true, force: true });
    }
  }
}
