import { createElement as h, useCallback, useEffect, useState } from 'react';
import { useClient } from 'sanity';
import type { ContestEntryRecord, JudgeScoreRecord, RubricCriterion } from '../../schemas/participation/types.ts';
import { API_VERSION } from '../env.ts';
import { transactionBatches } from './mutations.ts';
import { planPublishResults } from './publish-results.ts';
import {
  CONTEST_RUBRIC,
  CONTEST_SCORES_PAGE,
  fetchAllPages,
  PUBLIC_RECORD_IDS_PAGE,
  PUBLISH_ENTRIES_PAGE,
  RANKING_ENTRIES_PAGE,
} from './queries.ts';
import { rankingRows, type RankingEntry, type RankingRow } from './ranking-rows.ts';

/** The structure passes `{ contestId, contestTitle, publicDataset }` as the component pane's options. */
interface RankingViewProps {
  options?: Record<string, unknown>;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; rows: RankingRow[] };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * "Xếp hạng" of one contest, and its "Công bố kết quả" button. Thin: the ranking is `rankingRows`
 * and the publication is `planPublishResults`; this only reads, renders and commits.
 */
export function RankingView({ options }: RankingViewProps) {
  const client = useClient({ apiVersion: API_VERSION });
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [publishing, setPublishing] = useState<string | null>(null);
  const contestId = text(options?.contestId);
  const contestTitle = text(options?.contestTitle) || contestId;
  const publicDataset = text(options?.publicDataset);

  const load = useCallback(async () => {
    const publicClient = client.withConfig({ dataset: publicDataset });
    const [entries, scores, contest] = await Promise.all([
      fetchAllPages<RankingEntry>(client, RANKING_ENTRIES_PAGE, { contestId }),
      fetchAllPages<Pick<JudgeScoreRecord, 'scores' | 'entry'>>(client, CONTEST_SCORES_PAGE, { contestId }),
      publicClient.fetch<{ rubric?: RubricCriterion[] } | null>(CONTEST_RUBRIC, { contestId }, { perspective: 'published' }),
    ]);
    return rankingRows(entries, scores, contest?.rubric ?? []);
  }, [client, contestId, publicDataset]);

  useEffect(() => {
    let live = true;
    load().then(
      (rows) => live && setState({ kind: 'ready', rows }),
      (error: unknown) => live && setState({ kind: 'error', message: `Không tải được xếp hạng của cuộc thi ${contestId}: ${message(error)}` }),
    );
    return () => {
      live = false;
    };
  }, [load, contestId]);

  const publish = useCallback(async () => {
    if (!window.confirm(`Công bố kết quả "${contestTitle}" lên trang? Chỉ bài hợp lệ, với thông tin tác giả đồng ý công bố.`)) return;
    setPublishing('Đang công bố…');
    try {
      const publicClient = client.withConfig({ dataset: publicDataset });
      const [entries, publicIds] = await Promise.all([
        fetchAllPages<ContestEntryRecord>(client, PUBLISH_ENTRIES_PAGE, { contestId }),
        fetchAllPages<string>(publicClient, PUBLIC_RECORD_IDS_PAGE, { contestId }),
      ]);
      const plan = planPublishResults({ contestId, entries, publicIds, at: new Date() });
      if (!plan.ok) {
        setPublishing(plan.error);
        return;
      }
      for (const batch of transactionBatches(plan.mutations)) await publicClient.mutate(batch as never, { visibility: 'async' });
      setPublishing(`Đã công bố ${plan.published.length} bài, gỡ ${plan.removed.length} bài không còn đủ điều kiện. Trang sẽ cập nhật sau lần dựng tiếp theo.`);
    } catch (error) {
      setPublishing(`Không công bố được kết quả cuộc thi ${contestId}: ${message(error)}`);
    }
  }, [client, contestId, contestTitle, publicDataset]);

  const cell = (tag: 'td' | 'th', text: string | number, key: string) => h(tag, { key, style: { padding: '4px 8px', textAlign: 'left' } }, text);
  const body =
    state.kind === 'loading'
      ? h('p', null, 'Đang tính xếp hạng…')
      : state.kind === 'error'
        ? h('p', { role: 'alert' }, state.message)
        : state.rows.length === 0
          ? h('p', null, 'Chưa có bài hợp lệ nào.')
          : h(
              'table',
              { style: { borderCollapse: 'collapse', width: '100%' } },
              h('thead', null, h('tr', null, cell('th', 'Hạng', 'h'), cell('th', 'Tác phẩm', 't'), cell('th', 'Điểm (0–100)', 's'), cell('th', 'Số giám khảo', 'j'))),
              h(
                'tbody',
                null,
                state.rows.map((row) =>
                  h('tr', { key: row.entryId }, cell('td', row.rankLabel, 'h'), cell('td', row.title, 't'), cell('td', row.scoreLabel, 's'), cell('td', row.judges, 'j')),
                ),
              ),
            );
  return h(
    'div',
    { style: { padding: '16px' } },
    h('button', { type: 'button', onClick: () => void publish(), disabled: publishing === 'Đang công bố…' }, 'Công bố kết quả'),
    publishing ? h('p', { role: 'status' }, publishing) : null,
    body,
  );
}
