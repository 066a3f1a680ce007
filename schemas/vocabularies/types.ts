/** One entry of an editable list. `value` is stored (ASCII kebab-case); `title` is shown (Vietnamese). */
export interface VocabularyEntry<V extends string = string> {
  readonly value: V;
  readonly title: string;
}

export type Vocabulary<V extends string = string> = readonly VocabularyEntry<V>[];

/** Display title for a stored value; falls back to the raw value so unknown data stays visible. */
export function titleOf(vocabulary: Vocabulary, value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  return vocabulary.find((entry) => entry.value === value)?.title ?? value;
}

/** The stored values of a vocabulary, e.g. for `Rule.valid()` or tests. */
export function valuesOf<V extends string>(vocabulary: Vocabulary<V>): V[] {
  return vocabulary.map((entry) => entry.value);
}

/**
 * Sanity `options.list` wants a mutable array of `{ title, value }`; copy so the Studio can never
 * mutate the shared vocabulary.
 */
export function listOptions(vocabulary: Vocabulary): { title: string; value: string }[] {
  return vocabulary.map(({ title, value }) => ({ title, value }));
}
