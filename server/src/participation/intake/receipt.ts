/**
 * Receipt codes `GS-XXXX-XXXX-XXXX`: 12 Crockford base32 characters = 60 bits. The code is an HMAC of
 * the submission's idempotency key under a server key, so a repeated submit (same key) gets the same
 * code back although only the code's SHA-256 is stored; without the server secret the code cannot be
 * derived from anything the entrant or a reader of the store has (the idempotency key is random and
 * sent only with the form).
 */
import { createHash, createHmac } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE = /^GS-([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})$/;

export function receiptCodeFor(key: Buffer, kind: string, idempotencyKey: string): string {
  const digest = createHmac('sha256', key).update(`${kind}\0${idempotencyKey}`).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte);
  let chars = '';
  for (let i = 0; i < 12; i++) chars += CROCKFORD[Number((bits >> BigInt(59 - i * 5)) & 31n)];
  return `GS-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** What a person typed → the canonical code (Crockford: case-insensitive, O→0, I/L→1), or null. */
export function normalizeReceiptCode(input: string): string | null {
  const compact = input
    .trim()
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (!/^GS[0-9A-Z]{12}$/.test(compact)) return null;
  const code = `GS-${compact.slice(2, 6)}-${compact.slice(6, 10)}-${compact.slice(10, 14)}`;
  return CODE.test(code) ? code : null;
}

export function receiptHash(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

/**
 * Deterministic document id from the receipt code (itself derived from the idempotency key): a double
 * submit addresses the same document, and the holder of a code finds their submission with one `get`
 * by id — no scan over 90,000 entries, and a wrong code costs the same two look-ups as a right one.
 */
export function documentIdFor(key: Buffer, type: 'contestEntry' | 'nomination', code: string): string {
  const hex = createHmac('sha256', key).update(`id\0${type}\0${code}`).digest('hex');
  return `${type}.${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
