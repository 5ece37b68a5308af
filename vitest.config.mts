import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    clearMocks: true,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Most integration files spend their time waiting on child processes (the CLI, keyrings,
    // cognito-local) and sockets, so two files at once fill two cores. Vitest's default (one
    // fewer than the cores) ran one file at a time on the two-core CI machine.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest-results.json' },
  },
});
