/** `pnpm server webhook-test`: sends one correctly signed test webhook to the running server. */
import { randomUUID } from 'node:crypto';
import { SIGNATURE_HEADER_NAME, encodeSignatureHeader } from '@sanity/webhook';

export interface TestWebhook {
  body: string;
  headers: Record<string, string>;
}

/** The body has the shape of the projection the README documents: `{ _id, _type, operation }`. */
export async function signedTestWebhook(secret: string, documentId: string, now: Date = new Date()): Promise<TestWebhook> {
  const body = JSON.stringify({ _id: documentId, _type: 'webhookTest', operation: 'update' });
  const signature = await encodeSignatureHeader(body, now.getTime(), secret);
  return {
    body,
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature, 'idempotency-key': `webhook-test-${randomUUID()}` },
  };
}

export async function sendTestWebhook(baseUrl: string, secret: string, documentId: string): Promise<{ status: number; body: string }> {
  const hook = await signedTestWebhook(secret, documentId);
  const response = await fetch(new URL('/webhooks/sanity', baseUrl), { method: 'POST', headers: hook.headers, body: hook.body, signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: await response.text() };
}

// Re-exported so tests (outside this package) sign with the library itself, not a copy of its logic.
export { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
