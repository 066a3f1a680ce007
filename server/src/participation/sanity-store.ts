/**
 * The participation store on a PRIVATE Sanity dataset (issue 11), written with a server-side token.
 *
 * Why a separate, private dataset: in a public dataset every document on the root path (an id
 * without a dot) is readable by anyone through the query API, and every document is readable by any
 * token with read access — including the site's build token. Personal data (contacts, consents,
 * birth years) therefore never goes into the public dataset; only `publicEntryRecord` output does.
 *
 * Sanity's own HTTP client does the requests; this module adds what the contract needs on top:
 * `createIfNotExists` that tells whether it created, optimistic locking as `StoreConflictError`,
 * bounded retries with backoff on 429 and 5xx for every request (the client retries only reads), and
 * errors in Vietnamese that name the document and never carry the token.
 *
 * Uploaded files are Sanity file assets. Sanity serves dataset assets publicly by URL even in a
 * private dataset (the URL holds a hash of the bytes, so it cannot be guessed, but anyone who has it
 * can download the file): asset URLs therefore never leave the server — the judging desk and the
 * Studio stream files through authenticated requests and never print an asset URL on a public page.
 */
import { createClient, type SanityClient } from '@sanity/client';
import {
  StoreConflictError,
  type ParticipationStore,
  type PatchOperation,
  type StoredDocument,
  type UploadedAsset,
} from './store.ts';

export interface SanityStoreOptions {
  projectId: string;
  /** The private dataset, e.g. `tham-gia` (`SANITY_PARTICIPATION_DATASET`). */
  dataset: string;
  /** Editor token, server only (`SANITY_WRITE_TOKEN`). */
  token: string;
  /** Another origin for every address (a proxy or the loopback stand-in), as `SANITY_API_HOST`. */
  apiHost?: string;
  apiVersion?: string;
  /** Retries after a 429 or 5xx answer or a network error (default 4: five attempts in all). */
  retries?: number;
  /** First backoff delay in ms, doubled per retry (default 250), plus jitter; capped at 8 s. */
  retryBaseMs?: number;
}

export const SANITY_STORE_API_VERSION = '2025-02-19';
const SANITY_ASSET_CDN = 'https://cdn.sanity.io';
const MAX_BACKOFF_MS = 8000;

/** A store request that failed for good. The message is Vietnamese, names the document and has no token. */
export class SanityStoreError extends Error {
  readonly status: number | undefined;
  constructor(message: string, status: number | undefined) {
    super(message);
    this.name = 'SanityStoreError';
    this.status = status;
  }
}

interface HttpFailure {
  status: number | undefined;
  description: string;
  retryAfterMs: number | undefined;
}

/** What a failed request says, without its request options (which hold the Authorization header). */
function describeFailure(error: unknown): HttpFailure {
  const record = (error ?? {}) as {
    statusCode?: unknown;
    details?: { description?: unknown };
    responseBody?: unknown;
    response?: { headers?: Record<string, unknown> };
    message?: unknown;
    code?: unknown;
  };
  const status = typeof record.statusCode === 'number' ? record.statusCode : undefined;
  const detail = typeof record.details?.description === 'string' ? record.details.description : undefined;
  const message = typeof record.message === 'string' ? record.message : String(error);
  const retryAfter = record.response?.headers?.['retry-after'];
  const seconds = typeof retryAfter === 'string' ? Number(retryAfter) : NaN;
  return {
    status,
    description: (detail ?? message).slice(0, 300),
    retryAfterMs: Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined,
  };
}

