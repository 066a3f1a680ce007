// Vietnamese alphabetical order (Intl.Collator('vi')), for every sorted list of names and titles.
export const collator = new Intl.Collator('vi');

