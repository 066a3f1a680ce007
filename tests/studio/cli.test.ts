/**
 * The Sanity CLI, offline: schema validation, a production build of the Studio, and the
 * freshness of the committed generated files (schema.json, sanity.types.ts).
 * Slow (a minute or two on 2 cores), so all CLI runs live in this one file.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, sanity, STUDIO } from './helpers/cli.ts';

const COMMITTED_SCHEMA = join(STUDIO, 'schema.json');
const COMMITTED_TYPES = join(REPO, 'site/src/lib/content/sanity.types.ts');

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'guong-sang-studio-'));
});

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function readAllText(dir: string): Promise<string> {
  const parts: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(js|html|css|json)$/.test(entry.name)) {
      parts.push(await readFile(join(entry.parentPath, entry.name), 'utf8'));
    }
  }
  return parts.join('\n');
}

describe('sanity CLI (offline)', () => {
  it('`sanity schema validate` reports no errors and no warnings', async () => {
    // Both workspaces use the same schema types (participation-workspace.test.ts), so one validation covers both.
    const result = await sanity(['schema', 'validate', '--workspace', 'default']);
    expect(result.output).toMatch(/Errors:\s+0 errors/);
    expect(result.output).toMatch(/Warnings:\s+0 warnings/);
    expect(result.code, result.output).toBe(0);
  }, 300_000);

  it('`sanity build` bundles the Studio with the project from the environment and no secrets', async () => {
    const outDir = join(scratch, 'dist');
    const result = await sanity(['build', outDir, '--yes', '--no-source-maps'], {
      SANITY_STUDIO_PROJECT_ID: 'ci0build',
      SANITY_STUDIO_DATASET: 'ci-dataset',
      SANITY_AUTH_TOKEN: 'sk-must-never-reach-the-bundle',
    });
    expect(result.code, result.output).toBe(0);
    const entries = await readdir(outDir);
    expect(entries).toContain('index.html');
    expect(entries).toContain('static');

    const bundle = await readAllText(outDir);
    expect(bundle).toContain('ci0build');
    expect(bundle).toContain('ci-dataset');
    expect(bundle).toContain('Gương sáng');
    expect(bundle).toContain('Bản nháp chưa xuất bản');
    expect(bundle).not.toContain('sk-must-never-reach-the-bundle');
  }, 600_000);

  describe('generated files are up to date (run `pnpm typegen` when this fails)', () => {
    it('studio/schema.json matches a fresh `sanity schema extract`', async () => {
      const fresh = join(scratch, 'schema.json');
      // `--path` is joined to the Studio directory even when absolute, so pass it relative.
      const result = await sanity(['schema', 'extract', '--workspace', 'default', '--path', relative(STUDIO, fresh)]);
      expect(result.code, result.output).toBe(0);
      const [expected, actual] = await Promise.all([readFile(fresh), readFile(COMMITTED_SCHEMA)]);
      expect(JSON.parse(expected.toString('utf8')).length).toBeGreaterThan(20);
      expect(actual.equals(expected), 'studio/schema.json is stale: run `pnpm typegen`').toBe(true);
    }, 300_000);

    it('site/src/lib/content/sanity.types.ts matches a fresh `sanity typegen generate`', async () => {
      const fresh = join(scratch, 'sanity.types.ts');
      const result = await sanity(['typegen', 'generate'], { GUONG_SANG_TYPEGEN_OUTPUT: fresh });
      expect(result.code, result.output).toBe(0);
      const [expected, actual] = await Promise.all([readFile(fresh), readFile(COMMITTED_TYPES)]);
      const text = expected.toString('utf8');
      // Schema types and, once the site's queries exist, one result type per `defineQuery`.
      expect(text).toContain('export type Story = {');
      expect(text).toContain('export type Exemplar = {');
      expect(actual.equals(expected), 'site/src/lib/content/sanity.types.ts is stale: run `pnpm typegen`').toBe(true);
    }, 300_000);
  });
});
