/**
 * The one "is this a JSON object?" guard of the workspace: a non-null object that is not an array.
 * Used wherever Sanity documents, Portable Text or query answers are walked as plain data.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
