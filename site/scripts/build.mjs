#!/usr/bin/env node
// `pnpm build --strict` → STRICT=1 astro build; `--strict=repairs` → STRICT=repairs (fails on repairs
// too). Every other argument goes to `astro build` unchanged.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const env = { ASTRO_TELEMETRY_DISABLED: '1', ...process.env };
const astroArgs = [];
for (const arg of args) {
  if (arg === '--strict') env.STRICT = '1';
  else if (arg === '--strict=repairs') env.STRICT = 'repairs';
  else if (arg !== '--') astroArgs.push(arg);
}

const siteDir = fileURLToPath(new URL('..', import.meta.url));
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const child = spawn(process.execPath, [astroBin, 'build', ...astroArgs], { cwd: siteDir, env, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
