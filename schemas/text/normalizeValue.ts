import { normalizeText } from './normalize.ts';

/**
 * Deep-normalises every string inside a value (strings, arrays, plain objects), e.g. a patch value
 * produced by a Studio input. Keys starting with `_` (`_type`, `_key`, `_ref`, …) are identifiers, not
 * text, and are left untouched. Returns the same reference when nothing changed, so callers can skip
 * emitting a patch.
 */
export function normalizePatchValue<T>(value: T): T {
  return normalizeDeep(value) as T;
}

function normalizeDeep(value: unknown): unknown {
  if (typeof value === 'string') return normalizeText(value);
  if (Array.isArray(value)) {
    let changed = false;
    const next = value.map((item) => {
      const normalised = normalizeDeep(item);
      if (normalised !== item) changed = true;
      return normalised;
    });
    return changed ? next : value;
  }
  if (isPlainObject(value)) {
    let changed = false;
    const next: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const normalised = key.startsWith('_') ? item : normalizeDeep(item);
      if (normalised !== item) changed = true;
      next[key] = normalised;
    }
    return changed ? next : value;
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
