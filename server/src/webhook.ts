/**
 * `POST /webhooks/sanity`: verifies Sanity's signed webhook and requests a build.
 *
 * Order of checks, cheapest first, nothing changes until all pass: size (413, Content-Length first,
 * then a hard limit while streaming), signature header present and well-formed (401), timestamp within
 * ±5 minutes of our clock (401: a captured request cannot be replayed later), HMAC via @sanity/webhook
 * (401), then the replay memory (same signature or idempotency key within the window → acknowledged,
 * no second build). A valid request answers 202 at once; the build runs in the background.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SIGNATURE_HEADER_NAME, decodeSignatureHeader, isValidSignature } from '@sanity/webhook';
import { z } from 'zod';
import { readBodyLimited } from './body.ts';
import { sendJson } from './respond.ts';
import { createReplayGuard } from './replay-guard.ts';

export const WEBHOOK_BODY_LIMIT = 1024 * 1024;
export const WEBHOOK_WINDOW_MS = 5 * 60 * 1000;

export interface WebhookOptions {
  secret: string;
  now: () => Date;
  /** Called once per accepted delivery with a short reason, e.g. "webhook: story abc (update)". */
  onAccepted: (reason: string) => void;
  bodyLimit?: number;
  windowMs?: number;
}

export type WebhookHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

// The projection the README documents: { _id, _type, operation }. Anything else is ignored; the body
// only names the reason, it never decides what is built (the build reads the content itself).
const Payload = z
  .object({
    _id: z.string().max(200).regex(/^[A-Za-z0-9._-]+$/).optional(),
    _type: z.string().max(100).regex(/^[A-Za-z0-9._-]+$/).optional(),
    operation: z.enum(['create', 'update', 'delete']).optional(),
  })
  .loose();

function reasonOf(body: string): string {
  try {
    const parsed = Payload.safeParse(JSON.parse(body));
    if (parsed.success && parsed.data._id) {
      const { _id, _type, operation } = parsed.data;
      return `webhook: ${_type ?? 'tài liệu'} ${_id}${operation ? ` (${operation})` : ''}`;
    }
  } catch {
    // Signed but not JSON: still a valid request from Sanity's side; build anyway.
  }
  return 'webhook';
}

export function createWebhookHandler(options: WebhookOptions): WebhookHandler {
  const limit = options.bodyLimit ?? WEBHOOK_BODY_LIMIT;
  const windowMs = options.windowMs ?? WEBHOOK_WINDOW_MS;
  const replays = createReplayGuard(windowMs);

  return async (req, res) => {
    const result = await readBodyLimited(req, limit);
    if (!result.ok) {
      if (result.reason === 'too-large') {
        // Close the connection instead of reading the rest of an oversized body.
        res.setHeader('connection', 'close');
        res.on('finish', () => req.destroy());
        sendJson(res, 413, { error: `Nội dung webhook vượt quá giới hạn ${limit} byte.` });
      }
      return;
    }

    const header = req.headers[SIGNATURE_HEADER_NAME];
    if (typeof header !== 'string' || header === '') {
      sendJson(res, 401, { error: `Thiếu tiêu đề chữ ký ${SIGNATURE_HEADER_NAME}.` });
      return;
    }
    let timestamp: number;
    try {
      timestamp = decodeSignatureHeader(header).timestamp;
    } catch {
      sendJson(res, 401, { error: `Tiêu đề ${SIGNATURE_HEADER_NAME} không đúng dạng t=<thời điểm>,v1=<chữ ký>.` });
      return;
    }
    const nowMs = options.now().getTime();
    if (Math.abs(nowMs - timestamp) > windowMs) {
      sendJson(res, 401, { error: 'Thời điểm ký của webhook lệch quá 5 phút so với đồng hồ máy chủ.' });
      return;
    }
    const body = result.body.toString('utf8');
    let valid: boolean;
    try {
      valid = body !== '' && (await isValidSignature(body, header, options.secret));
    } catch {
      valid = false;
    }
    if (!valid) {
      sendJson(res, 401, { error: 'Chữ ký webhook không khớp với SANITY_WEBHOOK_SECRET.' });
      return;
    }

    const idempotencyKey = req.headers['idempotency-key'];
    const keys = [`sig:${header}`];
    if (typeof idempotencyKey === 'string' && idempotencyKey !== '') keys.push(`key:${idempotencyKey.slice(0, 200)}`);
    if (replays.seen(keys, nowMs)) {
      sendJson(res, 200, { status: 'duplicate', message: 'Webhook này đã được nhận trước đó; không dựng lại.' });
      return;
    }

    const reason = reasonOf(body);
    sendJson(res, 202, { status: 'accepted', message: 'Đã nhận webhook; bản dựng mới đã được xếp hàng.' });
    options.onAccepted(reason);
  };
}
