// The "Tham gia (riêng tư)" workspace resolved from the Studio's real config: its dataset, its desk
// (entries by contest and status with counts, nominations, judges, score sheets, ranking), what can
// be created where, and the ranking rows. The only network boundary is a loopback query API.
import { entryStatuses, nominationStatuses } from '../../schemas/participation/vocabulary.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from 'sanity';
import type { StructureBuilder, StructureResolverContext } from 'sanity/structure';
import config, { contentWorkspace } from '../../studio/sanity.config.ts';
import { DEFAULT_PARTICIPATION_DATASET, dataset as publicDataset } from '../../studio/env.ts';
import { rankingRows } from '../../studio/participation/ranking-rows.ts';
import {
  ENTRIES_OF_CONTEST,
  ENTRIES_OF_CONTEST_WITH_STATUS,
  NOMINATIONS_WITH_STATUS,
  participationStructure,
  SCORES_OF_CONTEST,
} from '../../studio/participation/structure.ts';
import { participationWorkspace } from '../../studio/participation/workspace.ts';
import { item, open, titles, topLevel, type Node } from './helpers/panes.ts';
import { foldDrafts, idsMatching, loadWorkspace, startQueryApi, structureBuilderFor, type Doc } from './helpers/workspace.ts';

const ref = (id: string) => ({ _type: 'reference', _ref: id, _weak: true });
const CONTEST_A = 'contest.viet-ve-thay-co-2026';
const CONTEST_B = 'contest.anh-dep-mai-truong';

// One loopback API answers both datasets here; the paths tell which dataset each request asked.
const docs: Doc[] = [
  { _id: CONTEST_A, _type: 'contest', title: 'Viết về thầy cô 2026', opensAt: '2026-02-01' },
  { _id: CONTEST_B, _type: 'contest', title: 'Ảnh đẹp mái trường', opensAt: '2025-09-01' },
  { _id: 'drafts.contest.chua-cong-bo', _type: 'contest', title: 'Cuộc thi chưa công bố', opensAt: '2027-01-01' },
  { _id: 'contestEntry.1', _type: 'contestEntry', contest: ref(CONTEST_A), status: 'da-nhan', title: 'Một' },
  { _id: 'contestEntry.2', _type: 'contestEntry', contest: ref(CONTEST_A), status: 'da-nhan', title: 'Hai' },
  { _id: 'contestEntry.3', _type: 'contestEntry', contest: ref(CONTEST_A), status: 'hop-le', title: 'Ba' },
  { _id: 'drafts.contestEntry.3', _type: 'contestEntry', contest: ref(CONTEST_A), status: 'hop-le', title: 'Ba (nháp)' },
  { _id: 'contestEntry.4', _type: 'contestEntry', contest: ref(CONTEST_A), status: 'dat-giai', title: 'Bốn' },
  { _id: 'contestEntry.5', _type: 'contestEntry', contest: ref(CONTEST_B), status: 'hop-le', title: 'Năm' },
  { _id: 'nomination.a', _type: 'nomination', status: 'da-nhan' },
  { _id: 'nomination.b', _type: 'nomination', status: 'da-tao-ho-so' },
  { _id: 'judge.x', _type: 'judge', name: 'Giám khảo X' },
  { _id: 'judgeScore.x.3', _type: 'judgeScore', contest: ref(CONTEST_A), entry: ref('contestEntry.3') },
  { _id: 'judgeScore.x.5', _type: 'judgeScore', contest: ref(CONTEST_B), entry: ref('contestEntry.5') },
];
const folded = foldDrafts(docs);

let api: Awaited<ReturnType<typeof startQueryApi>>;
let workspace: Workspace;
let S: StructureBuilder;
let root: Node;

beforeAll(async () => {
  api = await startQueryApi(docs);
  workspace = await loadWorkspace(api.url, participationWorkspace);
  S = structureBuilderFor(workspace);
  const source = workspace.unstable_sources[0]!;
  const context = { getClient: source.getClient } as unknown as StructureResolverContext;
  root = topLevel(S, (builder) => participationStructure(builder, context));
}, 60_000);

afterAll(async () => {
  await api?.close();
});

