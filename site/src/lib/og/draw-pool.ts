// A small pool of worker_threads drawing Open Graph images, so satori's layout (plain JavaScript, one
// core) and sharp's rasterising run on every core instead of one. Workers start on the first image
// that needs drawing (a warm build whose images all come from the cache starts none) and are ended
// by close(): each holds its own satori, fonts and sharp (~100 MB), so the pool is sized to the
// cores and released as soon as the OG phase is over. An idle worker does not keep the process
// alive (unref), so a build that fails while a background pool waits still exits.
import { Worker } from 'node:worker_threads';
import type { OgInput } from './draw.ts';
import type { DrawReply, DrawRequest } from './draw-worker.ts';

export interface DrawPool {
  /** The JPEG of one story; rejects with the drawing's error message. */
  draw(input: OgInput): Promise<Buffer>;
  /** Ends every worker; pending drawings are rejected. */
  close(): Promise<void>;
}

interface Pending {
  resolve: (jpeg: Buffer) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

const WORKER_URL = new URL('./draw-worker.ts', import.meta.url);

/** `size` workers at most; each image goes to the worker with the fewest images in progress. */
export function createDrawPool(size: number): DrawPool {
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(WORKER_URL), pending: new Map() };
    const failAll = (error: Error) => {
      for (const job of slot.pending.values()) job.reject(error);
      slot.pending.clear();
      slots.splice(slots.indexOf(slot), 1); // a new worker takes its place on the next image
    };
    slot.worker.on('message', (reply: DrawReply) => {
      const job = slot.pending.get(reply.id);
      if (!job) return;
      slot.pending.delete(reply.id);
      if (slot.pending.size === 0) slot.worker.unref();
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(Buffer.from(reply.jpeg.buffer, reply.jpeg.byteOffset, reply.jpeg.byteLength));
    });
    slot.worker.on('error', (error) => failAll(error));
    slot.worker.on('exit', (code) => {
      if (slots.includes(slot)) failAll(new Error(`Tiến trình vẽ ảnh chia sẻ dừng bất thường (mã ${code}).`));
    });
    slots.push(slot);
    return slot;
  };

  const pick = (): Slot => {
    const idle = slots.reduce<Slot | undefined>((best, slot) => (!best || slot.pending.size < best.pending.size ? slot : best), undefined);
    return idle && (idle.pending.size === 0 || slots.length >= size) ? idle : spawn();
  };

  return {
    draw(input) {
      if (closed) return Promise.reject(new Error('Bộ vẽ ảnh chia sẻ đã đóng.'));
      const slot = pick();
      const id = nextId++;
      return new Promise<Buffer>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.ref();
        slot.worker.postMessage({ id, input } satisfies DrawRequest);
      });
    },
    async close() {
      closed = true;
      const ending = slots.splice(0);
      for (const slot of ending) {
        for (const job of slot.pending.values()) job.reject(new Error('Bộ vẽ ảnh chia sẻ đã đóng.'));
        slot.pending.clear();
      }
      await Promise.all(ending.map((slot) => slot.worker.terminate()));
    },
  };
}
