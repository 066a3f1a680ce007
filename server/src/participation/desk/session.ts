// Who is at the judging desk: signed session cookies, the editor's login link, judges' access keys
// and CSRF tokens. One HMAC key derived from the server secret (HKDF, its own label), the same
// token layout as the preview links: `v1.<base64url(JSON)>.<base64url(HMAC-SHA256)>`. An HMAC and
// not a JWT library: the server is the only issuer and the only reader.
import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/** A desk session lasts one working day. */
export const DESK_SESSION_TTL_MS = 8 * 60 * 60 * 1000;
/** An editor's login link works for 12 hours. */
export const EDITOR_LINK_TTL_MS = 12 * 60 * 60 * 1000;
export const SESSION_COOKIE = 'cham_thi';

export type DeskIdentity = { role: 'judge'; judgeId: string } | { role: 'editor' };

export type TokenCheck<T> = { ok: true; claims: T; expiresAt: Date } | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

const VERSION = 'v1';
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The desk's signing key, from the webhook secret: independent of the preview key (other HKDF label). */
export function deriveDeskSecret(serverSecret: string): string {
  return Buffer.from(hkdfSync('sha256', serverSecret, 'guong-sang', 'judging-desk', 32)).toString('base64url');
}

function mac(secret: string, purpose: string, signed: string): Buffer {
  return createHmac('sha256', secret).update(`${purpose}\n${signed}`).digest();
}

function sign(purpose: string, claims: Record<string, unknown>, expiresAt: Date, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ ...claims, e: expiresAt.getTime() })).toString('base64url');
  const signed = `${VERSION}.${payload}`;
  return `${signed}.${mac(secret, purpose, signed).toString('base64url')}`;
}

function verify(purpose: string, token: string, secret: string, now: Date): TokenCheck<Record<string, unknown>> {
  if (typeof token !== 'string' || token.length > 1024) return { ok: false, reason: 'malformed' };
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== VERSION || !BASE64URL.test(parts[1]!) || !BASE64URL.test(parts[2]!)) return { ok: false, reason: 'malformed' };
  const given = Buffer.from(parts[2]!, 'base64url');
  const expected = mac(secret, purpose, `${VERSION}.${parts[1]}`);
  // Nothing unsigned is interpreted: the signature is checked before the payload is parsed.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof claims !== 'object' || claims === null) return { ok: false, reason: 'malformed' };
  const e = (claims as { e?: unknown }).e;
  if (typeof e !== 'number' || !Number.isFinite(e)) return { ok: false, reason: 'malformed' };
  if (now.getTime() >= e) return { ok: false, reason: 'expired' };
  return { ok: true, claims: claims as Record<string, unknown>, expiresAt: new Date(e) };
}

export function signSession(identity: DeskIdentity, now: Date, secret: string): string {
  // A random nonce makes every session (and so its CSRF token) distinct, even for one judge.
  const n = randomBytes(12).toString('base64url');
  const claims = identity.role === 'judge' ? { r: 'judge', j: identity.judgeId, n } : { r: 'editor', n };
  return sign('session', claims, new Date(now.getTime() + DESK_SESSION_TTL_MS), secret);
}

export function verifySession(token: string, secret: string, now: Date): DeskIdentity | null {
  const check = verify('session', token, secret, now);
  if (!check.ok) return null;
  const { r, j } = check.claims;
  if (r === 'editor') return { role: 'editor' };
  if (r === 'judge' && typeof j === 'string' && /^judge\.[A-Za-z0-9_-]{1,100}$/.test(j)) return { role: 'judge', judgeId: j };
  return null;
}

export function signEditorLink(now: Date, secret: string): string {
  return sign('editor-link', { r: 'editor' }, new Date(now.getTime() + EDITOR_LINK_TTL_MS), secret);
}

export function verifyEditorLink(token: string, secret: string, now: Date): TokenCheck<Record<string, unknown>> {
  return verify('editor-link', token, secret, now);
}

/** The CSRF token of a session: bound to it, so a token from another session (or none) is refused. */
export function csrfToken(sessionToken: string, secret: string): string {
  return mac(secret, 'csrf', sessionToken).toString('base64url');
}

export function csrfMatches(given: string | undefined, sessionToken: string, secret: string): boolean {
  if (typeof given !== 'string' || !BASE64URL.test(given)) return false;
  const a = Buffer.from(given, 'base64url');
  const b = Buffer.from(csrfToken(sessionToken, secret), 'base64url');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A judge's access key: 32 random bytes, shown once; only its SHA-256 is stored. */
export function newAccessKey(): { key: string; hash: string } {
  const key = randomBytes(32).toString('base64url');
  return { key, hash: accessKeyHash(key) };
}

export function accessKeyHash(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function isAccessKeyShape(key: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(key);
}
