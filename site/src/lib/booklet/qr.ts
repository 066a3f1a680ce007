// QR codes for the printed booklet: a reader of the PDF on paper cannot click a video's link, so a
// video block prints its address and a QR code of it. `qrcode` does the encoding (versions, masks,
// error correction); its synchronous `create` keeps the booklet renderer synchronous, and the
// modules are drawn here as one SVG path (inline in the print HTML, vector in the PDF).
import QRCode from 'qrcode';
import { esc } from './xml.ts';

/** Modules of white space around the symbol (the standard's quiet zone). */
const QUIET_ZONE = 4;

/** An inline SVG QR code of `text`, `sizeMm` wide, or null when it cannot be encoded (too long). */
export function qrSvg(text: string, sizeMm = 28): string | null {
  let modules: { size: number; get(row: number, col: number): number | boolean };
  try {
    // Level M: survives a smudge or a fold on paper, and keeps long URLs in a small symbol.
    modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  } catch {
    return null;
  }
  const n = modules.size;
  let d = '';
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (modules.get(row, col)) d += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  const side = n + 2 * QUIET_ZONE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="qr" viewBox="0 0 ${side} ${side}" width="${sizeMm}mm" height="${sizeMm}mm" ` +
    `shape-rendering="crispEdges" role="img" aria-label="Mã QR: ${esc(text)}">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  );
}
