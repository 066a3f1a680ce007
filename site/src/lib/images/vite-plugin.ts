// `virtual:guong-sang/images` — a Map from image key to the ESM-imported image (ImageMetadata),
// generated from the images the pages will actually show. Importing the files lets Astro's own
// asset pipeline (sharp service, hashing, caching, emitting) handle them like any `src/` image.
// `colours` maps the same keys to each picture's average colour (the loading placeholder).
// `load` must return only files that passed the header inspection (crop-cache.ts does): whatever is
// imported here can reach dist/, and Astro passes an SVG through verbatim.
import type { ViteUserConfig } from 'astro';
import type { LocalImageFile } from './crop-cache.ts';

// `vite` is not a direct dependency of the site; take its Plugin type through Astro's config type.
type VitePlugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

const ID = 'virtual:guong-sang/images';
const RESOLVED = '\0' + ID;

/**
 * Marks the module as content data for Astro's incremental build, as Astro marks its own content
 * layer's image imports: its code lists every image the site shows, so without the mark one new or
 * removed image would change every page's dependency hash and re-render the whole site. What a page
 * shows of it is already in the page's cache key (its image references and crops), and the files it
 * imports are named after their content (source sha1, crop), so leaving it out of the hash is exact.
 */
const CONTENT_DATA = { astroIncremental: { kind: 'content-data' } };

export function datasetImagesPlugin(load: () => Promise<Map<string, LocalImageFile>>): VitePlugin {
  return {
    name: 'guong-sang:dataset-images',
    resolveId(id: string) {
      return id === ID ? { id: RESOLVED, meta: CONTENT_DATA } : undefined;
    },
    async load(id: string) {
      if (id !== RESOLVED) return undefined;
      const files = [...(await load()).values()];
      const imports = files.map((f, i) => `import i${i} from ${JSON.stringify(f.file)};`);
      const entries = files.map((f, i) => `[${JSON.stringify(f.key)}, i${i}]`);
      const colours = files.filter((f) => f.color).map((f) => `[${JSON.stringify(f.key)}, ${JSON.stringify(f.color)}]`);
      return `${imports.join('\n')}\nexport default new Map([${entries.join(', ')}]);\nexport const colours = new Map([${colours.join(', ')}]);\n`;
    },
  };
}
