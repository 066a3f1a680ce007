// `pnpm test`: lint, type check and every Vitest test. The checks run beside Vitest instead of before
// it: on the 2-core machines they are single-threaded and take about a minute that Vitest (mostly
// builds, a browser and child processes) can overlap. Their output is printed as each one finishes;
// the last line is Vitest's test count as the plain "Tests: N passed, N failed" line CI reads. Fails
// if any of them fails.
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
const vitest = run('vitest', ['run', ...process.argv.slice(2)], true);

const checkCodes = await Promise.all(quiet);
const tests = await vitest;

// Vitest's summary line, e.g. "Tests  2 failed | 545 passed (547)" (colours removed).
// eslint-disable-next-line no-control-regex
const summary = tests.output.replace(/\u001b\[[0-9;]*m/g, '').match(/^\s*Tests\s+(.*)$/m)?.[1] ?? '';
const count = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(summary)?.[1] ?? 0);
process.stdout.write(`\nTests: ${count('passed')} passed, ${count('failed')} failed\n`);
process.exit([...checkCodes, tests.code].every((code) => code === 0) ? 0 : 1);
