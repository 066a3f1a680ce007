// The draft preview's renderer, a child process of the site server (started by ./renderer.ts).
//
// Why this mechanism: Astro's Container API renders one component to a string with the site's own
// compiled components, and Vite's dev server (in middleware mode, no HTTP listener, no HMR) compiles
// them on demand with the site's own config and integrations (`getViteConfig`), so a preview renders
// exactly components/story/StoryPage.astro — the template the public page uses — without a build,
// nothing written to dist or a release. The alternative, `astro dev` behind a proxy, would expose a
// dev server (`/@fs/`, `/@vite/client`) to filter; here nothing listens at all. It runs in a child
// process so that Vite's memory, the content read token and a crash stay out of the site server, and
// its environment is exactly the content configuration the server hands it.
//
// After rendering, the page is made safe to serve: the CSS Vite would inject in dev is inlined (as
// the public build does, `inlineStylesheets: 'always'`), and local image URLs (Astro's dev
// `/_image?href=/@fs/…` endpoint) are replaced by opaque keys the server maps to its own
// token-checked image route; see ./page-safety.ts.
import { createRequire } from 'node:module';
import { readFile, realpath } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getViteConfig } from 'astro/config';
import { experimental_AstroContainer } from 'astro/container';
import sharp from 'sharp';
import { join, sep } from 'node:path';
import { readContentConfig } from '../content/config.ts';
import { loadDataset } from '../content/dataset.ts';
import { buildState } from '../build/state.ts';
import { draftContent, loadDraftStory, type DraftStoryOptions } from './draft-story.ts';
import { collectDevImages, type DevImage } from './page-safety.ts';
import type { RenderReply, RenderRequest } from './protocol.ts';

// The little of Vite's dev server used here, typed locally: `vite` is Astro's dependency, not the site's.
interface ViteServer {
  ssrLoadModule(url: string): Promise<Record<string, unknown>>;
  environments: { ssr: { moduleGraph: { getModuleByUrl(url: string): Promise<unknown> } } };
  close(): Promise<void>;
}
interface Vite {
  createServer(config: unknown): Promise<ViteServer>;
}
type ViteModule = { id: string | null; url: string; importedModules: Set<ViteModule> };

const SITE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** As long as a preview token (server/src/preview/token.ts). */
const IMAGE_KEY_TTL_MS = 30 * 60 * 1000;
const COMPONENT = '/src/components/story/StoryPage.astro';
/** The crop cache (content integration): cropped images live there, whole ones stay in the export. */
const CROP_CACHE = fileURLToPath(new URL('../../../.cache/images/', import.meta.url));

/** The only directories an image may be served from: the crop cache and the local export's images. */
async function imageDirs(): Promise<string[]> {
  const config = readContentConfig(process.env, []);
  const dirs = [CROP_CACHE];
  if (config.kind === 'local') dirs.push(join((await loadDataset(config.datasetPath)).root, 'images'));
  const real = await Promise.all(dirs.map((dir) => realpath(dir).catch(() => dir)));
  return [...new Set([...dirs, ...real])].map((dir) => (dir.endsWith(sep) ? dir : dir + sep));
}

// Vite is Astro's dependency, not the site's: load the very copy Astro uses.
async function loadVite(): Promise<Vite> {
  const require = createRequire(import.meta.resolve('astro/config'));
  return import(pathToFileURL(require.resolve('vite')).href) as Promise<Vite>;
}

async function startVite(): Promise<ViteServer> {
  const { createServer } = await loadVite();
  const config = await getViteConfig(
    { server: { middlewareMode: true, hmr: false, ws: false, watch: null }, appType: 'custom', logLevel: 'warn' },
    { root: SITE_ROOT, logLevel: 'warn' },
  )({ command: 'serve', mode: 'development' });
  return createServer(config);
}

/** The stylesheets a module imports, dependencies first, as Vite processes them (`?inline`). */
async function collectCss(vite: ViteServer, entry: string): Promise<string> {
  const graph = vite.environments.ssr.moduleGraph;
  const root = await graph.getModuleByUrl(entry);
  const seen = new Set<ViteModule>();
  const sheets: string[] = [];
  const visit = (mod: ViteModule) => {
    if (seen.has(mod)) return;
    seen.add(mod);
    for (const inner of mod.importedModules) visit(inner);
    if (mod.id && /\.css(\?|$)/.test(mod.id) && !mod.id.includes('inline')) sheets.push(mod.url);
  };
  if (root) visit(root as ViteModule);
  const css = await Promise.all(
    sheets.map(async (url) => ((await vite.ssrLoadModule(`${url}${url.includes('?') ? '&' : '?'}inline`)) as { default: string }).default),
  );
  return css.join('\n');
}

