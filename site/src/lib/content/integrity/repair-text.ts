/**
 * Text repair pass: every string of a document, at any depth (fields, nested objects, arrays,
 * Portable Text span text, image alt and caption, `slug.current`), is cleaned so that what a reader
 * gets is what the editor saw, without invisible traps:
 *
 * - lone UTF-16 surrogates (half an emoji, cut by a bad export) → U+FFFD; they crash encoders;
 * - C0/C1 control characters (U+0000–U+001F, U+007F–U+009F) removed, except LF, which is kept
 *   everywhere: multi-line fields (`text`) and Portable Text spans (Shift+Enter) use it, and in a
 *   one-line field a browser shows it as a space. CR LF and a lone CR become LF; TAB becomes a space;
 * - bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) removed everywhere: Vietnamese
 *   and the minority scripts we publish are left-to-right, and an override can make a name or a
 *   file name read backwards ("Trojan Source");
 * - zero-width characters: U+200B, U+2060 and U+FEFF are removed everywhere (Vietnamese never needs
 *   them; they break search and equality). U+200D (ZWJ) and U+200C (ZWNJ) are kept where text needs
 *   them: between two letters or marks of a non-Latin script (Khmer and Cham, written by communities
 *   in Vietnam, and Arabic or Indic names shape with them), and ZWJ also inside an emoji sequence
 *   (👩‍🏫 is "woman, ZWJ, school"). Between Latin letters (all of Vietnamese) they are removed;
 * - NFC and look-alike Đ/đ (`normalizeText`, shared with the Studio).
 *
 * Keys starting with `_` (`_id`, `_type`, `_ref`, `_key`, `_createdAt`…) are identifiers, never
 * rewritten: changing one would break references, drafts and the Studio's paths to the field. A dirty
 * identifier is only reported; the build log shows it through `logSafe` and the exclusion policy
 * handles an unknown `_type`.
 *
 * One note per string that changed, one pass over each string: linear in the document's size.
 */
import { normalizeText } from '@guong-sang/schemas/text/normalize.ts';
import { isRecord } from '@guong-sang/schemas/util/is-record.ts';
import type { RepairNote, RepairPass } from './repair-pass.ts';

const LOOK_ALIKE_D = /[\u00D0\u0189\u00F0\u0256]/g;
const BIDI = new Set([0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c]);
const ALWAYS_INVISIBLE = new Set([0x200b, 0x2060, 0xfeff]);
const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const JOINING_LETTER = /^[\p{L}\p{M}]$/u;
const LATIN = /^\p{Script=Latin}$/u;
// Emoji, plus what may sit between an emoji and the ZWJ: variation selector 16, skin tones.
const EMOJI_PART = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F})$/u;

export interface TextRepairCounts {
  surrogates: number;
  controls: number;
  tabs: number;
  bidi: number;
  invisible: number;
  lookAlikes: number;
  nfc: boolean;
}

/** The code point at `i` (a whole surrogate pair), or undefined at the ends. */
function codePointNear(text: string, i: number, direction: -1 | 1): string | undefined {
  if (direction === 1) {
    const cp = text.codePointAt(i);
    return cp === undefined ? undefined : String.fromCodePoint(cp);
  }
  if (i < 0) return undefined;
  const low = text.charCodeAt(i);
  if (low >= 0xdc00 && low <= 0xdfff && i > 0) {
    const high = text.charCodeAt(i - 1);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 1, i + 1);
  }
  return text[i];
}

function joinerNeeded(text: string, i: number, code: number): boolean {
  const before = codePointNear(text, i - 1, -1);
  const after = codePointNear(text, i + 1, 1);
  if (before === undefined || after === undefined) return false;
  const scriptLetter = (ch: string) => JOINING_LETTER.test(ch) && !LATIN.test(ch);
  if (scriptLetter(before) && scriptLetter(after)) return true;
  return code === ZWJ && EMOJI_PART.test(before) && EMOJI_PART.test(after);
}

