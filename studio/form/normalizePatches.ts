import { normalizePatchValue } from '@guong-sang/schemas';
import { PatchEvent, type FormPatch } from 'sanity';

/**
 * Pure patch transform behind the Studio's global input wrapper: every string that a `set`,
 * `setIfMissing` or `insert` patch writes is stored NFC with look-alike Đ/đ replaced (see
 * `normalizeText` in `@guong-sang/schemas`). Identifier keys (`_key`, `_type`, `_ref`, …) are left
 * alone. `unset`, `inc`, `dec` carry no text; `diffMatchPatch` patches (character edits inside
 * Portable Text spans) are passed through unchanged because rewriting their text would corrupt
 * their offsets; the NFC validation rule reports anything that slips through that way.
 *
 * Unchanged patches are returned as the same object, so the wrapper adds no work to normal typing.
 */
export function normalizeFormPatch(patch: FormPatch): FormPatch {
  switch (patch.type) {
    case 'set':
    case 'setIfMissing': {
      const value = normalizePatchValue(patch.value);
      return value === patch.value ? patch : { ...patch, value };
    }
    case 'insert': {
      const items = normalizePatchValue(patch.items);
      return items === patch.items ? patch : { ...patch, items };
    }
    default:
      return patch;
  }
}

export function normalizeFormPatches(patches: readonly FormPatch[]): FormPatch[] {
  return patches.map(normalizeFormPatch);
}

/** What an input's `onChange` receives. */
export type FormChange = FormPatch | FormPatch[] | PatchEvent;

/** Normalises an `onChange` argument, keeping its shape (patch, array of patches, or PatchEvent). */
export function normalizeFormChange(change: FormChange): FormChange {
  if (change instanceof PatchEvent) {
    const patches = normalizeFormPatches(change.patches);
    return patches.every((patch, index) => patch === change.patches[index]) ? change : new PatchEvent(patches);
  }
  if (Array.isArray(change)) return normalizeFormPatches(change);
  return normalizeFormPatch(change);
}
