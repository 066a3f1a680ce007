import type { NumberRule, Rule, RuleDef } from '@sanity/types';

/** Any typed rule (`StringRule`, `ArrayRule`…): they are all `Rule` instances at runtime. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule<R> = RuleDef<R, any>;

/**
 * A copy of `rule` without the constraints Sanity derived from the field type (`options.list`
 * values, the default http/https `uri()`, slug uniqueness, reference existence).
 *
 * Why: Sanity hands every validation function a base rule that already carries those constraints,
 * and a rule's `.error(message)` overrides the message of *every* constraint in it. Chaining our own
 * checks onto the base rule would (a) report each derived failure once per rule and (b) relabel,
 * say, "slug already in use" as "Cần nhập đường dẫn". So field validation is always written as
 * `[rule, fresh(rule).required().error(…), fresh(rule).custom(…)]`: the base rule once, with its
 * built-in (localised) messages, then one fresh rule per check with its own Vietnamese message.
 */
export function fresh<R extends AnyRule<R>>(rule: R): R {
  return (rule as unknown as Rule).clone().reset() as unknown as R;
}

/** Required value with a Vietnamese message naming the field. */
export function required<R extends AnyRule<R>>(rule: R, label: string): R {
  return fresh(rule).required().error(`Cần nhập ${label}.`);
}

/** Required choice (lists, references). */
export function requiredChoice<R extends AnyRule<R>>(rule: R, label: string): R {
  return fresh(rule).required().error(`Cần chọn ${label}.`);
}

/** Arrays that need at least `min` items (honour recipients, story credits, gallery images). */
export function minItems<R extends AnyRule<R> & { min(length: number): R }>(rule: R, min: number, message: string): R {
  return fresh(rule).required().min(min).error(message);
}

/** Whole numbers in a range, e.g. years. */
export function integerBetween(rule: NumberRule, min: number, max: number, label: string): NumberRule {
  return fresh(rule).integer().min(min).max(max).error(`${label} phải là số nguyên từ ${min} đến ${max}.`);
}
