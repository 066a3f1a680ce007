// The booklet's QR codes (site/src/lib/booklet/qr.ts): drawn as SVG, rendered to pixels by sharp and
// read back by an independent decoder (jsQR) — the text must come back exactly, Vietnamese included.
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../site/src/lib/booklet/qr.ts';

async function decode(svg: string): Promise<string | null> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 150 }).flatten({ background: '#fff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null;
}

describe('qrSvg', () => {
  it.each([
    'https://www.youtube.com/watch?v=GSvd2025ln1',
    'https://vimeo.com/123456789?h=abc&t=1m2s',
    'https://guongsang.example.vn/bai-viet/lop-hoc-lam-quen-voi-nuoc/',
    'Xem video: Lớp học làm quen với nước',
  ])('encodes %s so that a decoder reads it back', async (text) => {
    const svg = qrSvg(text);
    expect(svg).not.toBeNull();
    expect(await decode(svg!)).toBe(text);
  });

  it('escapes the text in its label (content is untrusted) and prints at the asked size', () => {
    const svg = qrSvg('https://x.example/?a=1&b="<script>"', 30)!;
    expect(svg).toContain('width="30mm"');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&amp;b=&quot;&lt;script&gt;&quot;');
  });

  it('returns null for text too long for any QR version instead of throwing', () => {
    expect(qrSvg('x'.repeat(5000))).toBeNull();
  });
});
