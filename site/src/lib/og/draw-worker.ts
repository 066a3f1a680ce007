// A drawing worker (worker_threads): loads satori, the fonts and sharp once, then draws the images
// draw-pool.ts sends it, one message per image. Errors go back as their first line, never thrown.
import { parentPort } from 'node:worker_threads';
import { renderOgImage, type OgInput } from './draw.ts';

export interface DrawRequest {
  id: number;
  input: OgInput;
}

export type DrawReply = { id: number; jpeg: Uint8Array } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('draw-worker.ts chỉ chạy trong một worker_thread.');

port.on('message', (request: DrawRequest) => {
  renderOgImage(request.input).then(
    (jpeg) => port.postMessage({ id: request.id, jpeg } satisfies DrawReply),
    (error: unknown) => port.postMessage({ id: request.id, error: (error instanceof Error ? error.message : String(error)).split('\n')[0]! } satisfies DrawReply),
  );
});
