// One feed per column: its newest stories.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRouteData } from '../../../lib/routes/data.ts';
import { storyFeed } from '../../../lib/routes/feed.ts';
import { columnFeedPaths } from '../../../lib/routes/pages/columns.ts';

export const getStaticPaths = (async () => columnFeedPaths(await loadRouteData())) satisfies GetStaticPaths;

type Props = ReturnType<typeof columnFeedPaths>[number]['props'];

export const GET: APIRoute<Props> = ({ props: { page }, site }) => storyFeed({ ...page, site: site! });
