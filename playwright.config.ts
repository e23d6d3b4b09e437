import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from './src/node/browser';

const PORT = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  // Pagefind and Chromium start slowly when the machine is busy; assertions wait, they never time work.
  expect: { timeout: 15_000 },
  workers: 2,
  reporter: [['list'], ['./tests/e2e/summary-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: ensureChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    // The built site, served as a static host would serve it (dist/ must exist: npm run build).
    command: `node node_modules/astro/bin/astro.mjs preview --port ${PORT} --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
