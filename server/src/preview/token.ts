// Signed, expiring preview tokens: who may see which draft, for how long. The token is
// `v1.<base64url(payload)>.<base64url(HMAC-SHA256(secret, "v1." + payload))>`, payload = JSON
// `{ d: documentId, e: expiry in epoch ms }`. An HMAC (not a JWT library) because the server is both
// the only issuer and the only reader: one key, one algorithm, nothing to negotiate.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a preview link works: 30 minutes. */
export const PREVIEW_TOKEN_TTL_MS = 30 * 60 * 1000;

const VERSION = 'v1';
/** Sanity document ids: letters, digits, `_`, `-` and `.` path separators, at most 128 characters. */
const SANITY_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

export interface PreviewClaims {
  documentId: string;
  expiresAt: Date;
}

export type PreviewTokenCheck =
  | { ok: true; documentId: string; expiresAt: Date }
  | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

/**
 * The published id of `id` (`drafts.x` → `x`), or undefined when `id` is not a document id a story
 * can have: outside Sanity's charset, a release version, or a path with empty segments.
 */
export function publishedDocumentId(id: string): string | undefined {
  const bare = id.startsWith('drafts.') ? id.slice('drafts.'.length) : id;
  if (!SANITY_ID.test(bare) || bare.startsWith('drafts.') || bare.startsWith('versions.')) return undefined;
  if (bare.split('.').some((segment) => segment === '')) return undefined;
  return bare;
}

function mac(secret: string, signed: string): Buffer {
  return createHmac('sha256', secret).update(signed).digest();
}

export function signPreviewToken(claims: PreviewClaims, secret: string): string {
  const documentId = publishedDocumentId(claims.documentId);
  if (documentId === undefined) throw new TypeError(`Mã tài liệu ${JSON.stringify(claims.documentId)} không hợp lệ để xem trước.`);
  const expiresAt = claims.expiresAt.getTime();
  if (!Number.isFinite(expiresAt)) throw new TypeError('Thời hạn của mã xem trước (expiresAt) không hợp lệ.');
  if (secret === '') throw new TypeError('Khoá ký xem trước (PREVIEW_SECRET) đang trống.');
  const payload = Buffer.from(JSON.stringify({ d: documentId, e: expiresAt })).toString('base64url');
  const signed = `${VERSION}.${payload}`;
  return `${signed}.${mac(secret, signed).toString('base64url')}`;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function verifyPreviewToken(token: string, secret: string, now: Date): PreviewTokenCheck {
  // Bounded before any work: a token is ~120 characters.
  if (typeof token !== 'string' || token.length > 512) return { ok: false, reason: 'malformed' };
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== VERSION || !BASE64URL.test(parts[1]!) || !BASE64URL.test(parts[2]!)) {
    return { ok: false, reason: 'malformed' };
  }
  const [, payload, signature] = parts as [string, string, string];
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(secret, `${VERSION}.${payload}`);
  // The signature is checked before the payload is even parsed: nothing unsigned is interpreted.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const { d, e } = (claims ?? {}) as { d?: unknown; e?: unknown };
  const documentId = typeof d === 'string' ? publishedDocumentId(d) : undefined;
  if (documentId === undefined || documentId !== d || typeof e !== 'number' || !Number.isFinite(e)) return { ok: false, reason: 'malformed' };
  if (now.getTime() >= e) return { ok: false, reason: 'expired' };
  return { ok: true, documentId, expiresAt: new Date(e) };
}

