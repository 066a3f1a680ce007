// A story's credits as its byline shows them: grouped by role in the vocabulary's order
// ("Bài: A, B · Ảnh: C"), people with an unknown role last under "Thực hiện"; and its authors
// (those credited as "tác giả", or everyone credited when nobody is) for structured data.
import { creditRoles } from '@guong-sang/schemas';
import type { Story } from '../routes/types.ts';

export type CreditedPerson = NonNullable<NonNullable<Story['credits']>[number]['person']>;

export interface CreditGroup {
  label: string;
  people: CreditedPerson[];
}

type Credit = NonNullable<Story['credits']>[number];
const named = (credits: Story['credits']): (Credit & { person: CreditedPerson })[] =>
  (credits ?? []).filter((c): c is Credit & { person: CreditedPerson } => Boolean(c.person?.name));

export function creditGroups(credits: Story['credits']): CreditGroup[] {
  const list = named(credits);
  const groups = creditRoles
    .map((role) => ({ label: role.title, people: list.filter((c) => c.role === role.value).map((c) => c.person) }))
    .filter((g) => g.people.length > 0);
  const unlabelled = list.filter((c) => !creditRoles.some((r) => r.value === c.role)).map((c) => c.person);
  if (unlabelled.length) groups.push({ label: 'Thực hiện', people: unlabelled });
  return groups;
}

export function storyAuthors(credits: Story['credits']): CreditedPerson[] {
  const list = named(credits);
  const authors = list.filter((c) => c.role === 'tac-gia');
  return (authors.length > 0 ? authors : list).map((c) => c.person);
}
