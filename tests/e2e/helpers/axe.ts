// axe-core (the root devDependency) injected into a page; returns its violations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let source: string | undefined;
const axeSource = () => (source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));

/** WCAG 2.0/2.1/2.2 level A and AA rules. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type AxeViolation = Result;

export interface AxeOptions {
  /** axe tags to run (default WCAG_TAGS). */
  tags?: string[];
  /** CSS selectors to leave out (e.g. third-party widgets). Use sparingly. */
  exclude?: string[];
  /** Extra axe run options. */
  runOptions?: RunOptions;
}

/** Run axe-core on the page as it is now; returns the violations (empty = pass). */
export async function runAxe(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!hasAxe) await page.addScriptTag({ content: axeSource() });
  const results = await page.evaluate(
    async ({ tags, exclude, runOptions }) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResults> } }).axe;
      const context = exclude.length ? { exclude: exclude.map((s) => [s]) } : document;
      return axe.run(context, { ...runOptions, runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    },
    { tags: options.tags ?? WCAG_TAGS, exclude: options.exclude ?? [], runOptions: options.runOptions ?? {} },
  );
  return results.violations;
}

/** Violations as readable lines for an assertion message. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `${v.id} (${v.impact}) ${v.help} — ${v.nodes.length} nút\n${nodes}`;
    })
    .join('\n');
}
