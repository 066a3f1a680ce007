import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 600_000,
    // Integration tests build the site once; run files one at a time on the 2-core machines.
    fileParallelism: false,
    globalSetup: [],
  },
});
