import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/browser';

const PORT = Number(process.env.E2E_PORT ?? 4322);
const SITE = process.env.OUT_DIR ?? 'dist';
// `npm test` builds once for all its checks; a bare `playwright test` builds for itself.
const build = process.env.E2E_SKIP_BUILD ? '' : 'astro build && ';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    // Jumps land at once: smooth scrolling is for people, and off for those who ask for less motion.
    reducedMotion: 'reduce',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  // Tests run against the built site, served as any static host would serve dist/ (sirv, not
  // `astro preview`, which allows one preview per project and so one test run at a time).
  webServer: {
    command: `${build}sirv ${SITE} --host 127.0.0.1 --port ${PORT} --quiet`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
