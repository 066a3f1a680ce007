import { describe, expect, it, vi } from 'vitest';
import { insert, PatchEvent, set, setIfMissing, unset, type FormPatch, type InputProps } from 'sanity';
import { NormalizingInput, normalisingOnChange } from '../../studio/form/NormalizingInput.ts';
import { normalizeFormChange, normalizeFormPatch } from '../../studio/form/normalizePatches.ts';

const NFD_DUONG = 'Đu\u031Bo\u031B\u0300ng đe\u0302\u0301n tru\u031Bo\u031B\u0300ng'; // "Đường đến trường", decomposed
const NFC_DUONG = 'Đường đến trường';
const ETH = '\u00D0ổi mới'; // Ð (eth) pasted for Đ
const AFRICAN_D = '\u0189ổi mới'; // Ɖ pasted for Đ

const valueOf = (patch: FormPatch) => (patch as { value: unknown }).value;

describe('normalising input transform', () => {
  it('turns NFD text into NFC in set patches', () => {
    expect(NFD_DUONG).not.toBe(NFC_DUONG);
    const patch = normalizeFormPatch(set(NFD_DUONG, ['title']));
    expect(patch).toEqual(set(NFC_DUONG, ['title']));
    expect((valueOf(patch) as string).length).toBe(NFC_DUONG.length);
  });

  it('replaces look-alike Ð and Ɖ with Đ (U+0110), and ð with đ', () => {
    for (const input of [ETH, AFRICAN_D]) {
      const value = valueOf(normalizeFormPatch(set(input))) as string;
      expect(value).toBe('Đổi mới');
      expect(value.codePointAt(0)).toBe(0x0110);
    }
    expect(valueOf(normalizeFormPatch(set('\u00F0ường')))).toBe('đường');
  });

  it('normalises strings deep inside inserted blocks but not identifiers', () => {
    const block = {
      _type: 'block',
      _key: 'k\u00D0', // identifiers are left exactly as they are
      children: [{ _type: 'span', _key: 's1', text: NFD_DUONG, marks: [] }],
    };
    const patch = normalizeFormPatch(insert([block], 'after', [0])) as unknown as { items: (typeof block)[] };
    expect(patch.items[0]!.children[0]!.text).toBe(NFC_DUONG);
    expect(patch.items[0]!._key).toBe('k\u00D0');
    expect(block.children[0]!.text).toBe(NFD_DUONG); // the input's own value is not mutated
  });

  it('normalises setIfMissing values (e.g. objects created by an input)', () => {
    expect(valueOf(normalizeFormPatch(setIfMissing({ name: ETH })))).toEqual({ name: 'Đổi mới' });
  });

  it('returns the very same patch when nothing changes, and leaves other patch types alone', () => {
    const clean = set(NFC_DUONG, ['title']);
    expect(normalizeFormPatch(clean)).toBe(clean);
    const removal = unset(['title']);
    expect(normalizeFormPatch(removal)).toBe(removal);
    const number = set(3, ['order']);
    expect(normalizeFormPatch(number)).toBe(number);
  });

  it('keeps the shape of the onChange argument (patch, array, PatchEvent)', () => {
    expect(normalizeFormChange(set(ETH))).toEqual(set('Đổi mới'));

    const array = normalizeFormChange([setIfMissing({}), set(NFD_DUONG, ['name'])]);
    expect(Array.isArray(array)).toBe(true);
    expect((array as FormPatch[])[1]).toEqual(set(NFC_DUONG, ['name']));

    const event = normalizeFormChange(PatchEvent.from([set(AFRICAN_D)]));
    expect(event).toBeInstanceOf(PatchEvent);
    expect((event as PatchEvent).patches).toEqual([set('Đổi mới')]);

    const untouched = PatchEvent.from([set(NFC_DUONG)]);
    expect(normalizeFormChange(untouched)).toBe(untouched);
  });
});

describe('NormalizingInput', () => {
  it('renders the default input with an onChange that normalises before forwarding', () => {
    const onChange = vi.fn();
    const renderDefault = vi.fn((props: InputProps) => props);
    const props = { onChange, renderDefault, value: '' } as unknown as InputProps;

    const rendered = NormalizingInput(props) as unknown as InputProps;
    expect(renderDefault).toHaveBeenCalledOnce();
    expect(rendered.onChange).not.toBe(onChange);

    (rendered.onChange as (patch: FormPatch) => void)(set(NFD_DUONG));
    expect(onChange).toHaveBeenCalledWith(set(NFC_DUONG));

    // Same original callback → same wrapper, so inputs do not see a new onChange on every render.
    expect(normalisingOnChange(onChange)).toBe(rendered.onChange);
  });
});
