// Vitest global setup: fixes the shared builds' cache keys once per run (tests/helpers/sample-build.ts,
// tests/integrity/hostile-build.ts), so every test file of the run shares one build even if sources
// change while the run goes on.
import type { TestProject } from 'vitest/node';
import { hostileInputsHash } from '../integrity/hostile-build-key.ts';
import { buildInputsHash } from './sample-build-key.ts';

export default function setup(project: TestProject): void {
  project.provide('sampleBuildKey', buildInputsHash());
  project.provide('hostileBuildKey', hostileInputsHash());
}
