import { useCallback } from 'react';
import type { InputProps } from 'sanity';
import { normalizeFormChange, type FormChange } from './normalizePatches.ts';

/**
 * Global `form.components.input`: renders the default input for every field, with an `onChange`
 * that normalises the text it writes (NFC, look-alike Đ replaced). All the logic is in the pure
 * `normalizeFormChange`.
 */
export function NormalizingInput(props: InputProps) {
  const { onChange } = props;
  const normalisingOnChange = useCallback(
    (change: FormChange) => (onChange as (change: FormChange) => void)(normalizeFormChange(change)),
    [onChange],
  );
  return props.renderDefault({ ...props, onChange: normalisingOnChange } as InputProps);
}
