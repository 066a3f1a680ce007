import type { CustomValidator } from '@sanity/types';

const dateTimeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** "20/11/2025" in Vietnam time; undefined for missing or unparseable values. */
export function formatDateVi(value: unknown): string | undefined {
  const time = toTime(value);
  return time === undefined ? undefined : dateFormat.format(time);
}

/** "08:30 20/11/2025" in Vietnam time. */
export function formatDateTimeVi(value: unknown): string | undefined {
  const time = toTime(value);
  return time === undefined ? undefined : dateTimeFormat.format(time);
}

/** Milliseconds for an ISO date or datetime string, undefined otherwise. */
export function toTime(value: unknown): number | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

/**
 * The field must come after a sibling field (`strict`) or on/after it. Missing values pass: whether a
 * date is required is a separate rule, and a half-filled form should not show two errors.
 */
export function afterSibling(
  sibling: string,
  messages: { label: string; siblingLabel: string },
  options: { strict: boolean },
): CustomValidator<unknown> {
  return (value, context) => {
    const parent = context.parent as Record<string, unknown> | undefined;
    const own = toTime(value);
    const other = toTime(parent?.[sibling]);
    if (own === undefined || other === undefined) return true;
    const ok = options.strict ? own > other : own >= other;
    if (ok) return true;
    const relation = options.strict ? 'phải sau' : 'phải bằng hoặc sau';
    return {
      message: `${messages.label} ${relation} ${messages.siblingLabel} (${formatDateTimeVi(parent?.[sibling])}).`,
      code: 'custom.date-order',
    };
  };
}
