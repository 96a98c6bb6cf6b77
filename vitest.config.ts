import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The bad-input tests run real builds, a few seconds each.
    testTimeout: 60_000,
    include: ['tests/unit/**/*.test.ts', 'tests/markdown/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/integrity/**/*.test.ts'],
  },
});