/** Repairs one string; `counts` says what changed (all zero/false when nothing did). */
export function repairString(text: string): { text: string; counts: TextRepairCounts } {
  const counts: TextRepairCounts = { surrogates: 0, controls: 0, tabs: 0, bidi: 0, invisible: 0, lookAlikes: 0, nfc: false };
  let out = '';
  let start = 0; // start of the pending run of unchanged code units
  const flush = (i: number, replacement: string) => {
    out += text.slice(start, i) + replacement;
    start = i + 1;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++; // a valid pair; skip its low half
      else {
        counts.surrogates++;
        flush(i, '\uFFFD');
      }
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      counts.surrogates++;
      flush(i, '\uFFFD');
    } else if (code === 0x0a) {
      // LF is kept.
    } else if (code === 0x09) {
      counts.tabs++;
      flush(i, ' ');
    } else if (code === 0x0d) {
      // CR LF → LF (the LF stays); a lone CR (old Mac files) → LF.
      counts.controls++;
      flush(i, text.charCodeAt(i + 1) === 0x0a ? '' : '\n');
    } else if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) {
      counts.controls++;
      flush(i, '');
    } else if (BIDI.has(code)) {
      counts.bidi++;
      flush(i, '');
    } else if (ALWAYS_INVISIBLE.has(code) || ((code === ZWJ || code === ZWNJ) && !joinerNeeded(text, i, code))) {
      counts.invisible++;
      flush(i, '');
    }
  }
  const cleaned = start === 0 ? text : out + text.slice(start);
  counts.lookAlikes = cleaned.match(LOOK_ALIKE_D)?.length ?? 0;
  counts.nfc = cleaned !== cleaned.normalize('NFC');
  const repaired = counts.lookAlikes > 0 || counts.nfc ? normalizeText(cleaned) : cleaned;
  return { text: repaired, counts };
}

/** "đã chuẩn hóa Unicode (NFC); đã bỏ 2 ký tự điều khiển", or '' when nothing changed. */
export function describeTextRepair(counts: TextRepairCounts): string {
  const parts: string[] = [];
  if (counts.nfc) parts.push('đã chuẩn hóa Unicode (NFC)');
  if (counts.lookAlikes > 0) parts.push(`đã thay ${counts.lookAlikes} chữ trông giống Đ/đ (Ð, ð, Ɖ, ɖ) bằng Đ/đ`);
  if (counts.controls > 0) parts.push(`đã bỏ ${counts.controls} ký tự điều khiển`);
  if (counts.tabs > 0) parts.push(`đã thay ${counts.tabs} ký tự tab bằng dấu cách`);
  if (counts.bidi > 0) parts.push(`đã bỏ ${counts.bidi} ký tự đổi chiều viết (bidi)`);
  if (counts.invisible > 0) parts.push(`đã bỏ ${counts.invisible} ký tự vô hình (độ rộng 0)`);
  if (counts.surrogates > 0) parts.push(`đã thay ${counts.surrogates} nửa ký tự UTF-16 lẻ bằng ký tự thay thế (U+FFFD)`);
  return parts.join('; ');
}

function repairValue(value: unknown, path: string, note: RepairNote): unknown {
  if (typeof value === 'string') {
    const { text, counts } = repairString(value);
    if (text !== value) note(path, describeTextRepair(counts));
    return text;
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item: unknown, index) => {
      const repaired = repairValue(item, `${path}[${index}]`, note);
      if (repaired !== item) (copy ??= [...value])[index] = repaired;
    });
    return copy ?? value;
  }
  if (isRecord(value)) {
    let copy: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(value)) {
      const inner = path === '' ? key : `${path}.${key}`;
      if (key.startsWith('_')) {
        if (typeof item === 'string' && repairString(item).text !== item) {
          note(inner, 'mã định danh có ký tự điều khiển, vô hình hoặc chưa chuẩn hóa; không tự sửa vì sửa sẽ làm gãy tham chiếu — hãy sửa trong Studio');
        }
        continue;
      }
      const repaired = repairValue(item, inner, note);
      if (repaired !== item) (copy ??= { ...value })[key] = repaired;
    }
    return copy ?? value;
  }
  return value;
}

export const repairText: RepairPass = (doc, note) => repairValue(doc, '', note) as Record<string, unknown>;
