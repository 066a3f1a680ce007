// The judges' desk at contest scale (part of `pnpm bench -- --participation`): after the simulated
// contest, the desk's own GROQ queries (server/src/participation/desk/queries.ts) run against the
// SQLite store the intake filled — the editor's first page and per-status counts, a judge's list,
// one entry, the ranking over a final round of 2,000 entries scored by 3 judges, and publishing
// results. Each query runs 5 times: the first run shows a cold store, the others a warm one.
import { randomUUID } from 'node:crypto';
import { rankEntries } from '../../schemas/participation/ranking.ts';
import { RESULT_ENTRY_STATUSES } from '../../schemas/participation/vocabulary.ts';
import type { JudgeScoreRecord, RubricCriterion } from '../../schemas/participation/types.ts';
import * as queries from '../../server/src/participation/desk/queries.ts';
import { createSqliteStore } from '../../server/src/participation/sqlite-store.ts';
import type { ParticipationBenchResult } from './participation.ts';

const RUNS = 5;
const FINALISTS = 2000;
const JUDGES = 3;
const RUBRIC: RubricCriterion[] = [
  { _type: 'rubricCriterion', _key: 'noi-dung', title: 'Nội dung chân thực', weight: 50, maxScore: 10 },
  { _type: 'rubricCriterion', _key: 'cam-xuc', title: 'Cảm xúc, sức lan tỏa', weight: 30, maxScore: 10 },
  { _type: 'rubricCriterion', _key: 'ngon-ngu', title: 'Ngôn ngữ', weight: 20, maxScore: 10 },
];

export async function deskQueryTimes(dataDir: string): Promise<ParticipationBenchResult['desk']> {
  const store = createSqliteStore({ dir: dataDir });
  try {
    const contest = await store.query<string>('*[_type == "contestEntry"][0].contest._ref', {}, { types: ['contestEntry'] });
    const scope = { types: ['contestEntry'], contest };
    const timed = async (name: string, run: () => Promise<number>) => {
      const ms: number[] = [];
      let rows = 0;
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        rows = await run();
        ms.push(performance.now() - started);
      }
      console.log(`  ${name}: ${rows} dòng, ${ms.map((m) => m.toFixed(0)).join(' / ')} ms`);
      return { name, ms, rows };
    };
    const results: ParticipationBenchResult['desk'] = [];
    results.push(
      await timed('biên tập: trang đầu mọi bài, mới nhất trước (50)', async () =>
        (await store.query<unknown[]>(queries.editorEntriesQuery, { contest, status: null, from: 0, to: queries.DESK_PAGE_SIZE }, scope)).length,
      ),
    );
    results.push(
      await timed('biên tập: trang đầu bài "Đã nhận" (50)', async () =>
        (await store.query<unknown[]>(queries.editorEntriesQuery, { contest, status: 'da-nhan', from: 0, to: queries.DESK_PAGE_SIZE }, { ...scope, statuses: ['da-nhan'] })).length,
      ),
    );
    results.push(await timed('biên tập: đếm theo trạng thái', async () => (await store.query<string[]>(queries.contestStatusesQuery, { contest }, scope)).length));
    const ids = await store.query<string[]>('*[_type == "contestEntry" && contest._ref == $contest] | order(_id asc)[0...$n]._id', { contest, n: FINALISTS }, scope);
    results.push(await timed('biên tập: một bài đầy đủ', async () => ((await store.query<unknown>(queries.entryQuery, { id: ids[0] }, { ...scope, ids: [ids[0]!] })) ? 1 : 0)));

    // A final round: 2,000 entries in chung-khao, each scored by 3 judges.
    for (const id of ids) await store.patch(id, { set: { status: 'chung-khao' } });
    for (let j = 0; j < JUDGES; j++) {
      const judge = `judge.${randomUUID()}`;
      for (const [n, id] of ids.entries()) {
        const score: JudgeScoreRecord = {
          _id: `judgeScore.${judge.slice(6, 14)}.${id.slice(13)}`,
          _type: 'judgeScore',
          judge: { _type: 'reference', _ref: judge },
          entry: { _type: 'reference', _ref: id },
          contest: { _type: 'reference', _ref: contest, _weak: true },
          scores: RUBRIC.map((c, k) => ({ _key: c._key, criterion: c._key, score: (n * 7 + j * 3 + k) % 11 })),
          scoredAt: new Date().toISOString(),
        };
        await store.createOrReplace(score as unknown as Parameters<typeof store.createOrReplace>[0]);
      }
    }
    results.push(
      await timed('giám khảo: danh sách bài vòng chung khảo (để lọc xung đột)', async () =>
        (await store.query<unknown[]>(queries.judgeVisibilityQuery, { contest, statuses: queries.JUDGE_STATUSES }, { ...scope, statuses: queries.JUDGE_STATUSES })).length,
      ),
    );
    results.push(
      await timed('giám khảo: một trang bài ẩn danh (50)', async () =>
        (await store.query<unknown[]>(queries.blindEntriesQuery, { ids: ids.slice(0, queries.DESK_PAGE_SIZE) }, { ...scope, ids: ids.slice(0, queries.DESK_PAGE_SIZE) })).length,
      ),
    );
    results.push(
      await timed(`xếp hạng ${FINALISTS} bài × ${JUDGES} giám khảo`, async () => {
        const entries = await store.query<{ _id: string }[]>(queries.rankableEntriesQuery, { contest }, { ...scope, statuses: queries.RANKABLE_STATUSES });
        const scores = await store.query<Pick<JudgeScoreRecord, 'entry' | 'scores'>[]>(queries.contestScoresQuery, { contest }, { types: ['judgeScore'], contest });
        return rankEntries(
          entries.map((e) => e._id),
          scores,
          RUBRIC,
        ).filter((row) => row.rank !== null).length;
      }),
    );
    results.push(
      await timed('công bố kết quả: đọc bài chung khảo, đạt giải (đủ) và mã các bài khác', async () => {
        const params = { contest, statuses: RESULT_ENTRY_STATUSES };
        const results = await store.query<unknown[]>(queries.resultEntriesQuery, params, { ...scope, statuses: RESULT_ENTRY_STATUSES });
        const others = await store.query<string[]>(queries.otherEntryIdsQuery, params, scope);
        return results.length + others.length;
      }),
    );
    return results;
  } finally {
    await store.close();
  }
}
