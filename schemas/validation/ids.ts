/** Draft/published id helpers (no dependency on `sanity` so Node code stays light). */

export const DRAFTS_PREFIX = 'drafts.';

export function isDraftId(id: string): boolean {
  return id.startsWith(DRAFTS_PREFIX);
}

/** Versions (releases) are stored as `versions.<release>.<id>`. */
export function isVersionId(id: string): boolean {
  return id.startsWith('versions.');
}

export function getPublishedId(id: string): string {
  if (isDraftId(id)) return id.slice(DRAFTS_PREFIX.length);
  if (isVersionId(id)) return id.split('.').slice(2).join('.');
  return id;
}

export function getDraftId(id: string): string {
  return `${DRAFTS_PREFIX}${getPublishedId(id)}`;
}
