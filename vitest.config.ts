import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The build tests run real builds, a few seconds each.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'checks',
          include: ['tests/unit/**/*.test.ts', 'tests/importer/**/*.test.ts', 'tests/markdown/**/*.test.ts', 'tests/integrity/**/*.test.ts'],
          // Pure functions and reads of the built site: one module graph for all the files, instead of
          // importing Sätteri, zod and the registry again for each (which was most of this project's time).
          isolate: false,
        },
      },
      {
        extends: true,
        // Builds in one work tree share its .astro/ folder (Astro writes the list of content modules
        // there whatever the cache folder), so they run one at a time, after the checks.
        test: { name: 'builds', include: ['tests/build/**/*.test.ts'], fileParallelism: false },
      },
    ],
  },
});
