// The inline scripts (site/src/scripts/, minified at build time by integrations/minified-scripts.ts):
// within budget, ES5 where promised, names taken from ids.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minifyScript } from '../../site/src/integrations/minified-scripts.ts';
import { EMBED_TAG, THEME_TOGGLE_ID } from '../../site/src/scripts/ids.ts';
import { siteDir } from './helpers/build.ts';

const script = (name: string) => join(siteDir, 'src/scripts', name);

describe('inline scripts', () => {
  it('theme script: ES5, ≤ 500 bytes, no "use strict", the toggle id from ids.ts', async () => {
    const { code, inputs } = await minifyScript(script('theme.ts'), 'es5');
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(500);
    expect(code).toContain(`"${THEME_TOGGLE_ID}"`);
    expect(code).not.toContain('use strict');
    expect(code.startsWith('(function(){')).toBe(true);
    expect(inputs.some((f) => f.endsWith('ids.ts'))).toBe(true);
  });

  it('embed facade: ≤ 500 bytes, defines the element named in ids.ts; with the theme ≤ 1 KB', async () => {
    const embed = (await minifyScript(script('embed-facade.ts'), 'es2015')).code;
    const theme = (await minifyScript(script('theme.ts'), 'es5')).code;
    expect(Buffer.byteLength(embed)).toBeLessThanOrEqual(500);
    expect(embed).toContain(`"${EMBED_TAG}"`);
    expect(Buffer.byteLength(embed + theme)).toBeLessThanOrEqual(1024);
  });

  it('fails when a script meant for ES5 needs newer syntax', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gs-inline-'));
    try {
      const file = join(dir, 'bad.ts');
      // esbuild refuses what it cannot lower; the check after it catches what it lets through (let, const).
      writeFileSync(file, 'for (const y of [1, 2]) console.log(y);\n');
      await expect(minifyScript(file, 'es5')).rejects.toThrow(/es5/i);
      writeFileSync(file, 'document.onclick = function () { let n = 0; setTimeout(() => n++); console.log(n); };\n');
      await expect(minifyScript(file, 'es5')).rejects.toThrow(/es5/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
