import { describe, expect, it } from 'vitest';
import { countWordsInBlocks, isNormalizedText, normalizePatchValue, normalizeText, slugify } from '../../schemas/index.ts';

const NFD = (s: string) => s.normalize('NFD');

describe('normalizeText', () => {
  it.each([
    ['already NFC', 'Đổi mới sáng tạo', 'Đổi mới sáng tạo'],
    ['decomposed (tổ hợp) input', NFD('Trường học hạnh phúc'), 'Trường học hạnh phúc'],
    ['capital eth Ð → Đ', '\u00D0ường đến trường', 'Đường đến trường'],
    ['small eth ð → đ', 'con \u00F0ường', 'con đường'],
    ['African D Ɖ → Đ', '\u0189ắk Lắk', 'Đắk Lắk'],
    ['d with tail ɖ → đ', '\u0256ổi mới', 'đổi mới'],
    ['look-alike plus NFD together', NFD('\u00D0ổi mới'), 'Đổi mới'],
  ])('%s', (_name, input, expected) => {
    const output = normalizeText(input);
    expect(output).toBe(expected);
    expect(isNormalizedText(output)).toBe(true);
    expect(normalizeText(output)).toBe(output);
  });

  it('reports non-normalised text', () => {
    expect(isNormalizedText(NFD('Huế'))).toBe(false);
    expect(isNormalizedText('\u00D0à Nẵng')).toBe(false);
    // Called twice in a row: the global look-alike regex must not keep state between calls.
    expect(isNormalizedText('\u00D0à Nẵng')).toBe(false);
  });
});

describe('slugify', () => {
  it.each([
    ['Đổi mới sáng tạo', 'doi-moi-sang-tao'],
    [NFD('Đổi mới sáng tạo'), 'doi-moi-sang-tao'],
    ['\u00D0ường đến trường', 'duong-den-truong'],
    ['\u0189ắk Lắk', 'dak-lak'],
    ['Thành phố Hồ Chí Minh', 'thanh-pho-ho-chi-minh'],
    ['  “Sóng và máy tính cho em” — 2025!  ', 'song-va-may-tinh-cho-em-2025'],
    ['Khánh Hòa / Khánh Hoà', 'khanh-hoa-khanh-hoa'],
    ['Quyết định 1234/QĐ-BGDĐT', 'quyet-dinh-1234-qd-bgddt'],
    ['Ưu tú, Nhân dân', 'uu-tu-nhan-dan'],
    ['---', ''],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('caps at 96 characters on a word boundary without a trailing hyphen', () => {
    const slug = slugify('Những tấm gương sáng '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(96);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug.startsWith('nhung-tam-guong-sang-nhung')).toBe(true);
  });

  it('accepts the extra arguments Sanity passes to options.slugify', () => {
    expect(slugify('Đường đến trường', {}, {})).toBe('duong-den-truong');
  });
});

describe('normalizePatchValue', () => {
  it('normalises strings deep inside Portable Text but leaves identifiers alone', () => {
    const value = [
      { _type: 'block', _key: 'k\u00F0', children: [{ _type: 'span', _key: 's1', text: NFD('Đổi mới') + ' \u00D0à Nẵng', marks: [] }] },
    ];
    const result = normalizePatchValue(value);
    expect(result[0]?.children[0]?.text).toBe('Đổi mới Đà Nẵng');
    expect(result[0]?._key).toBe('k\u00F0');
  });

  it('returns the same reference when nothing changes', () => {
    const value = { title: 'Gương sáng', tags: ['Huế'] };
    expect(normalizePatchValue(value)).toBe(value);
    expect(normalizePatchValue('Huế')).toBe('Huế');
    expect(normalizePatchValue(42)).toBe(42);
  });
});

describe('countWordsInBlocks', () => {
  it('counts words across spans and ignores non-text blocks', () => {
    const blocks = [
      { _type: 'block', children: [{ _type: 'span', text: 'Đổi ' }, { _type: 'span', text: 'mới, sáng tạo' }] },
      { _type: 'accessibleImage', alt: 'không tính' },
      { _type: 'block', children: [{ _type: 'span', text: 'Năm 2025 — tiếp tục.' }] },
    ];
    // "Đổi mới, sáng tạo" (4) + "Năm 2025 — tiếp tục." (4; the dash is not a word).
    expect(countWordsInBlocks(blocks)).toBe(8);
  });
});
