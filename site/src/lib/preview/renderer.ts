// The site server's handle on the preview renderer child process (./render-worker.ts): started once,
// warmed up (Vite + the site's integrations, ~10 s on the sample), then each preview is one message.
// The child gets exactly the content environment it is given (the read token stays server-side).
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RenderReply, RenderRequest, RenderResult } from './protocol.ts';

export { PREVIEW_IMAGE_PREFIX, findDevUrl } from './page-safety.ts';
export type { RenderResult } from './protocol.ts';

const WORKER = fileURLToPath(new URL('./render-worker.ts', import.meta.url));
const SITE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A request before it gets its id. */
type Outgoing = RenderRequest extends infer R ? (R extends RenderRequest ? Omit<R, 'id'> : never) : never;

/**
 * Variables the renderer must not inherit: the server's secrets (it signs nothing), and the build's
 * own (it writes no release, report or shared cache; its clock is each request's, `render(id, now)`,
 * not one frozen BUILD_TIME).
 */
const NOT_FOR_RENDERER = [
  'SANITY_WEBHOOK_SECRET',
  'PREVIEW_SECRET',
  'BUILD_TIME',
  'BUILD_REPORT_FILE',
  'ASTRO_CACHE_DIR',
  'OG_CACHE_DIR',
  'VALIDATION_CACHE_FILE',
  'PUBLISH_ROOT',
  'SEARCH_INDEX',
  'BUILD_STATS_FILE',
];
/** From the server's own environment: what any Node process needs (temporary directory, locale). */
const PROCESS_BASICS = ['PATH', 'HOME', 'TMPDIR', 'LANG'];

export interface PreviewRendererOptions {
  /** Content variables (CONTENT_DATASET or SANITY_*), SITE_URL. */
  env: Readonly<Record<string, string | undefined>>;
  /** Origin of Sanity's API (SANITY_API_HOST, or a loopback stand-in in tests). */
  apiHost?: string;
}

export interface PreviewRenderer {
  /** Resolves once the child is warm; rejects with its error if it failed to start. */
  readonly ready: Promise<void>;
  /** `now`: the clock the page is rendered at (scheduled stories, contest labels, footer year). */
  render(documentId: string, now: Date): Promise<RenderResult>;
  image(key: string): Promise<{ contentType: string; body: Buffer } | undefined>;
  close(): Promise<void>;
}

export function startPreviewRenderer(options: PreviewRendererOptions): PreviewRenderer {
  const env: Record<string, string> = {};
  for (const name of PROCESS_BASICS) if (process.env[name] !== undefined) env[name] = process.env[name];
  for (const [name, value] of Object.entries(options.env)) if (value !== undefined && !NOT_FOR_RENDERER.includes(name)) env[name] = value;
  // The child reads Sanity through the same address as the server (its content config's SANITY_API_HOST).
  if (options.apiHost) env.SANITY_API_HOST = options.apiHost;
  const child: ChildProcess = fork(WORKER, [], {
    cwd: SITE_ROOT,
    env,
    execPath: process.execPath,
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 1;
  const pending = new Map<number, { resolve: (reply: RenderReply) => void; reject: (error: Error) => void }>();
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const { reject } of pending.values()) reject(failure);
    pending.clear();
  };
  const ready = new Promise<void>((resolve, reject) => {
    child.on('message', (reply: RenderReply) => {
      if (reply.id === 0) {
        if (reply.type === 'ready') resolve();
        else {
          const error = new Error(`Bộ dựng xem trước không khởi động được: ${reply.type === 'error' ? reply.message : reply.type}`);
          fail(error);
          reject(error);
        }
        return;
      }
      const waiter = pending.get(reply.id);
      pending.delete(reply.id);
      waiter?.resolve(reply);
    });
    child.on('exit', (code) => {
      const error = new Error(`Bộ dựng xem trước đã dừng (mã thoát ${code ?? 'không rõ'}).`);
      fail(error);
      reject(error);
    });
  });
  // A failed start is reported by `ready` and by every call; never an unhandled rejection.
  ready.catch(() => {});

  const request = async (message: Outgoing): Promise<RenderReply> => {
    await ready;
    if (failure) throw failure;
    const id = nextId++;
    return new Promise<RenderReply>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      child.send({ ...message, id } as RenderRequest);
    });
  };

  return {
    ready,
    async render(documentId, now) {
      const reply = await request({ type: 'render', documentId, now: now.toISOString() });
      if (reply.type === 'render') return reply.result;
      throw new Error(reply.type === 'error' ? reply.message : `Bộ dựng xem trước trả lời không đúng (${reply.type}).`);
    },
    async image(key) {
      const reply = await request({ type: 'image', key });
      if (reply.type === 'image') return reply.found ? { contentType: reply.contentType, body: Buffer.from(reply.body) } : undefined;
      throw new Error(reply.type === 'error' ? reply.message : `Bộ dựng xem trước trả lời không đúng (${reply.type}).`);
    },
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
