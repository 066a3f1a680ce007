/**
 * The server's routes: `POST /webhooks/sanity`, `GET /status`, `/xem-truoc/…` (preview handler, slice
 * C), `/tham-gia/…` (participation intake, participation/intake/handler.ts), `/cham-thi/…` (the judging desk,
 * which limits its own logins), JSON 404/405 otherwise. Unauthenticated paths are rate-limited per IP. No stack traces leave.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddress } from './client-address.ts';
import type { Logger } from './log.ts';
import type { RateLimiter } from './rate-limit.ts';
import { sendJson } from './respond.ts';
import type { ServerStatus } from './status.ts';
import type { WebhookHandler } from './webhook.ts';

/** Contract signature of the preview handler (`createPreviewHandler(options)` in preview/handler.ts). */
export type PreviewHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

export const WEBHOOK_PATH = '/webhooks/sanity';
export const STATUS_PATH = '/status';
export const PREVIEW_PREFIX = '/xem-truoc/';
export const INTAKE_PREFIX = '/tham-gia/';
export const DESK_PREFIX = '/cham-thi/';

export interface RouterOptions {
  webhook: WebhookHandler;
  status: () => Promise<ServerStatus>;
  preview?: PreviewHandler;
  /** The participation intake (`/tham-gia/…`). */
  intake?: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;
  /** The judging desk (`createDeskHandler` in participation/desk/handler.ts); same signature. */
  desk?: PreviewHandler;
  limiter: RateLimiter;
  now: () => Date;
  logger: Logger;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

export function createRequestHandler(options: RouterOptions): RequestHandler {
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (options.desk && (path.startsWith(DESK_PREFIX) || path === DESK_PREFIX.slice(0, -1))) {
      return options.desk(req, res, path === DESK_PREFIX.slice(0, -1) ? new URL(DESK_PREFIX, url) : url);
    }
    const known = path === WEBHOOK_PATH || path === STATUS_PATH || path.startsWith(PREVIEW_PREFIX) || path.startsWith(INTAKE_PREFIX);
    if (!known) {
      sendJson(res, 404, { error: `Không có đường dẫn ${path.slice(0, 100)} trên máy chủ này.` });
      return;
    }
    // Behind nginx every connection comes from loopback: the limit is per sender (X-Real-IP from nginx).
    if (!options.limiter.allow(clientAddress(req), options.now().getTime())) {
      sendJson(res, 429, { error: 'Quá nhiều yêu cầu từ địa chỉ này; hãy thử lại sau một phút.' }, { 'retry-after': '60' });
      return;
    }
    if (path === WEBHOOK_PATH) {
      if (req.method !== 'POST') return sendJson(res, 405, { error: `${WEBHOOK_PATH} chỉ nhận phương thức POST.` }, { allow: 'POST' });
      return options.webhook(req, res);
    }
    if (path === STATUS_PATH) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: `${STATUS_PATH} chỉ nhận phương thức GET.` }, { allow: 'GET, HEAD' });
      return sendJson(res, 200, await options.status());
    }
    if (path.startsWith(INTAKE_PREFIX)) {
      if (!options.intake) return sendJson(res, 404, { error: 'Chức năng tham gia chưa được bật trên máy chủ này.' });
      return options.intake(req, res, url);
    }
    if (!options.preview) {
      sendJson(res, 404, { error: 'Chức năng xem trước chưa được bật trên máy chủ này.' });
      return;
    }
    return options.preview(req, res, url);
  };
  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.logger.error(`Lỗi khi xử lý ${req.method ?? '?'} ${(req.url ?? '').split('?')[0]}: ${(error as Error)?.message ?? String(error)}`);
      sendJson(res, 500, { error: 'Máy chủ gặp lỗi khi xử lý yêu cầu.' });
    });
  };
}
