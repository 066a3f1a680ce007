// Keeps src/lib/build/state.ts out of the pages' bundle. Vite would otherwise bundle a second copy
// of it into the prerender chunks, and the pages would not see what the integrations (loaded by
// Node from astro.config.mjs) computed. Marked external by its file URL, it is imported by Node at
// render time from the same URL as the integrations' copy, so both share one module instance.
// Build only: Vite's dev module runner cannot load an external `file:` URL, and in dev (the draft
// preview renderer, server/src/preview/) the pages get their data as props and may use their own copy.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, ViteUserConfig } from 'astro';

type VitePlugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

const STATE_FILE = fileURLToPath(new URL('../lib/build/state.ts', import.meta.url));

function sharedStatePlugin(): VitePlugin {
  return {
    name: 'guong-sang:shared-build-state',
    enforce: 'pre',
    apply: 'build',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/build/state.ts') && !source.endsWith('/state.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved?.id !== STATE_FILE) return null;
      return { id: pathToFileURL(STATE_FILE).href, external: true };
    },
  };
}

export function buildStateIntegration(): AstroIntegration {
  return {
    name: 'guong-sang:build-state',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [sharedStatePlugin()] } });
      },
    },
  };
}
