// A validation worker (worker_threads): compiles the project schema, validates the documents it is
// given (indexes into the whole dataset, which cross-document rules query) and posts their markers
// back once. Started and ended by validate-parallel.ts.
import type { SanityDocument } from '@sanity/types';
import { parentPort, workerData } from 'node:worker_threads';
import { getCompiledSchema } from '../compiled.ts';
import { createMarkerValidator, validateQueue } from './sanity-markers.ts';

export interface ValidateWorkerData {
  documents: readonly SanityDocument[];
  queue: readonly number[];
  concurrency: number;
}

const port = parentPort;
if (!port) throw new Error('validate-worker.ts chỉ chạy trong một worker_thread.');
const { documents, queue, concurrency } = workerData as ValidateWorkerData;
const validate = createMarkerValidator(documents, getCompiledSchema());
port.postMessage(await validateQueue(validate, documents, queue, concurrency));
