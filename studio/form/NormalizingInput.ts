import type { InputProps } from 'sanity';
import { normalizeFormChange, type FormChange } from './normalizePatches.ts';

type OnChange = (change: FormChange) => void;

// One normalising wrapper per original `onChange`, so the wrapped input sees a stable callback
// whenever the form builder passes the same `onChange` again.
const wrappers = new WeakMap<OnChange, OnChange>();

/** The `onChange` the wrapped input receives: normalises, then forwards to the original. */
export function normalisingOnChange(onChange: OnChange): OnChange {
  let wrapped = wrappers.get(onChange);
  if (!wrapped) {
    wrapped = (change: FormChange) => onChange(normalizeFormChange(change));
    wrappers.set(onChange, wrapped);
  }
  return wrapped;
}

/**
 * Global `form.components.input`: renders the default input for every field, with an `onChange`
 * that normalises the text it writes (NFC, look-alike Đ replaced). All the logic is in the pure
 * `normalizeFormChange`.
 */
export function NormalizingInput(props: InputProps) {
  const onChange = normalisingOnChange(props.onChange as OnChange);
  return props.renderDefault({ ...props, onChange } as InputProps);
}
