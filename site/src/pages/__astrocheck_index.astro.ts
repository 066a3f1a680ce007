declare const Base: unknown;
import { StoryCard } from '../components/StoryCard.tsx';
import { ExemplarCard } from '../components/pt/PortableTextBody.tsx';
import { Img } from '../components/Img.tsx';
import { loadRouteData } from '../lib/routes/data.ts';
import { resolveImages } from '../lib/images/resolve.ts';
import { urlFor } from '../lib/routes/urls.ts';
import { formatDateTime, isoDate } from '../lib/format/index.ts';

const data = await loadRouteData();
const { settings, stories, columns } = data;
const publicIds = new Set(stories.map((s) => s._id));
const featured = (settings.featuredStory && publicIds.has(settings.featuredStory._id) ? settings.featuredStory : undefined) ?? stories[0];
const latest = stories.filter((s) => s._id !== featured?._id).slice(0, 9);
const exemplarIds = new Set(data.exemplars.map((e) => e._id));
const spotlight = (settings.spotlightExemplars ?? []).filter((e) => e && exemplarIds.has(e._id)).map((e) => e!);
const images = await resolveImages(
  [
    [featured?.cover, 'cover'],
    ...latest.map((s) => [s.cover, 'card'] as const),
    ...spotlight.map((e) => [e.portrait, 'thumb'] as const),
  ],
  data.sanityProject,
);

declare const Astro: { props: Props; url: URL; site: URL };
export {};
