import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 600_000,
    // Integration tests share one sample build (tests/helpers/sample-build.ts); run files one at a
    // time on the 2-core machines.
    fileParallelism: false,
    // Fixes the shared sample build's cache key once per run.
    globalSetup: ['tests/helpers/global-setup.ts'],
  },
});