/**
 * The renderer's content is the draft context (draft-story.ts), not a build's: this process's build
 * state holds it, so the site's integrations, which Vite loads with the site's config, list the
 * drafts view's images and never prepare (fetch, repair, validate, join) the published content too.
 * Kept pointing at the newest context, so an old one is not held after a refresh.
 */
async function seedBuildState(options: DraftStoryOptions): Promise<void> {
  const { prepared, data } = await draftContent(options);
  buildState.content = Promise.resolve(prepared);
  buildState.routeData = Promise.resolve(data);
}

async function main() {
  // SANITY_API_HOST: the server passes its own (a proxy, or a loopback stand-in in tests).
  const apiHost = process.env.SANITY_API_HOST;
  const contextOptions = (now: Date): DraftStoryOptions => ({ env: process.env, now, sanity: apiHost ? { apiHost } : {} });
  await seedBuildState(contextOptions(new Date()));
  const vite = await startVite();
  const { default: StoryPage } = (await vite.ssrLoadModule(COMPONENT)) as { default: Parameters<experimental_AstroContainer['renderToString']>[0] };
  const { default: reactRenderer } = (await vite.ssrLoadModule('@astrojs/react/server.js')) as { default: never };
  const site = process.env.SITE_URL?.trim() || 'https://guongsang.example.vn';
  const container = await experimental_AstroContainer.create({ astroConfig: { site, trailingSlash: 'always' } });
  container.addServerRenderer({ renderer: reactRenderer, name: '@astrojs/react' });
  const css = await collectCss(vite, COMPONENT);
  const viteState = (await vite.ssrLoadModule('/src/lib/build/state.ts')) as { buildState: typeof buildState };
  // Image keys handed out with rendered pages, and when: a key works as long as a preview link does.
  const images = new Map<string, { image: DevImage; at: number }>();
  const allowedDirs = await imageDirs();

  const handle = async (request: RenderRequest): Promise<RenderReply> => {
    if (request.type === 'image') {
      const entry = images.get(request.key);
      if (!entry || Date.now() - entry.at > IMAGE_KEY_TTL_MS) return { id: request.id, type: 'image', found: false };
      const { image } = entry;
      // Checked again after following links: a key can never name another file.
      const file = await realpath(image.file).catch(() => '');
      if (!allowedDirs.some((dir) => file.startsWith(dir))) return { id: request.id, type: 'image', found: false };
      // rotate(): EXIF orientation applied, as Astro's image service does.
      const pipeline = sharp(await readFile(file)).rotate().resize(image.width, image.height ?? undefined, { fit: 'cover' });
      const body = image.format === 'avif' ? await pipeline.avif({ quality: image.quality, effort: 2 }).toBuffer() : await pipeline.webp({ quality: image.quality }).toBuffer();
      return { id: request.id, type: 'image', found: true, contentType: `image/${image.format}`, body };
    }
    // The build clock (lib/build/clock.ts) is memoised per process for a build; a preview is rendered
    // at its request's instant, in both copies of the build state (this process's and the one Vite
    // loaded for the components, see integrations/build-state.ts).
    const now = new Date(request.now);
    buildState.clock = now;
    viteState.buildState.clock = now;
    const draft = await loadDraftStory(request.documentId, contextOptions(now));
    await seedBuildState(contextOptions(now));
    if (draft.kind !== 'story') return { id: request.id, type: 'render', result: draft };
    const url = new URL(`/bai-viet/${encodeURIComponent(draft.slug)}/`, site);
    const rendered = await container.renderToString(StoryPage, {
      props: { ...draft.props, noindex: true },
      params: { slug: draft.slug },
      request: new Request(url),
    });
    const { html, found } = collectDevImages(rendered, allowedDirs);
    for (const [key, image] of found) {
      images.delete(key);
      images.set(key, { image, at: Date.now() });
    }
    // Bounded: a long-running server previews many drafts; old keys simply 404.
    while (images.size > 2000) images.delete(images.keys().next().value!);
    return { id: request.id, type: 'render', result: { kind: 'story', html: html.replace('</head>', () => `<style>${css.replaceAll('</style', '<\\/style')}</style></head>`) } };
  };

  process.on('message', (message: RenderRequest) => {
    handle(message).then(
      (reply) => process.send!(reply),
      (error: unknown) => process.send!({ id: message.id, type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies RenderReply),
    );
  });
  process.on('disconnect', () => {
    void vite.close().finally(() => process.exit(0));
  });
  process.send!({ id: 0, type: 'ready' } satisfies RenderReply);
}

main().catch((error: unknown) => {
  process.send?.({ id: 0, type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies RenderReply);
  process.exit(1);
});
