import type { GetStaticPaths } from 'astro';
declare const Base: unknown;
import { PortableTextBody, ExemplarCard } from '../../components/pt/PortableTextBody.tsx';
import { Figure } from '../../components/Img.tsx';
import { loadRouteData } from '../../lib/routes/data.ts';
import type { Story } from '../../lib/routes/types.ts';
import { resolveImages } from '../../lib/images/resolve.ts';
import { bodyImageRequests } from '../../lib/images/requests.ts';
import { safeHref, urlFor } from '../../lib/routes/urls.ts';
import { formatDate, formatDateTime, isoDate } from '../../lib/format/index.ts';
import { creditRoles, storyFormats, titleOf } from '@guong-sang/schemas';

export const getStaticPaths = (async () => {
  const { stories } = await loadRouteData();
  return stories.map((story) => ({ params: { slug: story.slug }, props: { story } }));
}) satisfies GetStaticPaths;

interface Props {
  story: Story;
}

const { story } = Astro.props;
const data = await loadRouteData();
const exemplars = (story.exemplars ?? []).filter((e) => e !== null);
const images = await resolveImages(
  [[story.cover, 'cover'], ...bodyImageRequests(story.body), ...exemplars.map((e) => [e.portrait, 'thumb'] as const)],
  data.sanityProject,
);
const credits = (story.credits ?? []).filter((c) => c.person?.name);
const sources = (story.sources ?? []).filter((s) => s.title);
const updated = story.updatedAt && story.updatedAt !== story.publishedAt ? story.updatedAt : undefined;
const republishedHref = safeHref(story.republishedFrom?.url);

declare const Astro: { props: Props; url: URL; site: URL };
export {};