describe('the Studio has two workspaces', () => {
  it('public content first (the root redirects there), then the private participation workspace', () => {
    expect(Array.isArray(config)).toBe(true);
    const list = config as unknown as { name: string; basePath: string; dataset: string }[];
    expect(list.map((entry) => [entry.name, entry.basePath])).toEqual([
      ['default', '/noi-dung'],
      ['tham-gia', '/tham-gia'],
    ]);
    expect(list[0]!.dataset).toBe(publicDataset);
  });

  it('the participation workspace reads the private dataset and says judges do not use it', () => {
    expect(workspace.name).toBe('tham-gia');
    expect(workspace.title).toBe('Tham gia (riêng tư)');
    expect(workspace.basePath).toBe('/tham-gia');
    expect(workspace.dataset).toBe(process.env.SANITY_STUDIO_PARTICIPATION_DATASET ?? DEFAULT_PARTICIPATION_DATASET);
    expect(workspace.dataset).not.toBe(publicDataset);
    expect(workspace.subtitle).toContain('/cham-thi/');
    expect(workspace.subtitle).toMatch(/giám khảo/i);
    expect(workspace.tools[0]?.name).toBe('tham-gia');
    expect(workspace.i18n.locales.map((locale) => locale.id)).toEqual(['vi-VN']);
    // The same schema types as the content workspace: `sanity schema validate --workspace default` covers both.
    expect(participationWorkspace.schema?.types).toBe(contentWorkspace.schema?.types);
  });

  it('offers participation documents for creation only in the private workspace (scores come from the desk)', async () => {
    const creatable = workspace.templates.map((template) => template.schemaType).sort();
    expect(creatable).toEqual(['contestEntry', 'judge', 'nomination']);
    const content = await loadWorkspace(api.url, contentWorkspace);
    const publicCreatable = new Set(content.templates.map((template) => template.schemaType));
    for (const type of ['contestEntry', 'nomination', 'judge', 'judgeScore']) expect(publicCreatable.has(type), type).toBe(false);
    expect(publicCreatable.has('story')).toBe(true);
  });
});

describe('Tham gia desk', () => {
  it('lists the work in Vietnamese at the top level', () => {
    expect(root.title).toBe('Tham gia (riêng tư)');
    expect(titles(root)).toEqual(['Bài dự thi', 'Đề cử', 'Giám khảo', 'Phiếu chấm']);
  });

  it('Bài dự thi → published contests of the PUBLIC dataset → statuses with counts → filtered lists', async () => {
    const before = api.requests.length;
    const contests = await open(item(root, 'Bài dự thi'));
    expect(titles(contests)).toEqual(['Viết về thầy cô 2026', 'Ảnh đẹp mái trường']);
    const contestLookup = api.requests.slice(before).find((url) => url.searchParams.get('query')?.includes('"contest"') ?? false);
    expect(contestLookup?.pathname).toMatch(new RegExp(`/data/query/${publicDataset}$`));

    const beforeCounts = api.requests.length;
    const statuses = await open(item(contests, 'Viết về thầy cô 2026'));
    // Counted by hand from `docs` (drafts not counted): 2 received, 1 valid, 0 invalid, 0 finalists, 1 prize.
    expect(titles(statuses)).toEqual(['Tất cả', 'Đã nhận (2)', 'Hợp lệ (1)', 'Không hợp lệ (0)', 'Vào vòng chung khảo (0)', 'Đạt giải (1)', 'Xếp hạng']);
    const countLookup = api.requests.slice(beforeCounts).find((url) => url.pathname.includes('/data/query/'));
    expect(countLookup?.pathname).toMatch(new RegExp(`/data/query/${workspace.dataset}$`));

    const all = await open(item(statuses, 'Tất cả'));
    expect(all.options?.filter).toBe(ENTRIES_OF_CONTEST);
    expect(await idsMatching(folded, all.options!.filter!, all.options!.params)).toEqual(['contestEntry.1', 'contestEntry.2', 'contestEntry.3', 'contestEntry.4']);
    const received = await open(item(statuses, 'Đã nhận (2)'));
    expect(received.options?.filter).toBe(ENTRIES_OF_CONTEST_WITH_STATUS);
    expect(received.options?.params).toEqual({ contestId: CONTEST_A, status: 'da-nhan' });
    expect(await idsMatching(folded, received.options!.filter!, received.options!.params)).toEqual(['contestEntry.1', 'contestEntry.2']);
    for (const status of entryStatuses) expect(titles(statuses).some((title) => title.startsWith(status.title))).toBe(true);

    const ranking = await open(item(statuses, 'Xếp hạng'));
    expect(ranking.type).toBe('component');
    expect(ranking.options).toMatchObject({ contestId: CONTEST_A, contestTitle: 'Viết về thầy cô 2026', publicDataset });
  });

  it('Đề cử → all, then one list per nomination status', async () => {
    const nominations = await open(item(root, 'Đề cử'));
    expect(titles(nominations)).toEqual(['Tất cả', ...nominationStatuses.map((status) => status.title)]);
    const created = await open(item(nominations, 'Đã tạo hồ sơ gương điển hình'));
    expect(created.options?.filter).toBe(NOMINATIONS_WITH_STATUS);
    expect(await idsMatching(folded, created.options!.filter!, created.options!.params)).toEqual(['nomination.b']);
  });

  it('Giám khảo lists judges; Phiếu chấm lists score sheets per contest', async () => {
    const judges = await open(item(root, 'Giám khảo'));
    expect(judges.options?.params).toEqual({ type: 'judge' });
    const byContest = await open(item(root, 'Phiếu chấm'));
    expect(titles(byContest)).toEqual(['Viết về thầy cô 2026', 'Ảnh đẹp mái trường']);
    const sheets = await open(item(byContest, 'Ảnh đẹp mái trường'));
    expect(sheets.options?.filter).toBe(SCORES_OF_CONTEST);
    expect(await idsMatching(folded, sheets.options!.filter!, sheets.options!.params)).toEqual(['judgeScore.x.5']);
  });

  it('reaches every participation document type', async () => {
    const reached = new Set<string>();
    const visit = async (node: Node, depth: number): Promise<void> => {
      for (const entry of node.items ?? []) {
        if (entry.type === 'divider') continue;
        const schema = typeof entry.schemaType === 'string' ? entry.schemaType : entry.schemaType?.name;
        if (schema) reached.add(schema);
        if (depth < 2) {
          const child = await open(entry);
          if (child.options?.params?.type) reached.add(String(child.options.params.type));
          await visit(child, depth + 1);
        }
      }
    };
    await visit(root, 0);
    for (const type of ['contestEntry', 'nomination', 'judge', 'judgeScore']) expect(reached, type).toContain(type);
  });
});

