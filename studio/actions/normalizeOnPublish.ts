import { normalizePatchValue } from '@guong-sang/schemas';
import { useDocumentOperation, type DocumentActionComponent } from 'sanity';

/**
 * The `set` patch that makes every top-level field of a draft NFC with look-alike Đ/đ replaced,
 * or null when the draft is already clean. System fields (`_id`, `_type`, `_rev`, …) are skipped.
 */
export function normalizationPatch(draft: Record<string, unknown>): Record<string, unknown> | null {
  const set: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(draft)) {
    if (field.startsWith('_')) continue;
    const normalized = normalizePatchValue(value);
    if (normalized !== value) set[field] = normalized;
  }
  return Object.keys(set).length > 0 ? set : null;
}

/**
 * Wraps the built-in publish action so that what gets published is always normalised text. The
 * input wrapper normalises what editors type, but character-level edits inside Portable Text travel
 * as diff patches it cannot rewrite; this closes that gap at the one moment that matters.
 * (Sanity's documented pattern: patch the draft, then run the original publish.)
 */
export function withNormalizeOnPublish(publish: DocumentActionComponent): DocumentActionComponent {
  const NormalizeThenPublish: DocumentActionComponent = (props) => {
    const original = publish(props);
    const { patch } = useDocumentOperation(props.id, props.type);
    if (!original) return original;
    return {
      ...original,
      onHandle: () => {
        const set = props.draft ? normalizationPatch(props.draft) : null;
        if (set) patch.execute([{ set }]);
        original.onHandle?.();
      },
    };
  };
  NormalizeThenPublish.action = publish.action;
  NormalizeThenPublish.displayName = 'NormalizeThenPublish';
  return NormalizeThenPublish;
}
