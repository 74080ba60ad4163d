import { defineConfig } from '@playwright/test';

// Browser tests run against the test build (window.__STANDOFF__ compiled in), served by
// `vite preview` on a fixed port that does not clash with a developer's own preview (4173).
const PORT = Number(process.env.STANDOFF_PW_PORT ?? 4317); // another port lets two checkouts test at once
const URL = `http://127.0.0.1:${PORT}/`;
const vite = 'node node_modules/vite/bin/vite.js'; // not npx: killing npx leaves its vite child holding the port

export default defineConfig({
  testDir: 'test/browser',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: 0,
  timeout: 30_000,
  forbidOnly: !!process.env.CI,
  outputDir: 'test-results',
  reporter: [
    ['list'],
    // scripts/test-all.mjs reads this file to count results.
    ['json', { outputFile: process.env.STANDOFF_PW_JSON ?? 'playwright-report/results.json' }],
  ],
  webServer: {
    command: `${vite} build --mode test --outDir dist-test --logLevel warn && ${vite} preview --outDir dist-test --port ${PORT} --strictPort --host 127.0.0.1`,
    url: URL,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  use: {
    baseURL: URL,
    // Each test starts in a browser that has seen the game before (settings stored, at their defaults), so Setup
    // selects the default scenario; a first visit, which selects the tutorial, is tested on its own.
    storageState: { cookies: [], origins: [{ origin: URL.replace(/\/$/, ''), localStorage: [{ name: 'standoff:settings', value: '{}' }] }] },
    browserName: 'chromium',
    viewport: { width: 1280, height: 720 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', // Debian's; no Playwright download
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--enable-unsafe-swiftshader', // software WebGL without the deprecation warning
      ],
    },
  },
});
