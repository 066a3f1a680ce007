// The build's clock: one instant for the whole build, so every page computes contest statuses,
// "upcoming" labels and which scheduled stories are due against the same moment. `BUILD_TIME`
// sets it (the site server passes its own clock, so a test can move time without sleeping);
// otherwise it is the moment the build first asks.
import { ContentConfigError } from '../content/errors.ts';
import { buildState } from './state.ts';

// An instant with a date, a time and an explicit offset (Z or ±hh:mm): a bare date or a local time
// would be read in the machine's zone, which is not necessarily Vietnam's.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Parses `BUILD_TIME`; unset or empty → undefined. Throws `ContentConfigError` naming the variable. */
export function parseBuildTime(value: string | undefined): Date | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  const time = INSTANT.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new ContentConfigError(
      'BUILD_TIME',
      `BUILD_TIME không hợp lệ (${JSON.stringify(text.slice(0, 40))}): cần một thời điểm ISO 8601 có múi giờ, ví dụ 2026-12-02T08:00:00+07:00.`,
    );
  }
  return new Date(time);
}

export function buildTime(): Date {
  return (buildState.clock ??= parseBuildTime(process.env.BUILD_TIME) ?? new Date());
}
