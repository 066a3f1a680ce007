// Everything under /xem-truoc/ (server/src/http.ts hands it over):
//   GET /xem-truoc/<documentId>/?token=…              the draft story, rendered with the site's template
//   GET /xem-truoc/anh/<key>/                         one image of a rendered preview (local dataset); the
//                                                     key is a random capability from that render
//   GET /xem-truoc/cap-quyen/?grant=<uuid>            the Studio's grant → 303 to a signed link
// Every answer: no-store, noindex, no referrer (the token is in the URL). A bad, forged or expired
// token gets one Vietnamese 401 page that does not say which; nothing is rendered before the check.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startPreviewRenderer, findDevUrl, PREVIEW_IMAGE_PREFIX, type PreviewRenderer } from '@guong-sang/site/src/lib/preview/renderer.ts';
import { isGrantKey, redeemGrant } from './grant.ts';
import { messagePage, withPreviewBanner } from './pages.ts';
import { PREVIEW_TOKEN_TTL_MS, publishedDocumentId, signPreviewToken, verifyPreviewToken } from './token.ts';

export const PREVIEW_PREFIX = '/xem-truoc/';
const IMAGE_PATH = '/xem-truoc/anh/';
const IMAGE_MARKER = new RegExp(`${PREVIEW_IMAGE_PREFIX}([0-9a-f]{32})`, 'g');
const GRANT_PATH = '/xem-truoc/cap-quyen/';

export interface PreviewHandlerOptions {
  /** HMAC key (the server config's `previewSecret`: PREVIEW_SECRET, or derived from SANITY_WEBHOOK_SECRET). */
  secret: string;
  /** Content variables for the renderer (CONTENT_DATASET or SANITY_*, SITE_URL). */
  contentEnv: Readonly<Record<string, string | undefined>>;
  /** Origin of Sanity's API instead of https://<projectId>.api.sanity.io (SANITY_API_HOST). */
  apiHost?: string;
  clock?: () => Date;
  /** One Vietnamese line per problem; never receives a token. Default: console.error. */
  log?: (message: string) => void;
  /** `now` (default): start and warm up the renderer at once; `on-demand`: at the first preview. */
  startRenderer?: 'now' | 'on-demand';
  /** Grant look-ups (unauthenticated requests that cost a Sanity query) allowed per minute. Default 30. */
  grantsPerMinute?: number;
  /**
   * Stop the renderer after this long without a preview (default 15 minutes): its Vite server and
   * the cached content are the server's largest memory and would otherwise sit beside every build.
   */
  idleMs?: number;
}

