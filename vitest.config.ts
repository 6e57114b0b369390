import { defineConfig } from 'vitest/config';

// In CI the JSON report lets .ci/run print the plain "N passed, N failed" line it is judged by.
const reporters = process.env.CI
  ? ['default', ['json', { outputFile: '.vitest-results.json' }]]
  : ['default'];

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    clearMocks: true,
    restoreMocks: true,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: reporters as never,
  },
});
