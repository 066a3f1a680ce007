// Which kind of file this is, by its first bytes (never its name): the same kinds the intake accepts
// (schemas/participation/vocabulary.ts entryFileKinds). The server checks again, more deeply (a docx
// must hold word/document.xml); this only spares a reader a long upload that would be refused.
export type SniffedKind = 'docx' | 'pdf' | 'audio' | 'video';

/** Bytes to read from the start of a file for `sniffFileKind`. */
export const SNIFF_BYTES = 16;

const ascii = (bytes: Uint8Array, at: number, text: string) => [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));

export function sniffFileKind(bytes: Uint8Array): SniffedKind | null {
  if (ascii(bytes, 0, '%PDF-')) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'docx';
  if (ascii(bytes, 0, 'ID3') || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return 'audio';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WAVE')) return 'audio';
  if (ascii(bytes, 0, 'OggS')) return 'audio';
  if (ascii(bytes, 4, 'ftyp')) return ascii(bytes, 8, 'M4A') || ascii(bytes, 8, 'M4B') ? 'audio' : 'video';
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return 'video';
  return null;
}
