// The contest-entries migration (issue 11) on a local export folder and on a Sanity dataset (the
// loopback stand-in). Expectations are computed from the input NDJSON (the old `contest.entries`
// arrays), not from the migration's own plan; each target is migrated twice and the second run must
// change nothing.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contestPlacings } from '../../schemas/vocabularies/kinds.ts';
import { readNdjsonFile } from '../../schemas/util/ndjson.ts';
import { migrateExportFolder, migrateSanityDataset } from '../../scripts/migrate/contest-entries.ts';
import { startSanityStandIn, type StandInDocument } from '../helpers/sanity-stand-in.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/legacy-contests.ndjson', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
type Doc = StandInDocument & Record<string, unknown>;
type LegacyEntry = { _key: string; title: string; author: string; organisation?: string; placing?: string; excerpt?: string; province?: { _ref: string }; story?: { _ref: string } };

const input = readNdjsonFile<Doc>(FIXTURE);
const provinceSlugs = new Map(input.filter((d) => d._type === 'province').map((d) => [d._id, (d.slug as { current: string }).current]));

/** What each contest entry must become, derived from the legacy array alone. */
function expectedEntries(): Map<string, Record<string, unknown>> {
  const expected = new Map<string, Record<string, unknown>>();
  const contests = input.filter((d) => d._type === 'contest').sort((a, b) => Number(a._id.startsWith('drafts.')) - Number(b._id.startsWith('drafts.')));
  for (const contest of contests) {
    const published = contest._id.replace(/^drafts\./, '');
    const prizes = (contest.prizes as { _key: string; title: string }[] | undefined) ?? [];
    for (const entry of contest.entries as LegacyEntry[]) {
      const id = `contestEntry.${published.replace(/^contest\./, '').replaceAll('.', '-')}-${entry._key}`;
      if (expected.has(id)) continue;
      const placingTitle = contestPlacings.find((p) => p.value === entry.placing)?.title;
      const prize = prizes.find((p) => p.title === placingTitle);
      const placing = entry.placing ? (prize?._key ?? entry.placing) : undefined;
      const province = entry.province ? provinceSlugs.get(entry.province._ref) : undefined;
      expected.set(id, {
        contest: published,
        title: entry.title,
        name: entry.author,
        school: entry.organisation,
        province,
        status: entry.placing ? 'dat-giai' : 'hop-le',
        placing,
        excerpt: entry.excerpt,
        story: entry.story?._ref,
      });
    }
  }
  return expected;
}

function summary(doc: Record<string, unknown>): Record<string, unknown> {
  const entrant = doc.entrant as Record<string, unknown>;
  return {
    contest: (doc.contest as { _ref: string })._ref,
    title: doc.title,
    name: entrant.name,
    school: entrant.school,
    province: entrant.province,
    status: doc.status,
    placing: doc.placing,
    excerpt: doc.excerpt,
    story: (doc.story as { _ref?: string } | undefined)?._ref,
  };
}

function checkMigrated(documents: readonly Record<string, unknown>[]): void {
  const expected = expectedEntries();
  const entries = documents.filter((d) => d._type === 'contestEntry');
  expect(entries.map((e) => e._id).sort()).toEqual([...expected.keys()].sort());
  for (const entry of entries) {
    expect(summary(entry), String(entry._id)).toEqual(expected.get(entry._id as string));
    // Legacy public records: no private fields at all, and exactly the fields that were already public.
    for (const field of ['contact', 'consents', 'representative', 'receiptHash', 'idempotencyKey']) expect(entry, `${String(entry._id)}.${field}`).not.toHaveProperty(field);
    expect(entry.publishFields).toEqual(['ten', 'vai-tro', 'truong', 'tinh', 'bai-viet']);
    expect((entry.contest as { _weak?: boolean })._weak).toBe(true);
  }
  for (const contest of documents.filter((d) => d._type === 'contest')) expect(contest, String(contest._id)).not.toHaveProperty('entries');
  // Everything else is untouched.
  const others = input.filter((d) => d._type !== 'contest');
  for (const doc of others) expect(documents.find((d) => d._id === doc._id)).toMatchObject(doc);
}

describe('contest-entries migration', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('the fixture really has legacy entries, a placing without a prize and a draft-only entry', () => {
    expect(expectedEntries().size).toBeGreaterThan(10);
    expect([...expectedEntries().values()].some((e) => e.placing === 'giai-nhi' && e.contest === 'contest.thu-nghiem.mot')).toBe(true);
  });

  it('migrates a local export folder atomically, and a second run changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrate-entries-'));
    dirs.push(dir);
    copyFileSync(FIXTURE, join(dir, 'data.ndjson'));
    const first = migrateExportFolder(dir);
    expect(first.changed).toBe(true);
    expect(first.report).toContain('contest.thu-nghiem.mot, entries[_key=="k2"].placing');
    const after = readNdjsonFile<Doc>(join(dir, 'data.ndjson'));
    checkMigrated(after);
    const bytes = readFileSync(join(dir, 'data.ndjson'));
    const second = migrateExportFolder(dir);
    expect(second.changed).toBe(false);
    expect(readFileSync(join(dir, 'data.ndjson')).equals(bytes)).toBe(true);
  });

  it('--dry-run prints the plan in Vietnamese and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrate-entries-'));
    dirs.push(dir);
    copyFileSync(FIXTURE, join(dir, 'data.ndjson'));
    const before = readFileSync(join(dir, 'data.ndjson'));
    const out = execFileSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/migrate/contest-entries.ts', '--dataset', dir, '--dry-run'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toContain(`Sẽ chuyển ${expectedEntries().size} tác phẩm`);
    expect(out).toContain('Chạy thử: chưa thay đổi gì.');
    expect(readFileSync(join(dir, 'data.ndjson')).equals(before)).toBe(true);
  });

  it('migrates a Sanity dataset in one transaction, and a second run changes nothing', async () => {
    const token = 'migration-token';
    const standIn = await startSanityStandIn({ token, documents: input });
    try {
      const target = { projectId: standIn.projectId, dataset: standIn.dataset, token, apiHost: standIn.url };
      const first = await migrateSanityDataset(target);
      expect(first.changed).toBe(true);
      const mutations = standIn.requests.filter((r) => r.kind === 'mutate');
      expect(mutations).toHaveLength(1);
      checkMigrated(standIn.documents());
      const snapshot = JSON.stringify(standIn.documents());
      const second = await migrateSanityDataset(target);
      expect(second.changed).toBe(false);
      expect(standIn.requests.filter((r) => r.kind === 'mutate')).toHaveLength(1);
      expect(JSON.stringify(standIn.documents())).toBe(snapshot);
    } finally {
      await standIn.close();
    }
  });
});
