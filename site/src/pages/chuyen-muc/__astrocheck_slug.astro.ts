import type { GetStaticPaths } from 'astro';
declare const Base: unknown;
import { StoryCard } from '../../components/StoryCard.tsx';
import { loadRouteData } from '../../lib/routes/data.ts';
import type { Column } from '../../lib/routes/types.ts';
import { resolveImages } from '../../lib/images/resolve.ts';
import { Figure } from '../../components/Img.tsx';

export const getStaticPaths = (async () => {
  const { columns } = await loadRouteData();
  return columns.map((column) => ({ params: { slug: column.slug }, props: { column } }));
}) satisfies GetStaticPaths;

interface Props {
  column: Column;
}

const { column } = Astro.props;
const data = await loadRouteData();
// Only stories that have their own page (the source may have pruned some).
const published = new Set(data.stories.map((s) => s._id));
const stories = column.stories.filter((s) => published.has(s._id));
const images = await resolveImages([[column.cover, 'cover'], ...stories.map((s) => [s.cover, 'card'] as const)], data.sanityProject);

declare const Astro: { props: Props; url: URL; site: URL };
export {};