describe('ranking rows', () => {
  const rubric = [
    { _type: 'rubricCriterion' as const, _key: 'noi-dung', title: 'Nội dung', weight: 2, maxScore: 10 },
    { _type: 'rubricCriterion' as const, _key: 'van-phong', title: 'Văn phong', weight: 1, maxScore: 5 },
  ];
  const score = (entry: string, noiDung: number, vanPhong: number) => ({
    entry: { _type: 'reference' as const, _ref: entry },
    scores: [
      { _key: 'a', criterion: 'noi-dung', score: noiDung },
      { _key: 'b', criterion: 'van-phong', score: vanPhong },
    ],
  });

  it('ranks valid entries by weighted score, marks ties "đồng hạng", leaves unscored last and skips invalid ones', () => {
    const rows = rankingRows(
      [
        { _id: 'contestEntry.a', title: 'An', status: 'hop-le' },
        { _id: 'contestEntry.b', title: 'Bình', status: 'chung-khao' },
        { _id: 'contestEntry.c', title: 'Chi', status: 'hop-le' },
        { _id: 'contestEntry.d', title: 'Dũng', status: 'hop-le' },
        { _id: 'contestEntry.e', title: 'Em', status: 'khong-hop-le' },
      ],
      [
        // a: judge 1 → (8/10·2 + 4/5·1)/3 = 80; judge 2 → (10/10·2 + 5/5)/3 = 100 → mean 90.
        score('contestEntry.a', 8, 4),
        score('contestEntry.a', 10, 5),
        // b: (9/10·2 + 4.5/5)/3 = 90 → tied with a.
        score('contestEntry.b', 9, 4.5),
        // c: (5/10·2 + 5/5)/3 = 66.666… → 66.67.
        score('contestEntry.c', 5, 5),
        // e is invalid: its score is ignored.
        score('contestEntry.e', 10, 5),
      ],
      rubric,
    );
    expect(rows.map((row) => [row.title, row.rankLabel, row.scoreLabel, row.judges])).toEqual([
      ['An', '1 (đồng hạng)', '90,00', 2],
      ['Bình', '1 (đồng hạng)', '90,00', 1],
      ['Chi', '3', '66,67', 1],
      ['Dũng', 'Chưa chấm', '—', 0],
    ]);
  });
});
