import { createElement as h, Fragment, useEffect, useState } from 'react';
import { useClient, type InputProps } from 'sanity';
import { API_VERSION, dataset as publicDataset } from '../env.ts';
import { NormalizingInput } from '../form/NormalizingInput.ts';

/** Fields that point at a contest of the PUBLIC dataset from the private one (weak references). */
const CONTEST_FIELDS = new Set(['contest']);

function ContestTitle({ contestId }: { contestId: string }) {
  const client = useClient({ apiVersion: API_VERSION });
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    client
      .withConfig({ dataset: publicDataset })
      .fetch<string | null>('*[_type == "contest" && _id == $id][0].title', { id: contestId }, { perspective: 'published' })
      .then(
        (found) => live && setTitle(found ?? `Không thấy cuộc thi ${contestId} trong dataset công khai`),
        () => live && setTitle(`Không đọc được cuộc thi ${contestId}`),
      );
    return () => {
      live = false;
    };
  }, [client, contestId]);
  return h('p', { style: { margin: '0 0 8px' } }, 'Cuộc thi: ', h('strong', null, title ?? '…'));
}

/**
 * Form input of the "Tham gia" workspace: the normalising input everywhere, and above a `contest`
 * reference the contest's title, read from the public dataset (the reference itself is weak and
 * points into another dataset, so Sanity's own preview cannot resolve it).
 */
export function ParticipationInput(props: InputProps) {
  const field = props.path.length === 1 ? props.path[0] : undefined;
  const ref = (props.value as { _ref?: unknown } | undefined)?._ref;
  if (typeof field === 'string' && CONTEST_FIELDS.has(field) && typeof ref === 'string') {
    return h(Fragment, null, h(ContestTitle, { contestId: ref }), NormalizingInput(props));
  }
  return NormalizingInput(props);
}
