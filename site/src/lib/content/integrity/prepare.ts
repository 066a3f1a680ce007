/**
 * Content integrity, one call for the build: config → source → check (`check.ts`) → report
 * (`report.ts`) → strict gate (`strict.ts`) → public source with excluded documents pruned
 * (`prune.ts`). Bad content never crashes the build; strict mode turns errors into one failure.
 * Orchestration only: each step's logic lives in its own module.
 */
import { createContentBackend, type ContentBackend } from '../backend.ts';
import { readContentConfig, type Env } from '../config.ts';
import type { SanitySourceOptions } from '../sanity-source.ts';
import type { ContentSource } from '../source.ts';
import { checkContent, type CheckContentOptions, type Problem } from './check.ts';
import { createPublicSource } from './prune.ts';
import { formatReport } from './report.ts';
import { assertContentIntegrity } from './strict.ts';

export interface PrepareContentOptions {
  /** Defaults to `process.env`. */
  env?: Env;
  /** Defaults to `process.argv`; `--strict` here turns strict mode on. */
  argv?: readonly string[];
  /** Receives the report table (e.g. an Astro integration logger). Nothing is printed otherwise. */
  log?: (report: string) => void;
  /** Throw `ContentIntegrityError` in strict mode when there are errors (default true). */
  failOnStrict?: boolean;
  /** For tests: talk to a loopback stand-in of Sanity's API. */
  sanity?: SanitySourceOptions;
  /** Persistent validation cache file and its hit/miss report (see CheckContentOptions). */
  validationCacheFile?: string;
  onValidationCache?: CheckContentOptions['onValidationCache'];
}

export interface PreparedContent extends Omit<ContentBackend, 'source'> {
  /** What pages query: published perspective, every excluded document pruned. */
  source: ContentSource;
  /** The unpruned source (published perspective still applies). For diagnostics only. */
  rawSource: ContentSource;
  problems: Problem[];
  excludedIds: ReadonlySet<string>;
  /** `formatReport(problems, excludedIds)`. */
  report: string;
  strict: boolean;
}

/**
 * config → source → integrity check → public source + report. Throws only `ContentInputError`s
 * for bad input (config, dataset, strict-mode integrity) whose `message` is the whole story.
 */
export async function prepareContent(options: PrepareContentOptions = {}): Promise<PreparedContent> {
  const env = options.env ?? process.env;
  const config = readContentConfig(env, options.argv ?? process.argv);
  const { strict } = config;
  const backend = await createContentBackend(config, options.sanity);
  const check = await checkContent(backend.source, {
    validationCacheFile: options.validationCacheFile,
    onValidationCache: options.onValidationCache,
  });
  const report = formatReport(check.problems, check.excludedIds);
  options.log?.(report);
  // Logged before failing, so a strict failure shows what to fix.
  if (options.failOnStrict !== false) assertContentIntegrity(check, strict, report);
  return {
    ...backend,
    source: createPublicSource(backend.source, check.excludedIds),
    rawSource: backend.source,
    problems: check.problems,
    excludedIds: check.excludedIds,
    report,
    strict,
  };
}
