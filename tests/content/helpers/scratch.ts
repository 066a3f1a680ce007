// Temporary folders for one test file, removed after it (each test file calls `afterAll(removeScratch)`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const created: string[] = [];

export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `guong-sang-${prefix}-`));
  created.push(dir);
  return dir;
}

export function removeScratch(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
