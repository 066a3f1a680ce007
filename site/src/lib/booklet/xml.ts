// Tiny XML helpers shared by the EPUB and PDF writers. Everything we emit is XHTML (well-formed
// XML), which is also valid HTML for Chromium.
import { xmlSafe } from '../format/xml-text.ts';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for element content and attribute values, and drops characters XML 1.0 forbids
 * (C0 controls other than tab/newline/CR, lone surrogates, U+FFFE/U+FFFF) so a stray byte in the
 * content can never make a chapter ill-formed.
 */
export function esc(value: unknown): string {
  if (value === null || value === undefined) return '';
  return xmlSafe(String(value)).replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);
}

/** Collapses runs of whitespace (and trims): for titles, metadata and comparisons. */
export function oneLine(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

export const XHTML_NS = 'http://www.w3.org/1999/xhtml';
export const EPUB_NS = 'http://www.idpf.org/2007/ops';
