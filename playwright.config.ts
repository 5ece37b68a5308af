// Playwright: 'web' drives the built renderer in Debian's Chromium through the preview host;
// 'electron' drives the real app with _electron.launch and skips where no binary exists.
import { defineConfig } from '@playwright/test';

// Without the networking flags Chromium keeps trying to reach a network this machine lacks.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  globalSetup: './e2e/global-setup.ts',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  // The window journeys start a host, sign in over SRP and run axe: on a shared, loaded machine
  // that takes far longer than on a quiet one. Generous limits; the benchmarks measure speed.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright-results.json' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testMatch: ['web/**/*.spec.ts', 'window/**/*.spec.ts'],
      use: {
        browserName: 'chromium',
        viewport: { width: 960, height: 640 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: CHROMIUM_ARGS,
        },
      },
    },
    {
      name: 'electron',
      testMatch: 'electron/**/*.spec.ts',
    },
  ],
});
