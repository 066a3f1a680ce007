// Shared helpers for the booklet tests: a small ZIP reader (independent of the writer), external
// checkers (epubcheck, poppler) and the sample dataset's own text, read straight from data.ndjson.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { readNdjsonFile, writeNdjsonFile } from '../../schemas/util/ndjson.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLE_DIR = join(ROOT, 'site/dataset');

// ---------------------------------------------------------------------------------------------------
// ZIP

export interface ZipEntry {
  name: string;
  method: number;
  /** Extra field length in the *local* header. */
  localExtraLength: number;
  localHeaderOffset: number;
  data: Buffer;
}

export function readZip(zip: Buffer): ZipEntry[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip');
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error('bad central directory');
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeaderOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const localNameLength = zip.readUInt16LE(localHeaderOffset + 26);
    const localExtraLength = zip.readUInt16LE(localHeaderOffset + 28);
    const start = localHeaderOffset + 30 + localNameLength + localExtraLength;
    const raw = zip.subarray(start, start + compressedSize);
    entries.push({ name, method, localExtraLength, localHeaderOffset, data: method === 0 ? Buffer.from(raw) : inflateRawSync(raw) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function zipText(entries: ZipEntry[], name: string): string {
  const entry = entries.find((e) => e.name === name);
  if (!entry) throw new Error(`missing ${name}`);
  return entry.data.toString('utf8');
}

// ---------------------------------------------------------------------------------------------------
// External tools

export interface EpubcheckResult {
  fatals: number;
  errors: number;
  warnings: number;
  output: string;
}

/** Runs W3C's epubcheck (Debian package; needs Java). Slow to start: call it from beforeAll. */
export async function epubcheck(file: string): Promise<EpubcheckResult> {
  const run = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
    execFile('java', ['-jar', '/usr/share/java/epubcheck.jar', file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (_error, stdout, stderr) =>
      resolve({ stdout, stderr }),
    );
  });
  const output = `${run.stdout}\n${run.stderr}`;
  const m = /Messages:\s*(\d+) fatals?\s*\/\s*(\d+) errors?\s*\/\s*(\d+) warnings?/i.exec(output);
  if (!m) throw new Error(`unexpected epubcheck output:\n${output}`);
  return { fatals: Number(m[1]), errors: Number(m[2]), warnings: Number(m[3]), output };
}

export const pdftotext = (file: string, args: string[] = []): string =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', ...args, file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

export function pdfinfo(file: string): { pages: number; width: number; height: number } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s*([\d.]+) x ([\d.]+) pts/.exec(out)!;
  return { pages: Number(/Pages:\s*(\d+)/.exec(out)![1]), width: Number(size[1]), height: Number(size[2]) };
}

/** NFC, whitespace collapsed: how PDF text and source text are compared. */
export const norm = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------------------------------
// Datasets

type Doc = { _id: string; _type: string; [key: string]: unknown };
const scratch: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `guong-sang-booklet-${prefix}-`));
  scratch.push(dir);
  return dir;
}

export function removeTemp(): void {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function readDocs(dir: string): Doc[] {
  return readNdjsonFile<Doc>(join(dir, 'data.ndjson'));
}

export function writeDocs(dir: string, docs: Doc[]): void {
  writeNdjsonFile(join(dir, 'data.ndjson'), docs);
}

/** A private copy of the sample dataset, edited by `edit`. */
export function brokenCopy(edit: (docs: Doc[], dir: string) => void): string {
  const dir = join(tempDir('ds'), 'dataset');
  cpSync(SAMPLE_DIR, dir, { recursive: true });
  const docs = readDocs(dir);
  edit(docs, dir);
  writeDocs(dir, docs);
  return dir;
}

type Block = { _type: string; children?: Array<{ text?: string }>; text?: string; body?: Block[] };

/** Each paragraph-like text of a Portable Text body, as an editor typed it. */
export function sourceParagraphs(body: Block[] | undefined): string[] {
  const out: string[] = [];
  for (const block of body ?? []) {
    if (block._type === 'block') out.push((block.children ?? []).map((c) => c.text ?? '').join(''));
    if (block._type === 'pullQuote' && block.text) out.push(block.text);
    if (block._type === 'factBox') out.push(...sourceParagraphs(block.body));
  }
  return out.map(norm).filter(Boolean);
}

export interface SourceChapter {
  title: string;
  paragraphs: string[];
}

/** The chapters of a sample publication, straight from the dataset (published docs only). */
export function sampleChapters(publicationId: string, dir = SAMPLE_DIR): SourceChapter[] {
  const docs = readDocs(dir).filter((d) => !d._id.startsWith('drafts.'));
  const byId = new Map(docs.map((d) => [d._id, d]));
  const publication = byId.get(publicationId)!;
  return (publication.chapters as Array<{ _type: string; title?: string; body?: Block[]; story?: { _ref: string } }>).map((chapter) => {
    if (chapter._type === 'sectionChapter') return { title: chapter.title!, paragraphs: sourceParagraphs(chapter.body) };
    const story = byId.get(chapter.story!._ref)!;
    return { title: chapter.title ?? (story.title as string), paragraphs: sourceParagraphs(story.body as Block[]) };
  });
}

export const PUBLICATIONS = {
  a5: { id: 'publication.nhung-bong-hoa-dep-vung-cao-2024', slug: 'nhung-bong-hoa-dep-vung-cao-2024' },
  a4: { id: 'publication.guong-sang-2025', slug: 'guong-sang-2025' },
} as const;
