// Preview grants: how the Studio asks for a preview without ever holding the signing secret (the
// pattern of @sanity/preview-url-secret). The "Xem trước" action, with the editor's own Sanity
// session, creates a private document `guong-sang-preview.<uuid>` (a dot-path id: readable only with
// a token) naming the story, and opens `/xem-truoc/cap-quyen/?grant=<uuid>`. The server reads it with
// its read token and, if Sanity created it less than 2 minutes ago, signs a 30-minute preview link.
// Whoever could create that document can already read the draft in the Studio.
import { readContentConfig } from '@guong-sang/site/src/lib/content/config.ts';
import { createSanitySource } from '@guong-sang/site/src/lib/content/sanity-source.ts';
import { publishedDocumentId } from './token.ts';

export const PREVIEW_GRANT_TYPE = 'guongSang.previewGrant';
export const PREVIEW_GRANT_ID_PREFIX = 'guong-sang-preview.';
/** A grant is good for this long after Sanity stored it. */
export const PREVIEW_GRANT_MAX_AGE_MS = 2 * 60 * 1000;
/** Clocks differ a little between Sanity and this server. */
const CLOCK_SKEW_MS = 30 * 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGrantKey(value: string): boolean {
  return UUID.test(value);
}

/** The grant document's id for a uuid. */
export function grantDocumentId(uuid: string): string {
  return `${PREVIEW_GRANT_ID_PREFIX}${uuid.toLowerCase()}`;
}

// `_createdAt` is set by Sanity, so the age check does not trust the browser's clock.
const GRANT_QUERY = `*[_id == $id && _type == "${PREVIEW_GRANT_TYPE}"][0]{ documentId, _createdAt }`;

export type GrantCheck = { ok: true; documentId: string } | { ok: false; reason: 'missing' | 'expired' | 'invalid' };

export interface GrantReaderOptions {
  contentEnv: Readonly<Record<string, string | undefined>>;
  apiHost?: string;
}

/** Reads and checks grant `uuid` (already checked by isGrantKey). Sanity mode only. */
export async function redeemGrant(uuid: string, now: Date, options: GrantReaderOptions): Promise<GrantCheck> {
  const config = readContentConfig(options.contentEnv, []);
  if (config.kind !== 'sanity' || config.token === undefined) return { ok: false, reason: 'missing' };
  // The published perspective already shows a dot-path document to a token holder (it is neither a
  // draft nor a version), and the read token is required: sanity-source never sends it to the CDN.
  const source = createSanitySource(config, options.apiHost ? { apiHost: options.apiHost } : {});
  const grant = (await source.fetch(GRANT_QUERY, { id: grantDocumentId(uuid) })) as { documentId?: unknown; _createdAt?: unknown } | null;
  if (!grant) return { ok: false, reason: 'missing' };
  const created = typeof grant._createdAt === 'string' ? Date.parse(grant._createdAt) : Number.NaN;
  const documentId = typeof grant.documentId === 'string' ? publishedDocumentId(grant.documentId) : undefined;
  if (!Number.isFinite(created) || documentId === undefined) return { ok: false, reason: 'invalid' };
  const age = now.getTime() - created;
  if (age > PREVIEW_GRANT_MAX_AGE_MS || age < -CLOCK_SKEW_MS) return { ok: false, reason: 'expired' };
  return { ok: true, documentId };
}
