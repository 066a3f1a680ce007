// "Tạo hồ sơ gương điển hình": the draft exemplar started from a nomination. A draft
// (`drafts.exemplar.<uuid>`) so it never reaches the public site (the build reads the published
// perspective) until an editor completes and publishes it in the Studio.
import { randomUUID } from 'node:crypto';
import type { NominationRecord } from '../../../../schemas/participation/types.ts';
import { collectiveRoles, individualRoles } from '../../../../schemas/vocabularies/exemplarRoles.ts';
import { provinces } from '../../../../schemas/vocabularies/provinces.ts';
import type { StoredDocument } from '../store.ts';
import { normaliseName } from './blind.ts';

const SUMMARY_MAX = 300;

/** The exemplar role whose value or title matches what the nominator typed, if any. */
function matchRole(kind: 'ca-nhan' | 'tap-the', typed: string | undefined): string | undefined {
  if (!typed) return undefined;
  const wanted = normaliseName(typed);
  const roles = kind === 'tap-the' ? collectiveRoles : individualRoles;
  return roles.find((role) => role.value === wanted || normaliseName(role.title) === wanted)?.value;
}

export function exemplarDraftFrom(nomination: NominationRecord, uuid: string = randomUUID()): StoredDocument {
  const nominee = nomination.nominee;
  const kind = nominee.kind === 'tap-the' ? 'tap-the' : 'ca-nhan';
  const role = matchRole(kind, nominee.role);
  const province = provinces.find((p) => p.value === nominee.province);
  // The exemplar's unit is a reference to an organisation document; the typed unit name goes into the
  // summary for the editor to turn into that reference, when it fits the summary's 300 characters.
  const unit = nominee.unit?.trim();
  const summary = unit && unit.length + 8 <= SUMMARY_MAX ? `Đơn vị: ${unit}` : undefined;
  return {
    _id: `drafts.exemplar.${uuid}`,
    _type: 'exemplar',
    kind,
    name: nominee.name,
    ...(role ? { role } : {}),
    ...(province ? { province: { _type: 'reference', _ref: province.id } } : {}),
    ...(summary ? { summary } : {}),
    lifecycle: { _type: 'lifecycle', stage: 'nhan-to-moi', showPublicly: false },
    sourceNomination: nomination._id,
  };
}
