// Vitest global setup: fixes the sample build's cache key once per run (tests/helpers/sample-build.ts),
// so every test file of the run shares one build even if sources change while the run goes on.
import type { TestProject } from 'vitest/node';
import { buildInputsHash } from './sample-build-key.ts';

export default function setup(project: TestProject): void {
  project.provide('sampleBuildKey', buildInputsHash());
}
