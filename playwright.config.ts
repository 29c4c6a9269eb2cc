import { defineConfig } from '@playwright/test';
import { launchOptions } from './e2e/browser';

const PORT = Number(process.env.KHATT_E2E_PORT ?? 4179);

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: launchOptions(),
    locale: 'ar',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  // The app as `npm start` serves it: compiles seeds/ if the dataset is missing or stale, and
  // reuses the build `npm test` made just before (building only if dist/ lacks this dataset).
  webServer: {
    command: `npx tsx scripts/start.ts --port ${PORT} --reuse-build`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
