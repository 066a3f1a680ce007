import { spawn } from 'node:child_process';
import { delimiter, join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../../..');
export const STUDIO = join(REPO, 'studio');

export interface CliResult {
  code: number | null;
  output: string;
  seconds: number;
}

/**
 * Runs the Sanity CLI of the Studio offline (no telemetry, no update check), with Node 24 from the
 * workspace first on PATH, exactly as `pnpm --filter @guong-sang/studio exec sanity …` would.
 */
export function sanity(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(join(STUDIO, 'node_modules/.bin/sanity'), args, {
      cwd: STUDIO,
      env: {
        ...process.env,
        PATH: [join(REPO, 'node_modules/.bin'), process.env.PATH ?? ''].join(delimiter),
        DO_NOT_TRACK: '1',
        NO_UPDATE_NOTIFIER: '1',
        CI: 'true',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, output, seconds: (performance.now() - started) / 1000 }));
  });
}
