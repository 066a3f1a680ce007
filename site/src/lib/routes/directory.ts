// The exemplar directory's facets, computed from the route data: which values exist, how many
// exemplars each has, and which exemplars a pre-built listing shows. Pure (no Astro), so the pages,
// the open data and the tests agree on one definition.
import {
  educationLevels,
  exemplarKinds,
  exemplarRoles,
  honourLevels,
  lifecycleStages,
  titleOf,
  type Vocabulary,
} from '@guong-sang/schemas';
import { collator } from '../format/collator.ts';
import type { Exemplar } from './types.ts';
import { DIRECTORY_FACETS, urlFor, type DirectoryFacet } from './urls.ts';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface FacetGroup {
  facet: DirectoryFacet;
  /** Query parameter and URL segment (`tinh`, `cap-hoc`, …). */
  param: string;
  /** "Tỉnh, thành phố", … */
  label: string;
  /** Only values some exemplar has, in a stable reader order. */
  values: FacetValue[];
}

export const FACET_LABELS: Record<DirectoryFacet, string> = {
  province: 'Tỉnh, thành phố',
  level: 'Cấp học',
  kind: 'Loại',
  role: 'Vai trò',
  honour: 'Cấp khen thưởng',
  stage: 'Giai đoạn',
};

/** The facet order on every page. */
export const FACET_ORDER: DirectoryFacet[] = ['province', 'level', 'kind', 'role', 'honour', 'stage'];

/** The values an exemplar has for a facet (honour: the levels of its public honours, deduplicated). */
export function facetValuesOf(exemplar: Exemplar, facet: DirectoryFacet): string[] {
  switch (facet) {
    case 'province':
      return exemplar.province?.slug ? [exemplar.province.slug] : [];
    case 'level':
      return exemplar.educationLevel ? [exemplar.educationLevel] : [];
    case 'kind':
      return exemplar.kind ? [exemplar.kind] : [];
    case 'role':
      return exemplar.role ? [exemplar.role] : [];
    case 'honour':
      return [...new Set(exemplar.honours.map((h) => h.level).filter((l): l is NonNullable<typeof l> => !!l))];
    case 'stage':
      // The query returns the lifecycle only when the editors made it public (showPublicly).
      return exemplar.lifecycle?.stage ? [exemplar.lifecycle.stage] : [];
  }
}

const VOCABULARY: Partial<Record<DirectoryFacet, Vocabulary>> = {
  level: educationLevels,
  kind: exemplarKinds,
  role: exemplarRoles,
  honour: honourLevels,
  stage: lifecycleStages,
};

/** Display label of a facet value. */
export function facetLabel(exemplars: readonly Exemplar[], facet: DirectoryFacet, value: string): string {
  if (facet === 'province') return exemplars.find((e) => e.province?.slug === value)?.province?.name ?? value;
  return titleOf(VOCABULARY[facet]!, value) ?? value;
}

/**
 * One group per facet with the values present and their counts. Vocabulary facets keep the
 * vocabulary's order (Mầm non → Đại học, cơ sở → toàn quốc); provinces and unknown values sort by
 * Vietnamese collation.
 */
export function facetGroups(exemplars: readonly Exemplar[]): FacetGroup[] {
  return FACET_ORDER.map((facet) => {
    const counts = new Map<string, number>();
    for (const exemplar of exemplars) {
      for (const value of facetValuesOf(exemplar, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const vocabulary = VOCABULARY[facet];
    const rank = (value: string) => {
      const i = vocabulary ? vocabulary.findIndex((entry) => entry.value === value) : -1;
      return i === -1 ? Infinity : i;
    };
    const values = [...counts]
      .map(([value, count]) => ({ value, count, label: facetLabel(exemplars, facet, value) }))
      .sort((a, b) => rank(a.value) - rank(b.value) || collator.compare(a.label, b.label));
    return { facet, param: DIRECTORY_FACETS[facet], label: FACET_LABELS[facet], values };
  });
}

/** The exemplars a pre-built listing shows (already in directory order). */
export function exemplarsWith(exemplars: readonly Exemplar[], facet: DirectoryFacet, value: string): Exemplar[] {
  return exemplars.filter((e) => facetValuesOf(e, facet).includes(value));
}

/** Every pre-built listing: one per facet value that has exemplars. */
export function facetListings(exemplars: readonly Exemplar[]) {
  return facetGroups(exemplars).flatMap((group) =>
    group.values.map((v) => ({ facet: group.facet, group, value: v, exemplars: exemplarsWith(exemplars, group.facet, v.value) })),
  );
}

/** An exemplar as the directory lists it (ExemplarList.astro): what the entry shows, nothing more. */
export interface DirectoryEntry {
  slug: string;
  name: string | null;
  href: string;
  portrait: Exemplar['portrait'];
  /** Role · education level · province. */
  meta: string;
  organisation: string | null;
  summary: string | null;
  /** data-<param> attributes with the entry's facet values (space-separated), for <exemplar-directory>. */
  data: Record<string, string>;
}

export function directoryEntry(exemplar: Exemplar): DirectoryEntry {
  return {
    slug: exemplar.slug,
    name: exemplar.name,
    href: urlFor('exemplar', exemplar.slug)!,
    portrait: exemplar.portrait,
    meta: [titleOf(exemplarRoles, exemplar.role), titleOf(educationLevels, exemplar.educationLevel), exemplar.province?.name].filter(Boolean).join(' · '),
    organisation: exemplar.organisation?.name ?? null,
    summary: exemplar.summary,
    data: Object.fromEntries(FACET_ORDER.map((facet) => [`data-${DIRECTORY_FACETS[facet]}`, facetValuesOf(exemplar, facet).join(' ')])),
  };
}
