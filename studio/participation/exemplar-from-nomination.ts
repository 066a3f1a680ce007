/**
 * "Tạo hồ sơ gương điển hình": from a nomination under review, start an exemplar in the PUBLIC
 * dataset as a draft (`drafts.exemplar.<uuid>`, not on the site until an editor publishes it) at the
 * first lifecycle stage, and mark the nomination in the private dataset.
 *
 * Only the nominee's name, kind and province travel: the nominator, contacts, consents, birth year
 * and the nomination text stay in the private store (editors copy what the consent allows by hand).
 * The exemplar id comes from the nomination's own id, so running the action twice (e.g. after the
 * second write failed) creates nothing new.
 */
import type { NominationRecord } from '../../schemas/participation/types.ts';
import { nominationStatuses } from '../../schemas/participation/vocabulary.ts';
import { NEW_EXEMPLAR_STAGE } from '../templates.ts';
import { DRAFTS_PREFIX, publishedId, type PlanRefusal, type SanityMutation } from './mutations.ts';

export interface ExemplarPlan {
  ok: true;
  /** The published id of the new exemplar (`exemplar.<uuid>`); the document written is its draft. */
  exemplarId: string;
  /** Committed first, on the public dataset. */
  publicMutations: SanityMutation[];
  /** Then on the private dataset. */
  privateMutations: SanityMutation[];
}

const ID_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const PROVINCE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const OPEN_STATUSES = new Set(['da-nhan', 'dang-xem-xet']);

const statusTitle = (status: string) => nominationStatuses.find((entry) => entry.value === status)?.title ?? status;

export function planExemplarFromNomination(
  nomination: Pick<NominationRecord, '_id' | 'nominee' | 'status' | 'exemplar'> & { _rev?: string },
  fallbackUuid: string,
): ExemplarPlan | PlanRefusal {
  const id = publishedId(nomination._id);
  if (nomination.exemplar?._ref) {
    return { ok: false, error: `Đề cử ${id}, trường "exemplar": đã có hồ sơ gương điển hình ${nomination.exemplar._ref}.` };
  }
  if (!OPEN_STATUSES.has(nomination.status)) {
    return { ok: false, error: `Đề cử ${id}, trường "status": đề cử ở trạng thái "${statusTitle(nomination.status)}" nên không tạo hồ sơ được.` };
  }
  const name = nomination.nominee?.name?.trim();
  if (!name) return { ok: false, error: `Đề cử ${id}, trường "nominee.name": thiếu tên người được đề cử.` };

  const suffix = id.startsWith('nomination.') ? id.slice('nomination.'.length) : '';
  const uuid = ID_SEGMENT.test(suffix) ? suffix : fallbackUuid;
  const exemplarId = `exemplar.${uuid}`;
  const province = nomination.nominee.province;
  const draft = {
    _id: `${DRAFTS_PREFIX}${exemplarId}`,
    _type: 'exemplar',
    name,
    kind: nomination.nominee.kind === 'tap-the' ? 'tap-the' : 'ca-nhan',
    ...(province && PROVINCE_SLUG.test(province) ? { province: { _type: 'reference', _ref: `province.${province}` } } : {}),
    lifecycle: { stage: NEW_EXEMPLAR_STAGE, showPublicly: false },
    sourceNomination: id,
  };
  return {
    ok: true,
    exemplarId,
    publicMutations: [{ createIfNotExists: draft }],
    privateMutations: [
      {
        patch: {
          id,
          ...(nomination._id === id && nomination._rev ? { ifRevisionID: nomination._rev } : {}),
          set: { status: 'da-tao-ho-so', exemplar: { _type: 'reference', _ref: exemplarId, _weak: true } },
        },
      },
    ],
  };
}
