// deploy/systemd/guong-sang-server.service: checked by systemd itself (`systemd-analyze verify`, with
// the checkout path put in for /opt/guong-sang so ExecStart exists here), and read for what it must say.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');
const UNIT = readFileSync(join(REPO, 'deploy/systemd/guong-sang-server.service'), 'utf8');
const ANALYZE = '/usr/bin/systemd-analyze';
const dir = mkdtempSync(join(tmpdir(), 'guong-sang-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** key → values of the [Service] section (a key may repeat). */
function section(text: string, name: string): Map<string, string[]> {
  const body = text.split(/^\[/m).find((s) => s.startsWith(`${name}]`)) ?? '';
  const out = new Map<string, string[]>();
  for (const line of body.split('\n').slice(1)) {
    const m = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (m) out.set(m[1]!, [...(out.get(m[1]!) ?? []), m[2]!]);
  }
  return out;
}

/** Problems `systemd-analyze verify` reports about this unit file. */
function verify(text: string): string[] {
  const file = join(dir, 'guong-sang-server.service');
  writeFileSync(file, text);
  // Log to stderr even without a terminal (systemd may otherwise log to the journal).
  const run = spawnSync(ANALYZE, ['verify', file], { encoding: 'utf8', env: { ...process.env, SYSTEMD_LOG_TARGET: 'console' } });
  return `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => l.includes('guong-sang-server.service') || (run.status !== 0 && l.trim()));
}

describe('systemd unit', () => {
  const service = section(UNIT, 'Service');

  it('runs the project’s Node 24 on server/src/cli.ts as an unprivileged user with the env file', () => {
    expect(service.get('ExecStart')).toEqual(['/opt/guong-sang/node_modules/.bin/node server/src/cli.ts']);
    expect(service.get('WorkingDirectory')).toEqual(['/opt/guong-sang']);
    expect(service.get('EnvironmentFile')).toEqual(['/etc/guong-sang/server.env']);
    expect(service.get('User')).toEqual(['guong-sang']);
    expect(service.get('Restart')).toEqual(['on-failure']);
    // The checkout's node is the one `pnpm server` uses: the root package's `node` 24.x.
    const rootPackage = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
    expect(rootPackage.scripts.server).toBe('node server/src/cli.ts');
    expect(rootPackage.devDependencies.node).toMatch(/^24\./);
  });

  it('is hardened and may write only the publish root and the build caches', () => {
    for (const [key, value] of [
      ['NoNewPrivileges', 'yes'],
      ['ProtectSystem', 'strict'],
      ['ProtectHome', 'yes'],
      ['PrivateTmp', 'yes'],
      ['CapabilityBoundingSet', ''],
    ] as const) {
      expect(service.get(key), key).toEqual([value]);
    }
    const writable = (service.get('ReadWritePaths') ?? []).flatMap((v) => v.split(/\s+/)).map((p) => p.replace(/^-/, ''));
    expect(writable).toContain('/var/lib/guong-sang');
    for (const path of writable) expect(path === '/var/lib/guong-sang' || path.startsWith('/opt/guong-sang/site/'), path).toBe(true);
    // Secrets live in the env file (mode 0640), never in the unit (world-readable, shown by systemctl).
    expect((service.get('Environment') ?? []).join('\n')).not.toMatch(/SECRET|TOKEN/);
  });

  it.runIf(existsSync(ANALYZE))('passes systemd-analyze verify (and the check does catch a bad value)', () => {
    const here = UNIT.replaceAll('/opt/guong-sang', REPO);
    expect(existsSync(join(REPO, 'node_modules/.bin/node'))).toBe(true);
    expect(verify(here)).toEqual([]);
    expect(verify(here.replace(/^ProtectSystem=strict$/m, 'ProtectSystem=sometimes')).join('\n')).toMatch(/ProtectSystem|protect system/i);
  });
});
