/**
 * NDJSON (one JSON value per line), the format of a Sanity export's `data.ndjson`: split, parse,
 * format, and read/write a file. Blank (whitespace-only) lines are skipped; a written file ends with
 * a newline. Node-only (file helpers use `node:fs`), so it is not exported from the package root.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export interface NdjsonLine {
  /** 1-based line number in the text, for error messages. */
  lineNumber: number;
  text: string;
}

/** The non-blank lines of NDJSON text, unparsed, with their line numbers. */
export function ndjsonLines(text: string): NdjsonLine[] {
  const lines: NdjsonLine[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() !== '') lines.push({ lineNumber: index + 1, text: line });
  });
  return lines;
}

/** Every non-blank line, `JSON.parse`d (a malformed line throws `JSON.parse`'s SyntaxError). */
export function parseNdjson<T = unknown>(text: string): T[] {
  return ndjsonLines(text).map((line) => JSON.parse(line.text) as T);
}

/** One `JSON.stringify` per line, newline-terminated. */
export function formatNdjson(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join('\n') + '\n';
}

export function readNdjsonFile<T = unknown>(file: string | URL): T[] {
  return parseNdjson<T>(readFileSync(file, 'utf8'));
}

export function writeNdjsonFile(file: string | URL, values: readonly unknown[]): void {
  writeFileSync(file, formatNdjson(values));
}
