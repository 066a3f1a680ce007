import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** The commands inside the README's fenced shell blocks, one per line. */
function readmeCommands(): string[] {
  const blocks = read('README.md').match(/```(?:sh|bash|shell)\n([\s\S]*?)```/g) ?? [];
  return blocks.flatMap((block) => block.split('\n').slice(1, -1)).map((line) => line.trim());
}

describe('README and CI agree', () => {
  it('.ci/run runs the README test command verbatim', () => {
    const commands = readmeCommands();
    const testCommand = commands.find((line) => line.endsWith('pnpm@12 test'));
    expect(testCommand, 'README must give a test command').toBeDefined();
    const ciLines = read('.ci/run').split('\n').map((line) => line.trim());
    expect(ciLines).toContain(testCommand);
  });

  it('the quick start builds and serves the site', () => {
    expect(readmeCommands().some((line) => line.endsWith('pnpm@12 start'))).toBe(true);
  });

  it('every root script is documented', () => {
    const scripts = Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>);
    const readme = read('README.md');
    for (const name of scripts) expect(readme, `README must mention pnpm ${name}`).toContain(`pnpm ${name}`);
  });
});