function isRetryable(failure: HttpFailure): boolean {
  // No status: the request never got an answer (connection refused or reset, timeout).
  return failure.status === undefined || failure.status === 429 || failure.status >= 500;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createSanityStore(options: SanityStoreOptions): ParticipationStore {
  if (typeof window !== 'undefined') throw new Error('sanity-store chỉ chạy phía máy chủ: mã ghi không bao giờ vào trình duyệt.');
  const { projectId, dataset, token } = options;
  if (!token) throw new SanityStoreError(`Thiếu SANITY_WRITE_TOKEN: không ghi được vào dataset riêng tư ${dataset}.`, undefined);
  const retries = Math.max(0, Math.min(options.retries ?? 4, 10));
  const retryBaseMs = Math.max(0, options.retryBaseMs ?? 250);
  const client: SanityClient = createClient({
    projectId,
    dataset,
    token,
    apiVersion: options.apiVersion ?? SANITY_STORE_API_VERSION,
    useCdn: false,
    perspective: 'raw',
    // Our own bounded retry below covers mutations and uploads too; the client's would retry reads only.
    maxRetries: 0,
    ignoreBrowserTokenWarning: true,
    ...(options.apiHost === undefined ? {} : { apiHost: options.apiHost, useProjectHostname: false }),
  });
  // The token is sent only to Sanity's own hosts (or the configured one), never to a URL a document names.
  const trustedOrigins = new Set([SANITY_ASSET_CDN, ...(options.apiHost ? [new URL(options.apiHost).origin] : [])]);

  const scrub = (text: string) => (token.length >= 8 ? text.split(token).join('[đã ẩn]') : text);

  async function withRetry<T>(what: string, run: () => Promise<T>, onFailure?: (failure: HttpFailure) => T | undefined): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await run();
      } catch (error) {
        if (error instanceof StoreConflictError || error instanceof SanityStoreError) throw error;
        const failure = describeFailure(error);
        const handled = onFailure?.(failure);
        if (handled !== undefined) return handled;
        if (isRetryable(failure) && attempt < retries) {
          const backoff = Math.min(retryBaseMs * 2 ** attempt, MAX_BACKOFF_MS);
          await sleep(Math.min(failure.retryAfterMs ?? backoff + Math.random() * retryBaseMs, MAX_BACKOFF_MS));
          continue;
        }
        const status = failure.status === undefined ? 'không có phản hồi' : `mã ${failure.status}`;
        const tries = attempt + 1;
        throw new SanityStoreError(
          scrub(`Kho dữ liệu riêng tư (Sanity, dataset ${dataset}): không ${what} (${status}, sau ${tries} lần thử): ${failure.description}`),
          failure.status,
        );
      }
    }
  }

  const get = async <T extends StoredDocument = StoredDocument>(id: string): Promise<T | null> =>
    withRetry(`đọc được tài liệu ${id}`, async () => (await client.fetch<T | null>('*[_id == $id][0]', { id }, { perspective: 'raw' })) ?? null);

  return {
    kind: 'sanity',
    get,

    async createIfNotExists(doc) {
      const result = await withRetry(`tạo được tài liệu ${doc._id}`, () =>
        client.mutate([{ createIfNotExists: doc as StoredDocument & { _id: string } }], { visibility: 'sync', returnDocuments: false }),
      );
      const created = result.results.some((entry) => entry.id === doc._id && entry.operation === 'create');
      const document = await get(doc._id);
      if (!document) throw new SanityStoreError(`Kho dữ liệu riêng tư: tài liệu ${doc._id} vừa tạo nhưng không đọc lại được.`, undefined);
      return { created, document };
    },

    async createOrReplace(doc) {
      await withRetry(`ghi được tài liệu ${doc._id}`, () => client.mutate([{ createOrReplace: doc }], { visibility: 'sync' }));
    },

    async patch(id: string, operation: PatchOperation) {
      const patch = {
        id,
        ...(operation.set && Object.keys(operation.set).length > 0 ? { set: operation.set } : {}),
        ...(operation.unset && operation.unset.length > 0 ? { unset: operation.unset } : {}),
        ...(operation.ifRevisionId === undefined ? {} : { ifRevisionID: operation.ifRevisionId }),
      };
      // 404 or 409: Sanity's wording differs between a missing document and a stale revision, so
      // which one it was is decided by reading the document back.
      let refused: number | undefined;
      const document = await withRetry(
        `sửa được tài liệu ${id}`,
        () => client.mutate<StoredDocument>([{ patch }], { visibility: 'sync', returnDocuments: true, returnFirst: true }),
        (failure) => {
          if (failure.status === 409 || failure.status === 404) refused = failure.status;
          return refused === undefined ? undefined : null;
        },
      );
      if (refused !== undefined) {
        if ((await get(id)) === null) throw new SanityStoreError(`Kho dữ liệu riêng tư: không có tài liệu ${id} để sửa.`, refused);
        throw new StoreConflictError(id);
      }
      return document as unknown as StoredDocument;
    },

    async delete(id) {
      await withRetry(`xóa được tài liệu ${id}`, () => client.mutate([{ delete: { id } }], { visibility: 'sync' }));
    },

    async query<R = unknown>(groq: string, params: Record<string, unknown> = {}): Promise<R> {
      return withRetry('chạy được truy vấn', () => client.fetch<R>(groq, params, { perspective: 'raw' }));
    },

    async uploadFile(bytes, meta): Promise<UploadedAsset> {
      const asset = await withRetry(`tải lên được tệp ${meta.filename}`, () =>
        client.assets.upload('file', Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
          filename: meta.filename,
          contentType: meta.mimeType,
        }),
      );
      return { _ref: asset._id, size: asset.size, mimeType: asset.mimeType };
    },

    async readFile(ref) {
      const asset = await withRetry(`đọc được thông tin tệp ${ref}`, () =>
        client.fetch<{ url?: string } | null>('*[_id == $ref && _type == "sanity.fileAsset"][0]{url}', { ref }, { perspective: 'raw' }),
      );
      if (!asset?.url) return null;
      const url = new URL(asset.url);
      if (!trustedOrigins.has(url.origin)) {
        throw new SanityStoreError(`Kho dữ liệu riêng tư: tệp ${ref} trỏ tới máy chủ lạ (${url.origin}); không tải.`, undefined);
      }
      return withRetry(`tải được tệp ${ref}`, async () => {
        const response = await fetch(url, { headers: { authorization: `Bearer ${token}` }, redirect: 'error' });
        if (response.status === 404) return null;
        if (!response.ok) throw Object.assign(new Error(response.statusText || `HTTP ${response.status}`), { statusCode: response.status });
        return new Uint8Array(await response.arrayBuffer());
      });
    },

    async deleteFile(ref) {
      // Deleting the asset document is how Sanity deletes the file itself.
      await withRetry(`xóa được tệp ${ref}`, () => client.mutate([{ delete: { id: ref } }], { visibility: 'sync' }));
    },

    async close() {
      // The client keeps no connection of its own open.
    },
  };
}
