import { fresh, requiredChoice, type AnyRule } from './rules.ts';

/**
 * An image object needs an actual image. Accepts an uploaded asset (`asset._ref`) and the
 * `_sanityAsset` form used by `sanity dataset import` files, so sample data validates before import.
 */
export function imageHasAsset(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const image = value as { asset?: { _ref?: unknown }; _sanityAsset?: unknown };
  return typeof image.asset?._ref === 'string' || typeof image._sanityAsset === 'string';
}

export function imageAssetValidator(value: unknown): true | { message: string; code: string } {
  if (value === undefined || value === null || imageHasAsset(value)) return true;
  return { message: 'Chưa chọn ảnh: hãy tải ảnh lên hoặc xóa khối ảnh này.', code: 'custom.image-missing-asset' };
}

/**
 * Field-level validation for a required `accessibleImage` field. A field's own `validation`
 * replaces the type's, so the asset check must be repeated here, not only on the type.
 */
export function requiredImageRules<R extends AnyRule<R>>(rule: R, label: string): R[] {
  return [rule, fresh(rule).custom(imageAssetValidator), requiredChoice(rule, label)];
}
