import type { GetStaticPaths } from 'astro';
declare const Base: unknown;
import { PortableTextBody } from '../../components/pt/PortableTextBody.tsx';
import { StoryCard } from '../../components/StoryCard.tsx';
import { Figure } from '../../components/Img.tsx';
import { loadRouteData } from '../../lib/routes/data.ts';
import type { Exemplar } from '../../lib/routes/types.ts';
import { resolveImages } from '../../lib/images/resolve.ts';
import { safeHref } from '../../lib/routes/urls.ts';
import { formatDate } from '../../lib/format/index.ts';
import { educationLevels, exemplarKinds, exemplarRoles, honourLevels, lifecycleStages, titleOf } from '@guong-sang/schemas';

export const getStaticPaths = (async () => {
  const { exemplars } = await loadRouteData();
  return exemplars.map((exemplar) => ({ params: { slug: exemplar.slug }, props: { exemplar } }));
}) satisfies GetStaticPaths;

interface Props {
  exemplar: Exemplar;
}

const { exemplar } = Astro.props;
const data = await loadRouteData();
const published = new Set(data.stories.map((s) => s._id));
const stories = exemplar.stories.filter((s) => published.has(s._id));
const images = await resolveImages(
  [[exemplar.portrait, 'portrait'], ...stories.map((s) => [s.cover, 'card'] as const)],
  data.sanityProject,
);
const achievements = [...(exemplar.achievements ?? [])]
  .filter((a) => a.description)
  .sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
const facts = [
  ['Loại', titleOf(exemplarKinds, exemplar.kind)],
  ['Vai trò', titleOf(exemplarRoles, exemplar.role)],
  ['Cấp học', titleOf(educationLevels, exemplar.educationLevel)],
  ['Đơn vị', exemplar.organisation?.name],
  ['Tỉnh, thành phố', exemplar.province?.name],
  ['Giai đoạn', exemplar.lifecycle ? titleOf(lifecycleStages, exemplar.lifecycle.stage) : undefined],
].filter(([, value]) => value) as Array<[string, string]>;

declare const Astro: { props: Props; url: URL; site: URL };
export {};
