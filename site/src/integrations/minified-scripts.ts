// `import code from '../scripts/x.ts?minified=<target>'`: the script bundled with what it imports
// (ids.ts) and minified by esbuild at build time, as a string for `<script is:inline set:html>`.
// For the few scripts that must stay inline (no extra request; the theme script must run before
// first paint): the source stays readable TypeScript in src/scripts/, the page gets the small code.
// Scripts loaded as files use Astro's processed <script> tags instead (bundled and minified by Vite).
//
// Targets: `es5` for the theme script (older phone browsers must parse it). Shared modules may use
// `const` and computed keys (esbuild cannot lower them to ES5, so they are let through), and the
// output is then checked against ES5: a script that still needs newer syntax fails the build.
// Otherwise an esbuild target such as `es2015`.
import { resolve } from 'node:path';
import type { AstroIntegration, ViteUserConfig } from 'astro';
import { build, transform, type BuildOptions } from 'esbuild';

// `vite` is not a direct dependency of the site; take its Plugin type through Astro's config type.
type VitePlugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

const PARAM = 'minified';

export async function minifyScript(file: string, target: string): Promise<{ code: string; inputs: string[] }> {
  const es5 = target === 'es5';
  const supported: BuildOptions['supported'] = es5 ? { 'const-and-let': true, 'object-extensions': true } : {};
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    // A function scope of its own: nothing leaks into the page's globals.
    format: 'iife',
    target,
    supported,
    // No "use strict" prologue (tsconfig's strict mode): the code needs none, and it costs bytes.
    tsconfigRaw: {},
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text.trim();
  if (es5) {
    try {
      await transform(code, { target: 'es5', logLevel: 'silent' });
    } catch (error) {
      throw new Error(`${file}: the minified script is not ES5: ${(error as Error).message}`, { cause: error });
    }
  }
  // set:html writes the string as the <script> element's text: it must not close the element.
  if (/<\/script|<!--/i.test(code)) throw new Error(`${file}: the minified script contains "</script" or "<!--"`);
  const inputs = Object.keys(result.metafile.inputs).map((input) => resolve(input));
  return { code, inputs };
}

export function minifiedScriptsPlugin(): VitePlugin {
  return {
    name: 'guong-sang:minified-scripts',
    async load(id: string) {
      const [file, query] = id.split('?', 2);
      const target = query === undefined ? null : new URLSearchParams(query).get(PARAM);
      if (!file || !target) return undefined;
      const { code, inputs } = await minifyScript(file, target);
      for (const input of inputs) this.addWatchFile(input);
      return `export default ${JSON.stringify(code)};\n`;
    },
  };
}

export function minifiedScriptsIntegration(): AstroIntegration {
  return {
    name: 'guong-sang:minified-scripts',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [minifiedScriptsPlugin()] } });
      },
    },
  };
}
