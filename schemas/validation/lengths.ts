import { fresh, type AnyRule } from './rules.ts';

/** Length in user-perceived characters; NFC Vietnamese is one code unit per letter, emoji are not. */
export function textLength(value: string): number {
  return [...value].length;
}

/**
 * Hard limit (error) with a message that tells the editor how far over they are; Sanity's built-in
 * `max()` message cannot show the current length.
 */
export function maxLength<R extends AnyRule<R>>(rule: R, max: number, label: string): R {
  return fresh(rule).custom((value: unknown) => {
    if (typeof value !== 'string') return true;
    const length = textLength(value);
    return length <= max
      ? true
      : { message: `${label} tối đa ${max} ký tự (hiện có ${length}).`, code: 'custom.max-length', details: { max, length } };
  });
}

/** Soft limit (warning): e.g. search engines cut titles after ~60 and descriptions after ~160. */
export function recommendedLength<R extends AnyRule<R>>(rule: R, range: { min?: number; max?: number }, label: string, why: string): R {
  return fresh(rule)
    .custom((value: unknown) => {
      if (typeof value !== 'string' || value === '') return true;
      const length = textLength(value);
      if (range.max !== undefined && length > range.max) {
        return { message: `${label} nên ngắn hơn ${range.max} ký tự (hiện có ${length}): ${why}`, code: 'custom.recommended-length' };
      }
      if (range.min !== undefined && length < range.min) {
        return { message: `${label} nên dài ít nhất ${range.min} ký tự (hiện có ${length}): ${why}`, code: 'custom.recommended-length' };
      }
      return true;
    })
    .warning();
}
