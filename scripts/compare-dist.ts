// Compares two site builds file by file: `node scripts/compare-dist.ts <before-dist> <after-dist>
// [--ignore-whitespace] [--ignore-inline-code]`. Lists files only in one of them, and for every file that differs, the first
// differing tokens (HTML, XML, CSS and JSON are split at tags and punctuation so a change reads as a
// few short lines). With --ignore-whitespace, text files that differ only in whitespace between tags
// count as equal (and are listed as such); with --ignore-inline-code, the bodies of inline <script> and
// <style> elements are left out of HTML before comparing (for changes to how client code or CSS is
// produced, checked separately). Exit code 1 when anything differs. Used to check that a
// refactor changes nothing a reader sees.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

const TEXT = new Set(['.html', '.xml', '.css', '.js', '.json', '.txt', '.csv', '.svg', '.webmanifest']);

function files(root: string, dir = root, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files(root, path, out);
    else out.push(relative(root, path));
  }
  return out.sort();
}

const tokens = (text: string): string[] => text.replace(/>\s*</g, '>\n<').split('\n');
const squeeze = (text: string): string => text.replace(/>\s+</g, '><').replace(/\s+/g, ' ');
const withoutInlineCode = (html: string): string => html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1…$3');
const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex').slice(0, 12);

/** The first differing token lines of two texts, with a little context. */
function firstDifferences(a: string, b: string, max = 6): string[] {
  const left = tokens(a);
  const right = tokens(b);
  let start = 0;
  while (start < left.length && start < right.length && left[start] === right[start]) start++;
  let endA = left.length - 1;
  let endB = right.length - 1;
  while (endA >= start && endB >= start && left[endA] === right[endB]) {
    endA--;
    endB--;
  }
  const removed = left.slice(start, endA + 1).slice(0, max).map((line) => `    - ${line.slice(0, 200)}`);
  const added = right.slice(start, endB + 1).slice(0, max).map((line) => `    + ${line.slice(0, 200)}`);
  return [...removed, ...added];
}

export interface CompareOptions {
  ignoreWhitespace?: boolean;
  ignoreInlineCode?: boolean;
}

export function compareDist(before: string, after: string, options: CompareOptions = {}): { lines: string[]; different: number } {
  const a = new Set(files(before));
  const b = new Set(files(after));
  const lines: string[] = [];
  let different = 0;
  const only = (file: string, where: string) => {
    lines.push(`only in ${where}: ${file}`);
    different++;
  };
  for (const file of a) if (!b.has(file)) only(file, before);
  for (const file of b) if (!a.has(file)) only(file, after);
  for (const file of a) {
    if (!b.has(file)) continue;
    const left = readFileSync(join(before, file));
    const right = readFileSync(join(after, file));
    if (left.equals(right)) continue;
    if (!TEXT.has(extname(file))) {
      lines.push(`differs (binary): ${file}  ${left.length} B ${sha(left)} → ${right.length} B ${sha(right)}`);
      different++;
      continue;
    }
    const html = extname(file) === '.html';
    const textA = options.ignoreInlineCode && html ? withoutInlineCode(left.toString('utf8')) : left.toString('utf8');
    const textB = options.ignoreInlineCode && html ? withoutInlineCode(right.toString('utf8')) : right.toString('utf8');
    if (textA === textB) {
      lines.push(`inline script or style only: ${file}`);
      continue;
    }
    if (options.ignoreWhitespace && squeeze(textA) === squeeze(textB)) {
      lines.push(`whitespace only: ${file}`);
      continue;
    }
    lines.push(`differs: ${file}`, ...firstDifferences(textA, textB));
    different++;
  }
  return { lines, different };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const options = { ignoreWhitespace: args.includes('--ignore-whitespace'), ignoreInlineCode: args.includes('--ignore-inline-code') };
  const [before, after] = args.filter((a) => !a.startsWith('--'));
  if (!before || !after) {
    console.error('Cách dùng: node scripts/compare-dist.ts <thư-mục-dist-trước> <thư-mục-dist-sau> [--ignore-whitespace] [--ignore-inline-code]');
    process.exit(2);
  }
  const { lines, different } = compareDist(before, after, options);
  console.log(lines.join('\n'));
  console.log(different === 0 ? 'Giống nhau.' : `${different} tệp khác nhau.`);
  process.exit(different === 0 ? 0 : 1);
}
