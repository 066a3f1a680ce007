/**
 * Text from content (ids, slugs, titles, messages, paths) printed to the build log must not drive the
 * terminal: an ESC sequence in a slug could clear the screen, rewrite earlier lines or fake a green
 * build. `logSafe` removes ANSI escape sequences and shows every other C0/C1 control character (and
 * bidi controls, which reorder a line) visibly as `\uXXXX`. LF is shown too: one log row per problem.
 */

// CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \), and two-byte ESC sequences; also the 8-bit
// CSI (U+009B) form.
// eslint-disable-next-line no-control-regex
const ANSI = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g;

const visible = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function logSafe(text: string): string {
  return text.replace(ANSI, '').replace(CONTROL, visible);
}
