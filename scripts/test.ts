// `pnpm test`: lint, type check and every Vitest test. The checks run beside Vitest instead of before
// it: on the 2-core machines they are single-threaded and take about a minute that Vitest (mostly
// builds, a browser and child processes) can overlap. Their output is printed as each one finishes;
// the last line is Vitest's test count as the plain "Tests: N passed, N failed" line CI reads. Fails
// if any of them fails. The Lighthouse test runs after the others, alone (see below).
//
// Usage: node scripts/test.ts [vitest arguments…]  (e.g. `pnpm test tests/site/page-keys.test.ts`
// runs lint, type check and that file).
import { spawn } from 'node:child_process';

interface Check {
  name: string;
  command: string;
  args: string[];
}

const checks: Check[] = [
  { name: 'lint (eslint)', command: 'eslint', args: ['.'] },
  { name: 'typecheck (workspace)', command: 'tsc', args: ['-p', 'tsconfig.json'] },
  { name: 'typecheck (site)', command: 'tsc', args: ['-p', 'site/tsconfig.json'] },
];

/**
 * Runs a command from node_modules/.bin; resolves with its exit code and everything it printed.
 * With `stream`, the output is also passed through as it comes.
 */
function run(command: string, args: string[], stream: boolean): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (stream) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (stream) process.stderr.write(chunk);
    });
    child.on('error', (error) => resolve({ code: 1, output: `${command}: ${error.message}` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const quiet = checks.map(async (check) => {
  const { code, output } = await run(check.command, check.args, false);
  const verdict = code === 0 ? 'ok' : `FAILED (exit ${code})`;
  process.stdout.write(`\n[${check.name}] ${verdict}\n${output.trim() ? `${output.trimEnd()}\n` : ''}`);
  return code;
});
// Lighthouse measures performance (Total Blocking Time) on this machine's CPU: it runs last and
// alone, after every other test file and check, so a build or a browser test beside it cannot
// lower its scores. With file arguments, Vitest runs just those, in one go.
const LIGHTHOUSE_TEST = 'tests/e2e/lighthouse.test.ts';
const files = process.argv.slice(2);
const rounds = files.length ? [files] : [['--exclude', LIGHTHOUSE_TEST], [LIGHTHOUSE_TEST]];

const tests: { code: number; output: string }[] = [];
for (const [index, args] of rounds.entries()) {
  tests.push(await run('vitest', ['run', ...args], true));
  if (index === 0) await Promise.all(quiet);
}
const checkCodes = await Promise.all(quiet);

// Vitest's summary line, e.g. "Tests  2 failed | 545 passed (547)" (colours removed), summed over rounds.
const count = (word: string) =>
  tests.reduce((sum, { output }) => {
    // eslint-disable-next-line no-control-regex
    const summary = output.replace(/\u001b\[[0-9;]*m/g, '').match(/^\s*Tests\s+(.*)$/m)?.[1] ?? '';
    return sum + Number(new RegExp(`(\\d+) ${word}`).exec(summary)?.[1] ?? 0);
  }, 0);
process.stdout.write(`\nTests: ${count('passed')} passed, ${count('failed')} failed\n`);
process.exit([...checkCodes, ...tests.map((t) => t.code)].every((code) => code === 0) ? 0 : 1);
