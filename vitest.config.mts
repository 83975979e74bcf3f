import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
          environment: 'node',
          // the renderer's typing tests (userEvent, one key at a time) pass 5 s on a loaded
          // 2-core machine; a test that hangs still fails, later
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.int.test.ts', 'server/**/*.int.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // scrypt at N=2^17 takes 128 MiB per hash: keep the two cores from thrashing
          fileParallelism: false,
        },
      },
    ],
  },
});
