import { describe, expect, it } from 'vitest';
import { PatchEvent, type FormPatch } from 'sanity';
import { normalizeFormChange, normalizeFormPatch } from '../../studio/form/normalizePatches.ts';

const NFD_DUONG = 'Đu\u031Bo\u031B\u0300ng đe\u0302\u0301n tru\u031Bo\u031B\u0300ng'; // "Đường đến trường", decomposed
const NFC_DUONG = 'Đường đến trường';
const ETH = '\u00D0ổi mới'; // Ð (eth) pasted for Đ
const AFRICAN_D = '\u0189ổi mới'; // Ɖ pasted for Đ

describe('normalising input transform', () => {
  it('turns NFD text into NFC in set patches', () => {
    expect(NFD_DUONG).not.toBe(NFC_DUONG);
    const patch = normalizeFormPatch({ type: 'set', path: [], value: NFD_DUONG });
    expect(patch).toEqual({ type: 'set', path: [], value: NFC_DUONG });
    expect((patch as { value: string }).value.length).toBe(NFC_DUONG.length);
  });

  it('replaces look-alike Ð and Ɖ with Đ (U+0110), and ð with đ', () => {
    for (const input of [ETH, AFRICAN_D]) {
      const patch = normalizeFormPatch({ type: 'set', path: [], value: input }) as { value: string };
      expect(patch.value).toBe('Đổi mới');
      expect(patch.value.codePointAt(0)).toBe(0x0110);
    }
    const lower = normalizeFormPatch({ type: 'set', path: [], value: '\u00F0ường' }) as { value: string };
    expect(lower.value).toBe('đường');
  });

  it('normalises strings deep inside inserted blocks but not identifiers', () => {
    const block = {
      _type: 'block',
      _key: 'k\u00D0', // identifiers are left exactly as they are
      children: [{ _type: 'span', _key: 's1', text: NFD_DUONG, marks: [] }],
    };
    const patch = normalizeFormPatch({ type: 'insert', path: [0], position: 'after', items: [block] }) as {
      items: (typeof block)[];
    };
    expect(patch.items[0]!.children[0]!.text).toBe(NFC_DUONG);
    expect(patch.items[0]!._key).toBe('k\u00D0');
  });

  it('normalises setIfMissing values (e.g. objects created by an input)', () => {
    const patch = normalizeFormPatch({ type: 'setIfMissing', path: [], value: { name: ETH } }) as {
      value: { name: string };
    };
    expect(patch.value.name).toBe('Đổi mới');
  });

  it('returns the very same patch when nothing changes, and leaves other patch types alone', () => {
    const clean: FormPatch = { type: 'set', path: ['title'], value: NFC_DUONG };
    expect(normalizeFormPatch(clean)).toBe(clean);
    const unset: FormPatch = { type: 'unset', path: ['title'] };
    expect(normalizeFormPatch(unset)).toBe(unset);
    const number: FormPatch = { type: 'set', path: ['order'], value: 3 };
    expect(normalizeFormPatch(number)).toBe(number);
  });

  it('keeps the shape of the onChange argument (patch, array, PatchEvent)', () => {
    const single = normalizeFormChange({ type: 'set', path: [], value: ETH });
    expect(single).toEqual({ type: 'set', path: [], value: 'Đổi mới' });

    const array = normalizeFormChange([
      { type: 'setIfMissing', path: [], value: {} },
      { type: 'set', path: ['name'], value: NFD_DUONG },
    ]);
    expect(Array.isArray(array)).toBe(true);
    expect((array as FormPatch[])[1]).toEqual({ type: 'set', path: ['name'], value: NFC_DUONG });

    const event = normalizeFormChange(PatchEvent.from([{ type: 'set', path: [], value: AFRICAN_D }]));
    expect(event).toBeInstanceOf(PatchEvent);
    expect((event as PatchEvent).patches).toEqual([{ type: 'set', path: [], value: 'Đổi mới' }]);

    const untouched = PatchEvent.from([{ type: 'set', path: [], value: NFC_DUONG }]);
    expect(normalizeFormChange(untouched)).toBe(untouched);
  });
});
