/**
 * Reads a form post — `multipart/form-data` streamed with busboy, or urlencoded — into its text fields
 * and its files, the files written to a fresh temporary folder as they arrive (never held in memory,
 * never in a web root). Limits stop the stream early: field count and size, file count, and the
 * absolute per-file cap; whatever passes a limit is reported, never silently cut.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';

export interface UploadedPart {
  field: string;
  /** The name the device gave it, path stripped. */
  filename: string;
  path: string;
  size: number;
}

export interface FormLimits {
  maxFields: number;
  maxFieldBytes: number;
  maxFiles: number;
  maxFileBytes: number;
}

export type FormProblem =
  | { kind: 'too-many-fields' }
  | { kind: 'field-too-large'; field: string }
  | { kind: 'too-many-files'; field: string }
  | { kind: 'file-too-large'; field: string }
  | { kind: 'unsupported' }
  | { kind: 'malformed' };

export interface ParsedForm {
  fields: Map<string, string[]>;
  files: UploadedPart[];
  problem: FormProblem | null;
  /** Removes the temporary folder (always call it). */
  cleanup(): Promise<void>;
}

function baseName(name: string): string {
  return (name.split(/[\\/]/).pop() ?? '').normalize('NFC').slice(0, 200);
}

export async function readForm(req: IncomingMessage, limits: FormLimits): Promise<ParsedForm> {
  const dir = await mkdtemp(join(tmpdir(), 'gs-intake-'));
  const fields = new Map<string, string[]>();
  const files: UploadedPart[] = [];
  const cleanup = () => rm(dir, { recursive: true, force: true });
  let problem: FormProblem | null = null;
  const type = req.headers['content-type'] ?? '';
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type)) {
    req.resume();
    return { fields, files, problem: { kind: 'unsupported' }, cleanup };
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      limits: { fields: limits.maxFields, fieldSize: limits.maxFieldBytes, files: limits.maxFiles, fileSize: limits.maxFileBytes, parts: limits.maxFields + limits.maxFiles },
    });
  } catch {
    req.resume();
    return { fields, files, problem: { kind: 'malformed' }, cleanup };
  }
  const writes: Promise<void>[] = [];
  parser.on('field', (name, value, info) => {
    if (info.valueTruncated) problem ??= { kind: 'field-too-large', field: name };
    const list = fields.get(name) ?? [];
    list.push(value);
    fields.set(name, list);
  });
  parser.on('file', (name, stream, info) => {
    const filename = baseName(info.filename ?? '');
    if (filename === '') {
      // An empty file input still sends a part: nothing was chosen.
      stream.resume();
      return;
    }
    const path = join(dir, randomBytes(8).toString('hex'));
    const part: UploadedPart = { field: name, filename, path, size: 0 };
    stream.on('data', (chunk: Buffer) => {
      part.size += chunk.length;
    });
    stream.on('limit', () => {
      problem ??= { kind: 'file-too-large', field: name };
    });
    files.push(part);
    writes.push(pipeline(stream, createWriteStream(path, { mode: 0o600 })));
  });
  parser.on('fieldsLimit', () => {
    problem ??= { kind: 'too-many-fields' };
  });
  parser.on('partsLimit', () => {
    problem ??= { kind: 'too-many-fields' };
  });
  parser.on('filesLimit', () => {
    problem ??= { kind: 'too-many-files', field: files.at(-1)?.field ?? '' };
  });
  try {
    await pipeline(req, parser);
    await Promise.all(writes);
  } catch {
    problem ??= { kind: 'malformed' };
  }
  return { fields, files, problem, cleanup };
}
