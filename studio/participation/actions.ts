import { createElement as h, useEffect, useState } from 'react';
import { useClient, type DocumentActionComponent, type DocumentActionsContext } from 'sanity';
import type { ContestEntryRecord, NominationRecord } from '../../schemas/participation/types.ts';
import type { EntryStatus } from '../../schemas/participation/vocabulary.ts';
import { API_VERSION, dataset as publicDataset } from '../env.ts';
import { planExemplarFromNomination } from './exemplar-from-nomination.ts';
import { CONTEST_RUBRIC } from './queries.ts';
import { nextStatuses, planStatusChange, type PrizeOption } from './status-change.ts';

/**
 * Document actions of the "Tham gia" workspace. Thin: every decision is a plan function
 * (status-change.ts, exemplar-from-nomination.ts) returning mutations; these only collect the
 * editor's input and commit.
 */

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** "Đổi trạng thái" on a contest entry: the next statuses, a reason for "không hợp lệ", a prize for "đạt giải". */
export const EntryStatusAction: DocumentActionComponent = (props) => {
  const client = useClient({ apiVersion: API_VERSION });
  const entry = (props.published ?? props.draft) as (ContestEntryRecord & { _rev?: string }) | null;
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState<EntryStatus | ''>('');
  const [reason, setReason] = useState('');
  const [placing, setPlacing] = useState('');
  const [prizes, setPrizes] = useState<PrizeOption[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const contestId = entry?.contest?._ref;

  useEffect(() => {
    if (!open || !contestId) return;
    client
      .withConfig({ dataset: publicDataset })
      .fetch<{ prizes?: PrizeOption[] } | null>(CONTEST_RUBRIC, { contestId }, { perspective: 'published' })
      .then((contest) => setPrizes(contest?.prizes ?? []), (error: unknown) => setProblem(`Không đọc được cơ cấu giải của ${contestId}: ${errorText(error)}`));
  }, [open, contestId, client]);

  if (props.type !== 'contestEntry' || !entry) return null;
  const options = nextStatuses(entry.status);

  const confirm = () => {
    if (!to) return;
    const plan = planStatusChange({
      entry: { _id: props.id, status: entry.status, ...(props.published?._rev ? { _rev: props.published._rev } : {}) },
      hasDraft: Boolean(props.draft),
      to,
      reason,
      placing,
      prizes,
    });
    if (!plan.ok) {
      setProblem(plan.error);
      return;
    }
    client.mutate(plan.mutations as never, { visibility: 'sync' }).then(
      () => {
        setOpen(false);
        props.onComplete();
      },
      (error: unknown) => setProblem(`Bài dự thi ${props.id}: không đổi được trạng thái (${errorText(error)}).`),
    );
  };

  return {
    label: 'Đổi trạng thái',
    title: options.length === 0 ? 'Không có trạng thái tiếp theo.' : 'Chuyển bài dự thi sang trạng thái khác.',
    disabled: options.length === 0,
    onHandle: () => setOpen(true),
    dialog: open
      ? {
          type: 'dialog',
          header: 'Đổi trạng thái bài dự thi',
          onClose: () => setOpen(false),
          content: h(
            'form',
            { onSubmit: (event: { preventDefault(): void }) => (event.preventDefault(), confirm()), style: { display: 'grid', gap: '12px' } },
            h(
              'label',
              null,
              'Trạng thái mới ',
              h(
                'select',
                { value: to, onChange: (event: { target: { value: string } }) => setTo(event.target.value as EntryStatus), required: true },
                h('option', { value: '' }, '— chọn —'),
                options.map((option) => h('option', { key: option.value, value: option.value }, option.title)),
              ),
            ),
            to === 'khong-hop-le'
              ? h('label', null, 'Lý do không hợp lệ (người gửi đọc được) ', h('textarea', { value: reason, rows: 3, required: true, onChange: (event: { target: { value: string } }) => setReason(event.target.value) }))
              : null,
            to === 'dat-giai'
              ? h(
                  'label',
                  null,
                  'Giải ',
                  h(
                    'select',
                    { value: placing, required: true, onChange: (event: { target: { value: string } }) => setPlacing(event.target.value) },
                    h('option', { value: '' }, '— chọn giải —'),
                    prizes.map((prize) => h('option', { key: prize._key, value: prize._key }, prize.title ?? prize._key)),
                  ),
                )
              : null,
            problem ? h('p', { role: 'alert' }, problem) : null,
            h('button', { type: 'submit', disabled: !to }, 'Lưu trạng thái'),
          ),
        }
      : null,
  };
};
EntryStatusAction.displayName = 'EntryStatusAction';

/** "Tạo hồ sơ gương điển hình" on a nomination: a draft exemplar in the public dataset, linked back. */
export const ExemplarFromNominationAction: DocumentActionComponent = (props) => {
  const client = useClient({ apiVersion: API_VERSION });
  const [busy, setBusy] = useState(false);
  const nomination = (props.published ?? props.draft) as (NominationRecord & { _rev?: string }) | null;
  if (props.type !== 'nomination' || !nomination) return null;
  const plan = planExemplarFromNomination({ ...nomination, _id: props.id, ...(props.published?._rev ? { _rev: props.published._rev } : {}) }, crypto.randomUUID());
  return {
    label: 'Tạo hồ sơ gương điển hình',
    title: plan.ok ? 'Tạo bản nháp hồ sơ ở giai đoạn "Nhân tố mới" trong nội dung công khai, liên kết với đề cử này.' : plan.error,
    disabled: !plan.ok || busy || !props.published,
    onHandle: () => {
      if (!plan.ok) return;
      setBusy(true);
      client
        .withConfig({ dataset: publicDataset })
        .mutate(plan.publicMutations as never, { visibility: 'sync' })
        .then(() => client.mutate(plan.privateMutations as never, { visibility: 'sync' }))
        .then(
          () => {
            setBusy(false);
            props.onComplete();
            window.alert(`Đã tạo bản nháp hồ sơ ${plan.exemplarId}. Mở không gian "Gương sáng" → Gương điển hình → Nhân tố mới để hoàn thiện.`);
          },
          (error: unknown) => {
            setBusy(false);
            window.alert(`Đề cử ${props.id}: không tạo được hồ sơ (${errorText(error)}). Thử lại không tạo trùng.`);
          },
        );
    },
  };
};
ExemplarFromNominationAction.displayName = 'ExemplarFromNominationAction';

/** `document.actions` of the workspace: the participation actions first, Sanity's own after. */
export function participationActions(prev: DocumentActionComponent[], context: Pick<DocumentActionsContext, 'schemaType'>): DocumentActionComponent[] {
  if (context.schemaType === 'contestEntry') return [EntryStatusAction, ...prev];
  if (context.schemaType === 'nomination') return [ExemplarFromNominationAction, ...prev];
  return prev;
}
