// Text for XML 1.0 outputs (feeds, sitemap, EPUB): drops the characters XML 1.0 forbids outright —
// C0 controls other than TAB/LF/CR (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F), U+FFFE, U+FFFF
// and lone surrogates — which no escaping can make legal (`&#1;` is ill-formed too). A stray control
// byte pasted into a title would otherwise make the whole file unparsable for every reader.
// Escaping `&<>"'` stays with each writer (or its library); this only removes what cannot be written.

/** Everything XML 1.0's `Char` production excludes (the `u` flag makes a lone surrogate one match). */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without characters XML 1.0 forbids; everything else (TAB, LF, CR, private use, astral) kept. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '');
}