export interface PreviewHandler {
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
  /** Resolves when the renderer is warm (Vite and the site's integrations loaded); starts it if needed. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/** A signed preview URL for `documentId`, valid for PREVIEW_TOKEN_TTL_MS from `now`. */
export function previewLink(documentId: string, options: { siteUrl: string; secret: string; now: Date }): string {
  const id = publishedDocumentId(documentId);
  if (id === undefined) throw new TypeError(`Mã tài liệu ${JSON.stringify(documentId)} không hợp lệ để xem trước.`);
  const token = signPreviewToken({ documentId: id, expiresAt: new Date(options.now.getTime() + PREVIEW_TOKEN_TTL_MS) }, options.secret);
  return new URL(`${PREVIEW_PREFIX}${encodeURIComponent(id)}/?token=${token}`, options.siteUrl).href;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/html; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex, nofollow',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(body);
}

const REFUSED = messagePage('Không mở được bản xem trước', 'Đường dẫn xem trước không hợp lệ hoặc đã hết hạn sau 30 phút; hãy bấm "Xem trước" trong Studio để lấy đường dẫn mới.');

export function createPreviewHandler(options: PreviewHandlerOptions): PreviewHandler {
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.error(message));
  let started: PreviewRenderer | undefined;
  const renderer = (): PreviewRenderer => {
    if (started) return started;
    started = startPreviewRenderer({ env: options.contentEnv, ...(options.apiHost ? { apiHost: options.apiHost } : {}) });
    started.ready.catch((error: unknown) => log(`[xem trước] ${error instanceof Error ? error.message : String(error)}`));
    return started;
  };
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const stillInUse = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      const idle = started;
      started = undefined;
      void idle?.close();
    }, options.idleMs ?? 15 * 60_000);
    idleTimer.unref?.();
  };
  // Warmed up at once unless asked otherwise: the first preview then takes as long as any other.
  if (options.startRenderer !== 'on-demand') {
    renderer();
    stillInUse();
  }
  const grantLimit = options.grantsPerMinute ?? 30;
  let grantWindow = { start: 0, count: 0 };

  const refuse = (res: ServerResponse) => send(res, 401, REFUSED);

  async function story(res: ServerResponse, documentId: string) {
    stillInUse();
    const result = await renderer().render(documentId, clock());
    if (result.kind === 'missing') {
      return send(res, 404, messagePage('Không tìm thấy bài', `Không có bài viết hay bản nháp nào mang mã ${documentId}; có thể bài đã bị xoá.`));
    }
    if (result.kind === 'not-a-story') {
      return send(res, 400, messagePage('Không xem trước được', `Tài liệu ${documentId} thuộc loại "${result.type}", chỉ bài viết (story) mới xem trước được.`));
    }
    if (result.kind === 'unrenderable') {
      return send(res, 400, messagePage('Bài chưa thể xem trước', `Bài ${documentId} chưa hiển thị được: ${result.reason}`));
    }
    const html = withPreviewBanner(result.html).replace(IMAGE_MARKER, `${IMAGE_PATH}$1/`);
    const leaked = findDevUrl(html);
    if (leaked !== undefined) {
      log(`[xem trước] Trang xem trước của ${documentId} còn chứa địa chỉ nội bộ "${leaked}" nên không được gửi đi.`);
      return send(res, 500, messagePage('Lỗi xem trước', `Không dựng được bản xem trước của ${documentId}; hãy báo cho quản trị kỹ thuật.`));
    }
    return send(res, 200, html);
  }

  async function grant(res: ServerResponse, url: URL) {
    const key = url.searchParams.get('grant') ?? '';
    if (!isGrantKey(key)) return refuse(res);
    const now = clock();
    if (now.getTime() - grantWindow.start >= 60_000) grantWindow = { start: now.getTime(), count: 0 };
    if (++grantWindow.count > grantLimit) {
      return send(res, 429, messagePage('Quá nhiều yêu cầu', 'Máy chủ đang nhận quá nhiều yêu cầu xem trước; hãy thử lại sau một phút.'), undefined, { 'Retry-After': '60' });
    }
    const check = await redeemGrant(key, now, { contentEnv: options.contentEnv, ...(options.apiHost ? { apiHost: options.apiHost } : {}) });
    if (!check.ok) return refuse(res);
    const token = signPreviewToken({ documentId: check.documentId, expiresAt: new Date(now.getTime() + PREVIEW_TOKEN_TTL_MS) }, options.secret);
    res.writeHead(303, {
      Location: `${PREVIEW_PREFIX}${encodeURIComponent(check.documentId)}/?token=${token}`,
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex, nofollow',
      'Referrer-Policy': 'no-referrer',
      'Content-Length': '0',
    });
    res.end();
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, messagePage('Không hỗ trợ', `Trang xem trước chỉ nhận yêu cầu GET, không nhận ${req.method ?? ''}.`), undefined, { Allow: 'GET, HEAD' });
    }
    if (url.pathname === GRANT_PATH) return grant(res, url);
    const image = /^\/xem-truoc\/anh\/([0-9a-f]{32})\/$/.exec(url.pathname);
    if (image) return previewImage(res, image[1]!);
    const match = /^\/xem-truoc\/([^/]+)\/$/.exec(url.pathname);
    if (!match) return send(res, 404, messagePage('Không tìm thấy', 'Địa chỉ xem trước này không tồn tại.'));
    const token = url.searchParams.get('token') ?? '';
    const check = verifyPreviewToken(token, options.secret, clock());
    let pathId: string;
    try {
      pathId = decodeURIComponent(match[1]!);
    } catch {
      return refuse(res);
    }
    // The token names one document: it opens that document's preview (and images), nothing else.
    if (!check.ok || publishedDocumentId(pathId) !== check.documentId) return refuse(res);
    return story(res, check.documentId);
  }

  async function previewImage(res: ServerResponse, key: string) {
    const image = await renderer().image(key);
    if (!image) return send(res, 404, messagePage('Không tìm thấy ảnh', 'Ảnh này không còn trong bản xem trước; hãy mở lại đường dẫn xem trước.'));
    return send(res, 200, image.body, image.contentType);
  }

  return {
    get ready() {
      return renderer().ready;
    },
    async handle(req, res, url) {
      try {
        await route(req, res, url);
      } catch (error) {
        // One Vietnamese line, no stack, no token (messages come from our code and the content seam).
        log(`[xem trước] Lỗi khi phục vụ ${url.pathname}: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) send(res, 500, messagePage('Lỗi xem trước', 'Không dựng được bản xem trước lúc này; hãy thử lại sau ít phút.'));
        else res.destroy();
      }
    },
    close: async () => {
      clearTimeout(idleTimer);
      await started?.close();
    },
  };
}
