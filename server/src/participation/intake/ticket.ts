/**
 * The form ticket behind the minimum fill time: GET /tham-gia/phieu hands the page a signed issue
 * time; a submission must carry a ticket at least 5 s old (a person reads and types; a bot posts at
 * once) and at most 24 h old. No ticket at all means no JavaScript: the intake then asks for one
 * confirmation click instead of refusing (see pending.ts).
 */
import { randomBytes } from 'node:crypto';
import { sign, verifySignature } from './keys.ts';

export const TICKET_MIN_AGE_MS = 5_000;
export const TICKET_MAX_AGE_MS = 24 * 3600_000;

export function issueTicket(key: Buffer, now: Date): string {
  const body = `${now.getTime().toString(36)}.${randomBytes(9).toString('base64url')}`;
  return `${body}.${sign(key, body)}`;
}

export type TicketCheck = 'ok' | 'too-fast' | 'expired' | 'invalid';

export function checkTicket(key: Buffer, ticket: string, now: Date): TicketCheck {
  const parts = ticket.split('.');
  if (parts.length !== 3 || ticket.length > 200) return 'invalid';
  const [issued, nonce, signature] = parts as [string, string, string];
  if (!verifySignature(key, `${issued}.${nonce}`, signature)) return 'invalid';
  const age = now.getTime() - Number.parseInt(issued, 36);
  if (!Number.isFinite(age) || age < TICKET_MIN_AGE_MS) return 'too-fast';
  if (age > TICKET_MAX_AGE_MS) return 'expired';
  return 'ok';
}
