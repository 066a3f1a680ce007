// Sanity's document validation is plain JavaScript on one core (~15–20 ms a document here): on a cold
// cache, 10.000 documents took minutes. Split across worker threads, each validating every n-th
// document of the queue against its own copy of the dataset and schema. The copies cost memory
// (the dataset once per worker), so the pool is small, only used for large queues, and ended as soon
// as it answers.
import type { SanityDocument } from '@sanity/types';
import { Worker } from 'node:worker_threads';
import type { CachedMarker } from './cache.ts';
import type { ValidateWorkerData } from './validate-worker.ts';

const WORKER_URL = new URL('./validate-worker.ts', import.meta.url);

/** Markers for each entry of `queue` (indexes into `documents`), in queue order, from `workers` threads. */
export async function validateInWorkers(
  documents: readonly SanityDocument[],
  queue: readonly number[],
  options: { workers: number; concurrency: number },
): Promise<CachedMarker[][]> {
  const count = Math.max(1, Math.min(options.workers, queue.length));
  // Interleaved shares: stories and small documents are spread evenly over the workers.
  const shares = Array.from({ length: count }, (_, w) => queue.filter((_, i) => i % count === w));
  const started = shares.map((share) => {
    const worker = new Worker(WORKER_URL, { workerData: { documents, queue: share, concurrency: options.concurrency } satisfies ValidateWorkerData });
    const answer = new Promise<CachedMarker[][]>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`Luồng kiểm tra tài liệu dừng trước khi trả lời (mã ${code}).`)));
    });
    return { worker, answer };
  });
  try {
    const answers = await Promise.all(started.map((s) => s.answer));
    const out: CachedMarker[][] = new Array(queue.length);
    for (const [w, answer] of answers.entries()) for (const [j, markers] of answer.entries()) out[j * count + w] = markers;
    return out;
  } finally {
    await Promise.all(started.map((s) => s.worker.terminate()));
  }
}
