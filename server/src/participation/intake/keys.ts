/**
 * The intake's signing keys, each derived from the server secret with HKDF (as `derivePreviewSecret`
 * does), so one secret suffices and a leak of one derived key reveals neither the secret nor the others.
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

export interface IntakeKeys {
  ticket: Buffer;
  pending: Buffer;
  receipt: Buffer;
  contact: Buffer;
}

function derive(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'guong-sang', `participation-${purpose}`, 32));
}

export function deriveIntakeKeys(secret: string): IntakeKeys {
  return { ticket: derive(secret, 'ticket'), pending: derive(secret, 'pending'), receipt: derive(secret, 'receipt'), contact: derive(secret, 'contact') };
}

export function sign(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text).digest('base64url');
}

export function verifySignature(key: Buffer, text: string, signature: string): boolean {
  const expected = Buffer.from(sign(key, text));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
